/**
 * Nudge settings (data/nudges.json): company settings, each marked kind=setting with the
 * handbook sections that motivate it (6, 7, 10.4, 15.3.3). Checked by zod at load.
 */
import { z } from 'zod';
import raw from '../../../data/nudges.json' with { type: 'json' };

const Days = z.number().int().min(1).max(3660);
const Setting = z.object({ kind: z.literal('setting'), sections: z.array(z.string()), note: z.string().min(1) });

export const NudgeSettingsTable = z.object({
  settings: z.object({
    dormantDays: Setting.extend({ byClass: z.object({ A: Days, B: Days, C: Days, D: Days }), unclassified: Days }),
    dormantRepeatDays: Setting.extend({ value: Days }),
    eventLeadDays: Setting.extend({ value: z.number().int().min(0).max(60) }),
    dueLeadDays: Setting.extend({ value: z.number().int().min(0).max(366) }),
    followUpLeadDays: Setting.extend({ value: z.number().int().min(0).max(30) }),
    followUpOverdueRepeatDays: Setting.extend({ value: Days }),
    snoozeDays: Setting.extend({ value: Days }),
    logRetentionDays: Setting.extend({ value: z.number().int().min(370) }),
  }),
});

export type NudgeSettings = z.infer<typeof NudgeSettingsTable>['settings'];

/** The settings as loaded from data/nudges.json. */
export const nudgeSettings: NudgeSettings = NudgeSettingsTable.parse(raw).settings;

/** Settings with some values replaced (tests, per-class tables). */
export function withSettings(
  patch: {
    dormantByClass?: Partial<NudgeSettings['dormantDays']['byClass']>;
    dormantUnclassified?: number;
    dormantRepeatDays?: number;
    eventLeadDays?: number;
    dueLeadDays?: number;
    followUpLeadDays?: number;
  },
  base: NudgeSettings = nudgeSettings,
): NudgeSettings {
  return {
    ...base,
    dormantDays: {
      ...base.dormantDays,
      byClass: { ...base.dormantDays.byClass, ...patch.dormantByClass },
      unclassified: patch.dormantUnclassified ?? base.dormantDays.unclassified,
    },
    dormantRepeatDays: { ...base.dormantRepeatDays, value: patch.dormantRepeatDays ?? base.dormantRepeatDays.value },
    eventLeadDays: { ...base.eventLeadDays, value: patch.eventLeadDays ?? base.eventLeadDays.value },
    dueLeadDays: { ...base.dueLeadDays, value: patch.dueLeadDays ?? base.dueLeadDays.value },
    followUpLeadDays: { ...base.followUpLeadDays, value: patch.followUpLeadDays ?? base.followUpLeadDays.value },
  };
}

/** Days without contact after which a client counts as dormant (per 2.3 class; company setting). */
export function dormantDaysFor(c: { class?: 'A' | 'B' | 'C' | 'D' | undefined }, s: NudgeSettings = nudgeSettings): number {
  return c.class ? s.dormantDays.byClass[c.class] : s.dormantDays.unclassified;
}
