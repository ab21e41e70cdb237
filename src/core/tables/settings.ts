/**
 * Company settings (data/settings.json): parameters the handbook does not fix, each marked
 * kind=setting with a note. Checked by zod at load. Replies that use one say 公司设置.
 */
import { z } from 'zod';
import raw from '../../../data/settings.json' with { type: 'json' };
import { productIds } from './products.js';

export const stances = ['重点营销', '适度营销', '谨慎营销'] as const;
export type Stance = (typeof stances)[number];

const Setting = z.object({ kind: z.literal('setting'), note: z.string().min(1) });

const RateSetting = z.object({
  percent: z.number().positive(),
  per: z.enum(['year', 'month', 'day']),
});

const SettingsTable = z.object({
  settings: z.object({
    privateLendingDefaultRate: Setting.extend({ value: RateSetting.nullable() }),
    dayCountBasis: Setting.extend({ value: z.union([z.literal(360), z.literal(365)]) }),
    marketingStance: Setting.extend({
      byIndustry: z.object({
        manufacturing: z.enum(stances),
        trade: z.enum(stances),
        services: z.enum(stances),
        real_estate: z.enum(stances),
      }),
      byLifeStage: z.object({
        startup: z.enum(stances),
        growth: z.enum(stances),
        mature: z.enum(stances),
        decline: z.enum(stances),
      }),
      cautionOrder: z.tuple([z.literal('重点营销'), z.literal('适度营销'), z.literal('谨慎营销')]),
    }),
    needCategoryByProduct: Setting.extend({
      map: z.record(z.enum(productIds), z.enum(['guarantee', 'funding', 'other'])),
    }),
    relationshipByClass: Setting.extend({
      map: z.object({
        A: z.enum(['basic', 'reactive', 'accountable', 'proactive', 'partner']),
        B: z.enum(['basic', 'reactive', 'accountable', 'proactive', 'partner']),
        C: z.enum(['basic', 'reactive', 'accountable', 'proactive', 'partner']),
        D: z.enum(['basic', 'reactive', 'accountable', 'proactive', 'partner']),
      }),
    }),
  }),
});

export type Settings = z.infer<typeof SettingsTable>['settings'];

/** The settings as loaded from data/settings.json. */
export const settings: Settings = SettingsTable.parse(raw).settings;
