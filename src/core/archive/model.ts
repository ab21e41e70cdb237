/**
 * The client archive (客户档案; handbook 5.1 “注重使用和更新客户档案”, 6 “按规定建立客户档案，
 * 收集和整理客户信息，动态反映客户状况及其需求”). Zod schemas are the single source of the types.
 *
 * Units: money in 元, debtRatio in percent (60 = 60%), dates `YYYY-MM-DD`,
 * timestamps ISO-8601 strings passed in by the caller (core reads no clock).
 */
import { z } from 'zod';
import { productIds } from '../tables/products.js';
import type { LifecycleStage } from '../types.js';
import { sanitizeText } from '../text/sanitize.js';

/** The archive format this code reads and writes; older files are migrated (./migrations.ts). */
export const SCHEMA_VERSION = 1;

const isRealDate = (y: number, m: number, d: number): boolean => {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
};

/** A calendar date `YYYY-MM-DD` (checked: no 02-30). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
  .refine((s) => isRealDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))), 'not a calendar date');

/** A yearly date: `MM-DD` (year unknown; 02-29 allowed) or a full `YYYY-MM-DD`. */
export const YearlyDate = z.union([
  z
    .string()
    .regex(/^\d{2}-\d{2}$/, 'date must be MM-DD or YYYY-MM-DD')
    .refine((s) => isRealDate(2000, Number(s.slice(0, 2)), Number(s.slice(3, 5))), 'not a calendar date'),
  IsoDate,
]);

/** An instant, as written by `Date#toISOString()`. */
export const Timestamp = z.iso.datetime({ offset: true });

const Id = z.string().min(1).max(100);
/**
 * Stored text passes the one sanitiser (src/core/text/sanitize.ts) whenever the archive is
 * validated — on every write and when a file is opened — so nothing stored, whatever its way in,
 * carries a mention marker, a control or bidi character into a reply.
 */
const Text = z
  .string()
  .overwrite((s) => sanitizeText(s, { singleLine: true }))
  .trim()
  .min(1)
  .max(500);
const LongText = z.string().overwrite((s) => sanitizeText(s));
const Yuan = z.number().finite();

/** 2.3 size class. */
export const classIds = ['A', 'B', 'C', 'D'] as const;
export type ClientClass = (typeof classIds)[number];

/** 15.3.2.5 relationship life cycle. */
export const stages = ['考察期', '形成期', '稳定期', '退化期'] as const satisfies readonly LifecycleStage[];
export type Stage = (typeof stages)[number];

/** 15.3.2.1 relationship types. */
export const relationshipTypes = ['基本型', '被动型', '负责型', '能动型', '伙伴型'] as const;
export type RelationshipType = (typeof relationshipTypes)[number];

/** The 2.3 / 2.5 / 1.1 figures, all optional. Money in 元 (profit and net assets may be negative). */
export const Figures = z
  .object({
    netAssets: Yuan,
    totalAssets: Yuan.nonnegative(),
    revenue: Yuan.nonnegative(),
    profit: Yuan,
    debtRatio: z.number().finite().min(0).max(1000),
    yearsInBusiness: z.number().finite().min(0).max(500),
    employees: z.number().int().min(0),
  })
  .partial();
export type Figures = z.infer<typeof Figures>;
export const figureKeys = ['netAssets', 'totalAssets', 'revenue', 'profit', 'debtRatio', 'yearsInBusiness', 'employees'] as const;

export const Anniversary = z.object({ label: Text, date: YearlyDate });
export type Anniversary = z.infer<typeof Anniversary>;

/** A person at the client (not to be confused with ContactLog, a record of being in touch). */
export const Person = z.object({
  name: Text,
  role: Text.optional(),
  phone: z
    .string()
    .overwrite((s) => sanitizeText(s, { singleLine: true }))
    .trim()
    .min(3)
    .max(40)
    .optional(),
  birthday: YearlyDate.optional(),
  anniversaries: z.array(Anniversary).optional(),
});
export type Person = z.infer<typeof Person>;

/**
 * A guarantee in force (在保). `product` is a product id when recognised, else the words as written
 * (`待补充` when an import gave only the due date). `amount` is absent when not yet known (待补充):
 * the due date alone is enough for the reminder.
 */
export const GUARANTEE_TBD = '待补充';
export const Guarantee = z.object({
  product: z.union([z.enum(productIds), Text]),
  amount: Yuan.positive().optional(),
  start: IsoDate.optional(),
  due: IsoDate,
});
export type Guarantee = z.infer<typeof Guarantee>;

export const Client = z.object({
  id: Id,
  name: Text,
  /** The account manager's Slack user id. */
  owner: Id,
  industry: Text.optional(),
  region: Text.optional(),
  figures: Figures,
  class: z.enum(classIds).optional(),
  stage: z.enum(stages).optional(),
  relationshipType: z.enum(relationshipTypes).optional(),
  lastContact: IsoDate.optional(),
  contacts: z.array(Person),
  guarantees: z.array(Guarantee),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Client = z.infer<typeof Client>;

/** One contact with a client (a call, a visit, a message). */
export const ContactLog = z.object({ id: Id, clientId: Id, date: IsoDate, note: LongText.max(4000), by: Id });
export type ContactLog = z.infer<typeof ContactLog>;

/** A visit report (走访记录); `fields` are the form's answers by field key. */
export const Visit = z.object({
  id: Id,
  clientId: Id,
  date: IsoDate,
  author: Id,
  fields: z.record(z.string(), LongText),
  nextFollowUp: IsoDate.optional(),
});
export type Visit = z.infer<typeof Visit>;

/** What happened to one reminder (keyed by the nudge job, e.g. `due:<clientId>:<date>`). */
export const NudgeLog = z.object({
  key: z.string().min(1),
  status: z.enum(['sent', 'failed', 'snoozed', 'dismissed']),
  at: Timestamp,
  until: z.union([Timestamp, IsoDate]).optional(),
});
export type NudgeLog = z.infer<typeof NudgeLog>;

/**
 * A Slack event id handled by an older version, which kept them here. No longer written: the
 * event ledger (src/ports/event-ledger.ts) holds them now; the list stays readable for old files.
 */
export const ProcessedEvent = z.object({ id: z.string().min(1), at: Timestamp });
export type ProcessedEvent = z.infer<typeof ProcessedEvent>;

function uniqueIds(items: { id: string }[], what: string, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  for (const [i, x] of items.entries()) {
    if (seen.has(x.id)) ctx.addIssue({ code: 'custom', path: [what, i, 'id'], message: `duplicate ${what} id ${x.id}` });
    seen.add(x.id);
  }
}

export const Archive = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    clients: z.array(Client),
    contacts: z.array(ContactLog),
    visits: z.array(Visit),
    nudges: z.array(NudgeLog),
    events: z.array(ProcessedEvent),
  })
  .superRefine((a, ctx) => {
    uniqueIds(a.clients, 'clients', ctx);
    uniqueIds(a.contacts, 'contacts', ctx);
    uniqueIds(a.visits, 'visits', ctx);
  });
export type Archive = z.infer<typeof Archive>;

/** A new, empty archive. */
export function emptyArchive(): Archive {
  return { schemaVersion: SCHEMA_VERSION, clients: [], contacts: [], visits: [], nudges: [], events: [] };
}
