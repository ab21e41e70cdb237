/**
 * One owner's book as the App Home and the team totals show it, from that owner's records (the
 * store's nudgeInputs): clients by 2.3 class and 15.3.2.5 stage, how many are dormant, the
 * nudges due today that the log does not hold back, the latest visit reports. Pure: `today` is
 * passed in; computed once per owner per day and store revision (src/usecases/owner-summary.ts).
 */
import { lastActivity, latestActivityByClient } from '../archive/activity.js';
import type { Client, ContactLog, NudgeLog, Visit } from '../archive/model.js';
import { isDormant, listRows } from '../clients/replies.js';
import { pendingNudges, readingOrder, type Nudge } from './engine.js';
import { dormantDaysFor, type NudgeSettings } from './settings.js';

export interface OwnerRecords {
  clients: readonly Client[];
  contacts: readonly ContactLog[];
  visits: readonly Visit[];
  log: readonly NudgeLog[];
}

export interface OwnerSummary {
  clients: number;
  dormant: number;
  byClass: Record<'A' | 'B' | 'C' | 'D' | '未分类', number>;
  byStage: Record<string, number>;
  /** Pending today, in reading order. */
  nudges: Nudge[];
  /** The five latest visit reports, newest first. */
  visits: Array<{ date: string; clientName: string; next?: string }>;
}

/** How many of the latest visit reports the Home lists. */
const HOME_VISITS = 5;

export function ownerSummary(r: OwnerRecords, today: string, tz: string, settings?: NudgeSettings): OwnerSummary {
  const activity = latestActivityByClient(r);
  const rows = listRows(
    r.clients.map((c) => {
      const last = lastActivity(c, activity);
      return { ...c, ...(last ? { lastActivity: last } : {}) };
    }),
    today,
  );
  const byClass: OwnerSummary['byClass'] = { A: 0, B: 0, C: 0, D: 0, 未分类: 0 };
  const byStage: Record<string, number> = {};
  for (const c of r.clients) {
    byClass[c.class ?? '未分类'] += 1;
    const s = c.stage ?? '未填';
    byStage[s] = (byStage[s] ?? 0) + 1;
  }
  const names = new Map(r.clients.map((c) => [c.id, c.name]));
  const archive = { clients: [...r.clients], contacts: [...r.contacts], visits: [...r.visits], nudges: [...r.log] };
  const nudges = readingOrder(pendingNudges({ archive, today, tz, ...(settings ? { settings } : {}) }));
  const visits = [...r.visits]
    .filter((v) => names.has(v.clientId))
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, HOME_VISITS)
    .map((v) => ({ date: v.date, clientName: names.get(v.clientId) ?? '', ...(v.fields['下一步工作重点及建议'] ? { next: v.fields['下一步工作重点及建议'] } : {}) }));
  return { clients: r.clients.length, dormant: rows.filter((x) => isDormant(x, dormantDaysFor)).length, byClass, byStage, nudges, visits };
}
