/**
 * The nudge engine: archive × today → the re-marketing nudges due today. Pure: no I/O, no
 * clock, no env; `today` is a `YYYY-MM-DD` in the company's zone (see ./dates.ts localDate).
 *
 * Kinds (docs/nudges.md):
 * - dormant: no contact or visit for N days (N per 2.3 class, data/nudges.json), repeated every
 *   7 days while dormant; any contact log, visit or newer `lastContact` resets it.
 * - birthday / anniversary of a client's contact (10.4): 3 days ahead, and on the day.
 * - due: a guarantee (private loans too) falling due within 30 days, and on the due date (6, 15.3.3).
 * - followup: the 下次跟进 date of the client's latest visit report (4.2), the day before and on the
 *   day, with the report's 下一步工作重点; any contact or visit logged after the report clears it.
 *
 * Keys say what one reminder is about, so a run on the same day finds the same key (and sends
 * nothing new) and a later reminder gets a new key:
 *   dormant:<client>:<bucket>                         bucket = start of the current 7-day period
 *   birthday:<client>:<contact#>:<date>[:ahead]       date = the birthday this year (or next)
 *   anniversary:<client>:<contact#>:<anniv#>:<date>[:ahead]
 *   due:<client>:<dueDate>[:ahead]                    all guarantees due that day, together
 *   followup:<client>:<visit>:<date>[:ahead|:overdue:<bucket>]   visit = the report's id, URI-encoded;
 *                                                     bucket = start of the current overdue period
 * `<client>` is the client id, URI-encoded (so a `:` in an id cannot confuse parsing).
 * The key without `:ahead` / `:overdue:<bucket>` names the occurrence: dismissing one reminder
 * dismisses them all.
 */
import { lastActivity, latestActivityByClient } from '../archive/activity.js';
import type { Archive, Client, NudgeLog } from '../archive/model.js';

export { lastActivity, latestActivityByClient };
import { formatWan } from '../format.js';
import { productById, productIds } from '../tables/products.js';
import type { ProductId } from '../types.js';
import { addDays, daysBetween, localDate, monthDay, nextYearly } from '../dates.js';
import { dormantDaysFor, nudgeSettings, type NudgeSettings } from './settings.js';

export const nudgeKinds = ['dormant', 'birthday', 'anniversary', 'due', 'followup'] as const;
export type NudgeKind = (typeof nudgeKinds)[number];

export interface Nudge {
  /** One reminder: the NudgeLog key. */
  key: string;
  /** The occurrence it belongs to (the key without `:ahead`): what 不再提醒 dismisses. */
  occurrence: string;
  kind: NudgeKind;
  clientId: string;
  clientName: string;
  /** The account manager's Slack user id. */
  owner: string;
  /** The occurrence date: the birthday, the due date, or the start of the dormant period. */
  date: string;
  /** Why, in Chinese, e.g. `已42天未联系（B类阈值30天）`. */
  reason: string;
  /** What the reason was built from (tests assert these, not the wording). */
  vars: Record<string, string | number>;
  /** Handbook sections behind this kind. */
  sections: string[];
}

export interface EngineInput {
  /** Read only: the records to judge (one owner's, from the store's nudgeInputs, or a whole archive). */
  archive: Pick<Archive, 'clients' | 'contacts' | 'visits' | 'nudges'>;
  /** `YYYY-MM-DD` in the company's zone. */
  today: string;
  /** The company's zone, used to date `createdAt` of a client with no contact at all. */
  tz: string;
  settings?: NudgeSettings;
}

export const SECTIONS: Record<NudgeKind, string[]> = {
  dormant: ['6', '7', '15.3.3'],
  birthday: ['10.4'],
  anniversary: ['10.4'],
  due: ['6', '15.3.3'],
  followup: ['4.2'],
};

const enc = (id: string): string => encodeURIComponent(id);

/** The kind and client of a nudge key; undefined for other keys (e.g. `run:<date>`). */
export function parseNudgeKey(key: string): { kind: NudgeKind; clientId: string; occurrence: string } | undefined {
  const [kind, client] = key.split(':');
  if (!kind || client === undefined || !(nudgeKinds as readonly string[]).includes(kind)) return undefined;
  try {
    return { kind: kind as NudgeKind, clientId: decodeURIComponent(client), occurrence: key.replace(/:(?:ahead|overdue:\d{4}-\d{2}-\d{2})$/, '') };
  } catch {
    return undefined;
  }
}

