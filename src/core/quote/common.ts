/**
 * Shared pieces of the quote rules: options (settings), amount picking, the missing-field reply,
 * and the lines every reply carries (parser notes, unused words, input errors).
 */
import { formatMoney, formatNumber } from '../format.js';
import { reply, type Reply, type ReplyField } from '../reply.js';
import { amountRules, productById, type ProductRow } from '../tables/products.js';
import { settings as loadedSettings, type Settings } from '../tables/settings.js';
import type { ParsedInput, ProductId, Term } from '../types.js';

export interface QuoteOptions {
  /** Company settings; defaults to data/settings.json. Tests pass their own. */
  settings?: Settings;
}

export function settingsOf(opts: QuoteOptions | undefined): Settings {
  return opts?.settings ?? loadedSettings;
}

/** The field names a quote may ask for, in this order. */
export const missingFields = ['amount', 'bidPrice', 'contractPrice', 'advancePayment', 'term', 'rate', 'place', 'clientStatus'] as const;
export type MissingField = (typeof missingFields)[number];

const askWords: Record<MissingField, string> = {
  amount: '金额',
  bidPrice: '投标总价',
  contractPrice: '合同价款',
  advancePayment: '工程预付款数额',
  term: '期限（如“1年”“6个月”“30天”）',
  rate: '担保费率（如“日费率0.05%”或“年费率1.8%”）',
  place: '客户所在地区（合肥还是合肥以外）',
  clientStatus: '新客户还是老客户',
};

/** quote.missing: what is needed, as field names (vars.missing) and a Chinese question (body). */
/** While asking, the product's amount rules as printed (单笔上限多少, 能开到200万吗 are answered even before the figures). */
function rulesLine(row: ProductRow): string[] {
  const { quotes } = amountRules(row);
  return quotes.length > 0 ? [`手册规定（${row.section}）：${quotes.join('；')}`] : [];
}

export function missingReply(product: ProductId, missing: MissingField[], extra: string[] = []): Reply {
  const sorted = missingFields.filter((f) => missing.includes(f));
  const row = productById(product);
  return reply('quote.missing', {
    title: `${row.name}：还缺${sorted.map((f) => askWords[f].replace(/（.*）$/, '')).join('、')}`,
    vars: { product, section: row.section, missing: sorted.join(',') },
    body: [`请补充${sorted.map((f) => askWords[f]).join('、')}。`, ...extra, ...rulesLine(row)],
    context: [`${row.section} ${row.name}`],
    sections: [row.section],
  });
}

/** The chosen money figure for a rule: a labelled figure, else the one unlabelled amount. */
export type Picked = { kind: 'labelled'; yuan: number } | { kind: 'amount'; yuan: number; source: string } | { kind: 'ambiguous'; sources: string[] } | { kind: 'none' };

/** Labelled first; several unlabelled amounts are ambiguous (the reply asks which). */
export function pickMoney(input: ParsedInput, labelled: number | undefined): Picked {
  if (labelled !== undefined) return { kind: 'labelled', yuan: labelled };
  if (input.amounts.length > 1) return { kind: 'ambiguous', sources: input.amounts.map((a) => a.source) };
  const a = input.amount ?? input.amounts[0];
  return a ? { kind: 'amount', yuan: a.yuan, source: a.source } : { kind: 'none' };
}

/** quote.which_amount: several unlabelled amounts and no label saying which is which. */
export function whichAmountReply(product: ProductId, sources: string[], what: string): Reply {
  const row = productById(product);
  return reply('quote.which_amount', {
    title: `${row.name}：哪个金额是${what}？`,
    vars: { product, amounts: sources.join(','), count: sources.length },
    body: [`收到${sources.length}个金额：${sources.join('、')}。请说明哪个是${what}（例如“${what}${sources[0] ?? ''}”）。`, ...rulesLine(row)],
    context: [`${row.section} ${row.name}`],
    sections: [row.section],
  });
}

/** A term in years: months/12, days/basis (day-count setting). */
export function termYears(term: Term, basis: number): number {
  if (term.months !== undefined) return term.months / 12;
  return (term.days ?? 0) / basis;
}

/** A term in days: days as given; months × basis/12 (30 days a month on a 360 basis). */
export function termDays(term: Term, basis: number): number {
  if (term.days !== undefined) return term.days;
  return (term.months ?? 0) * (basis / 12);
}

/** @example describeTerm({ months: 6, source: '6个月' }) // '6个月' */
export function describeTerm(term: Term): string {
  if (term.days !== undefined) return `${formatNumber(term.days)}天`;
  const m = term.months ?? 0;
  return m % 12 === 0 ? `${formatNumber(m / 12)}年` : `${formatNumber(m)}个月`;
}

export function moneyField(label: string, yuan: number): ReplyField {
  return { label, value: formatMoney(yuan) };
}

/** The line that says an unlabelled amount was read as a labelled figure. */
export function readAsLine(p: Picked, what: string): string[] {
  return p.kind === 'amount' ? [`“${p.source}”没有标明是什么金额，按${what}理解。`] : [];
}

/** Appends what the parser said: errors (⚠️), notes, and unused words — always shown, never dropped. */
export function withInputLines(r: Reply, input: ParsedInput): Reply {
  const lines: string[] = [];
  for (const e of input.errors) lines.push(`⚠️ ${e}`);
  for (const n of input.notes) lines.push(`说明：${n}`);
  if (input.unused.length > 0) lines.push(`未使用：${input.unused.join('、')}`);
  return { ...r, body: [...r.body, ...lines] };
}