function dormantNudge(c: Client, last: string | undefined, input: Required<EngineInput>): Nudge | undefined {
  const s = input.settings;
  const threshold = dormantDaysFor(c, s);
  const since = last ?? localDate(new Date(c.createdAt), input.tz);
  const days = daysBetween(since, input.today);
  if (days < threshold) return undefined;
  const start = addDays(since, threshold);
  const every = s.dormantRepeatDays.value;
  const bucket = addDays(start, Math.floor(daysBetween(start, input.today) / every) * every);
  const key = `dormant:${enc(c.id)}:${bucket}`;
  const cls = c.class ? `${c.class}类阈值${threshold}天` : `未分类，阈值${threshold}天`;
  const reason = last ? `已${days}天未联系（${cls}）` : `建档${days}天仍无联系记录（${cls}）`;
  return {
    key,
    occurrence: key,
    kind: 'dormant',
    clientId: c.id,
    clientName: c.name,
    owner: c.owner,
    date: bucket,
    reason,
    vars: { days, threshold, class: c.class ?? '', lastActivity: last ?? '' },
    sections: SECTIONS.dormant,
  };
}

/** 'ahead' | 'day' | undefined for an event on `date` seen from `today`. */
function stageOf(date: string, today: string, lead: number): 'ahead' | 'day' | undefined {
  const d = daysBetween(today, date);
  if (d === 0) return 'day';
  if (d >= 1 && d <= lead) return 'ahead';
  return undefined;
}

const when = (date: string, today: string): string => {
  const d = daysBetween(today, date);
  return d === 0 ? `今天（${monthDay(date)}）` : `${monthDay(date)}（还有${d}天）`;
};

function eventNudges(c: Client, input: Required<EngineInput>): Nudge[] {
  const out: Nudge[] = [];
  const lead = input.settings.eventLeadDays.value;
  const base = { clientId: c.id, clientName: c.name, owner: c.owner };
  c.contacts.forEach((p, i) => {
    const who = p.role ? `${p.name}（${p.role}）` : p.name;
    if (p.birthday) {
      const date = nextYearly(p.birthday, input.today);
      const stage = stageOf(date, input.today, lead);
      if (stage) {
        const occurrence = `birthday:${enc(c.id)}:${i}:${date}`;
        out.push({
          ...base,
          key: stage === 'ahead' ? `${occurrence}:ahead` : occurrence,
          occurrence,
          kind: 'birthday',
          date,
          reason: `联系人${who}生日：${when(date, input.today)}`,
          vars: { contact: p.name, daysLeft: daysBetween(input.today, date), stage },
          sections: SECTIONS.birthday,
        });
      }
    }
    (p.anniversaries ?? []).forEach((a, j) => {
      const date = nextYearly(a.date, input.today);
      const stage = stageOf(date, input.today, lead);
      if (!stage) return;
      const years = a.date.length === 10 ? Number(date.slice(0, 4)) - Number(a.date.slice(0, 4)) : 0;
      const occurrence = `anniversary:${enc(c.id)}:${i}:${j}:${date}`;
      out.push({
        ...base,
        key: stage === 'ahead' ? `${occurrence}:ahead` : occurrence,
        occurrence,
        kind: 'anniversary',
        date,
        reason: `联系人${who}的${a.label}${years > 0 ? `（${years}周年）` : ''}：${when(date, input.today)}`,
        vars: { contact: p.name, label: a.label, years, daysLeft: daysBetween(input.today, date), stage },
        sections: SECTIONS.anniversary,
      });
    });
  });
  return out;
}

const productName = (p: string): string => ((productIds as readonly string[]).includes(p) ? productById(p as ProductId).name : p);

function dueNudges(c: Client, input: Required<EngineInput>): Nudge[] {
  const lead = input.settings.dueLeadDays.value;
  const byDate = new Map<string, Client['guarantees']>();
  for (const g of c.guarantees) byDate.set(g.due, [...(byDate.get(g.due) ?? []), g]);
  const out: Nudge[] = [];
  for (const [date, gs] of [...byDate].sort(([a], [b]) => a.localeCompare(b))) {
    const stage = stageOf(date, input.today, lead);
    if (!stage) continue;
    const occurrence = `due:${enc(c.id)}:${date}`;
    const what = gs.map((g) => `${productName(g.product)} ${g.amount === undefined ? '金额待补充' : formatWan(g.amount)}`).join('；');
    const renew = gs.some((g) => g.product === 'private_lending') ? '借款到期，商谈续借或其他需求' : '商谈续保或其他需求';
    out.push({
      key: stage === 'ahead' ? `${occurrence}:ahead` : occurrence,
      occurrence,
      kind: 'due',
      clientId: c.id,
      clientName: c.name,
      owner: c.owner,
      date,
      reason: `在保业务${stage === 'day' ? '今天到期' : `${monthDay(date)}到期（还有${daysBetween(input.today, date)}天）`}：${what}——${renew}`,
      vars: {
        count: gs.length,
        amount: gs.reduce((s, g) => s + (g.amount ?? 0), 0),
        daysLeft: daysBetween(input.today, date),
        stage,
        privateLending: gs.some((g) => g.product === 'private_lending') ? 1 : 0,
      },
      sections: SECTIONS.due,
    });
  }
  return out;
}

/** The 下一步 line shown with a follow-up: its first ~60 characters. */
const NEXT_STEP_CHARS = 60;

/** The latest visit report of each client (by visit date; the later saved wins a tie). */
function latestVisitByClient(visits: Archive['visits']): Map<string, Archive['visits'][number]> {
  const out = new Map<string, Archive['visits'][number]>();
  for (const v of visits) {
    const cur = out.get(v.clientId);
    if (!cur || v.date >= cur.date) out.set(v.clientId, v);
  }
  return out;
}

function followUpNudge(c: Client, visit: Archive['visits'][number] | undefined, last: string | undefined, input: Required<EngineInput>): Nudge | undefined {
  if (!visit?.nextFollowUp) return undefined;
  // A contact or visit logged after the report is the follow-up (or replaces it).
  if (last && last > visit.date) return undefined;
  const date = visit.nextFollowUp;
  const occurrence = `followup:${enc(c.id)}:${enc(visit.id)}:${date}`;
  // Past the date and still open (missed on a weekend, or put off): again every N days, from the day after.
  let stage: 'ahead' | 'day' | 'overdue' | undefined = stageOf(date, input.today, input.settings.followUpLeadDays.value);
  let key = stage === 'ahead' ? `${occurrence}:ahead` : occurrence;
  const late = daysBetween(date, input.today);
  if (!stage && late > 0) {
    const every = input.settings.followUpOverdueRepeatDays.value;
    stage = 'overdue';
    key = `${occurrence}:overdue:${addDays(date, 1 + Math.floor((late - 1) / every) * every)}`;
  }
  if (!stage) return undefined;
  const step = (visit.fields['下一步工作重点及建议'] ?? '').replace(/\s+/g, ' ').trim();
  const line = step.length > NEXT_STEP_CHARS ? `${step.slice(0, NEXT_STEP_CHARS)}…` : step;
  const when = stage === 'day' ? '今天' : stage === 'ahead' ? `${monthDay(date)}（还有${daysBetween(input.today, date)}天）` : `${monthDay(date)}（已过${late}天，尚未记录联系）`;
  return {
    key,
    occurrence,
    kind: 'followup',
    clientId: c.id,
    clientName: c.name,
    owner: c.owner,
    date,
    reason: `${visit.date}拜访约定${when}跟进${line ? `：${line}` : ''}`,
    vars: { visitId: visit.id, visitDate: visit.date, daysLeft: daysBetween(input.today, date), stage, nextStep: line },
    sections: SECTIONS.followup,
  };
}

const KIND_ORDER: Record<NudgeKind, number> = { due: 0, followup: 1, birthday: 2, anniversary: 3, dormant: 4 };

/**
 * Ids, dates and keys are ASCII: compared by code unit, which is cheap at 100k nudges. Client names
 * are put in Chinese order where a manager reads them (one digest, src/blocks/nudge-blocks.ts).
 */
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A manager's nudges as they read them: by kind, date, then client name in Chinese order. */
export function readingOrder(nudges: readonly Nudge[]): Nudge[] {
  const zh = new Intl.Collator('zh');
  return [...nudges].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || byCode(a.date, b.date) || zh.compare(a.clientName, b.clientName) || byCode(a.key, b.key));
}

/**
 * Every nudge due on `today`, whatever the log says, sorted by owner, kind, date, key.
 * @example nudgesFor({ archive, today: '2026-12-01', tz: 'Asia/Shanghai' }).map((n) => n.key)
 * // ['due:c1:2026-12-31:ahead', 'birthday:c2:0:2026-12-04:ahead', 'dormant:c3:2026-11-29']
 */
export function nudgesFor(input: EngineInput): Nudge[] {
  const full: Required<EngineInput> = { settings: nudgeSettings, ...input };
  const activity = latestActivityByClient(input.archive);
  const visits = latestVisitByClient(input.archive.visits);
  const out: Nudge[] = [];
  for (const c of input.archive.clients) {
    out.push(...dueNudges(c, full), ...eventNudges(c, full));
    const last = lastActivity(c, activity);
    const f = followUpNudge(c, visits.get(c.id), last, full);
    if (f) out.push(f);
    const d = dormantNudge(c, last, full);
    if (d) out.push(d);
  }
  return out.sort((a, b) => byCode(a.owner, b.owner) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || byCode(a.date, b.date) || byCode(a.key, b.key));
}

/** `until` as a date: an IsoDate as is, a Timestamp by its UTC date (this code writes dates). */
const untilDate = (l: NudgeLog): string => (l.until ?? '').slice(0, 10);

/**
 * Whether the log holds `n` back on `today`: already sent, dismissed (the reminder or its
 * occurrence), or snoozed until after today (for dormant: any snoozed reminder of the client).
 * A 'failed' reminder is not held back: it is tried again.
 */
export function heldBack(n: Nudge, log: ReadonlyMap<string, NudgeLog>, today: string, dormantSnoozedUntil: ReadonlyMap<string, string>): boolean {
  if (heldByOwnRecords(n, log.get(n.key), log.get(n.occurrence), today)) return true;
  if (n.kind === 'dormant' && (dormantSnoozedUntil.get(n.clientId) ?? '') > today) return true;
  // 稍后提醒 on a follow-up puts off all its reminders (the overdue ones have keys of their own).
  if (n.kind === 'followup' && (dormantSnoozedUntil.get(n.occurrence) ?? '') > today) return true;
  return false;
}

/**
 * The part of `heldBack` that the reminder's own record and its occurrence's decide: sent,
 * dismissed, or snoozed past `today`. What a store re-checks atomically when it claims a nudge
 * (src/ports/store.ts claimNudges); a 'failed' record does not hold it back.
 */
export function heldByOwnRecords(n: Pick<Nudge, 'key' | 'occurrence'>, own: NudgeLog | undefined, occurrence: NudgeLog | undefined, today: string): boolean {
  if (own) {
    if (own.status === 'sent' || own.status === 'dismissed') return true;
    if (own.status === 'snoozed' && untilDate(own) > today) return true;
  }
  return n.occurrence !== n.key && occurrence?.status === 'dismissed';
}

/** The log by key, and the latest snooze of each client's dormancy (by client id) and of each follow-up (by occurrence). */
export function indexLog(nudges: readonly NudgeLog[]): { log: Map<string, NudgeLog>; dormantSnoozedUntil: Map<string, string> } {
  const log = new Map<string, NudgeLog>();
  const dormantSnoozedUntil = new Map<string, string>();
  for (const l of nudges) {
    log.set(l.key, l);
    if (l.status !== 'snoozed') continue;
    const k = parseNudgeKey(l.key);
    if (k?.kind !== 'dormant' && k?.kind !== 'followup') continue;
    // Dormant snoozes by client; follow-up snoozes by occurrence (a follow-up key starts with its kind, never a client id).
    const by = k.kind === 'dormant' ? k.clientId : k.occurrence;
    const u = untilDate(l);
    if (u > (dormantSnoozedUntil.get(by) ?? '')) dormantSnoozedUntil.set(by, u);
  }
  return { log, dormantSnoozedUntil };
}

/** The nudges due today that the log does not hold back: what a run sends. */
export function pendingNudges(input: EngineInput): Nudge[] {
  const { log, dormantSnoozedUntil } = indexLog(input.archive.nudges);
  return nudgesFor(input).filter((n) => !heldBack(n, log, input.today, dormantSnoozedUntil));
}
