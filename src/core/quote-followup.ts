/**
 * When a quote is missing fields, the manager supplies them (in a modal, or as the next console
 * line). These pure helpers say which fields are asked, how each is labelled, and turn the answers
 * back into text the parser reads, so the completed quote goes through the same parser and rules.
 */
import { classify } from './classify/index.js';
import { cuedProduct } from './intents/product-cues.js';
import { route } from './intents/route.js';
import { quote } from './quote/index.js';
import { parseInput } from './parse/index.js';
import type { Reply } from './reply.js';
import type { ParsedInput } from './types.js';

export type AskedField = 'amount' | 'bidPrice' | 'contractPrice' | 'advancePayment' | 'term' | 'rate' | 'place' | 'clientStatus';

export interface FieldSpec {
  field: AskedField;
  label: string;
  hint: string;
  /** Options for a choice; free text when absent. */
  options?: { value: string; label: string }[];
  /** How the answer is written back into the quote text (`{}` = the answer). */
  template: string;
}

export const fieldSpecs: Record<AskedField, FieldSpec> = {
  amount: { field: 'amount', label: '金额', hint: '如 500万、1.2亿、5,000,000元', template: '{}' },
  bidPrice: { field: 'bidPrice', label: '投标总价', hint: '如 5000万', template: '投标总价{}' },
  contractPrice: { field: 'contractPrice', label: '合同价款', hint: '如 2000万', template: '合同价{}' },
  advancePayment: { field: 'advancePayment', label: '工程预付款数额', hint: '如 300万', template: '预付款{}' },
  term: { field: 'term', label: '期限', hint: '如 1年、6个月、30天', template: '期限{}' },
  rate: { field: 'rate', label: '担保费率', hint: '写明期间，如 日费率0.05%、月费率1%、年费率1.8%', template: '{}' },
  place: {
    field: 'place',
    label: '客户所在地区',
    hint: '合肥地区（含各区县）还是合肥以外',
    options: [
      { value: '合肥', label: '合肥地区' },
      { value: '合肥以外', label: '合肥以外' },
    ],
    template: '{}',
  },
  clientStatus: {
    field: 'clientStatus',
    label: '新客户还是老客户',
    hint: '合作过的为老客户',
    options: [
      { value: '新客户', label: '新客户' },
      { value: '老客户', label: '老客户' },
    ],
    template: '{}',
  },
};

/** The fields a reply asks for (quote.missing → vars.missing), in order; [] for any other reply. */
export function askedFields(r: Reply): FieldSpec[] {
  if (r.key !== 'quote.missing' || typeof r.vars.missing !== 'string') return [];
  return r.vars.missing
    .split(',')
    .filter((f): f is AskedField => f in fieldSpecs)
    .map((f) => fieldSpecs[f]);
}

/**
 * The text without what the answer to the question replaces: numbers whose unit could not be read
 * (500k, 净资产1200k), conflicting places or statuses (合肥 … 芜湖), and — when a rate is answered — the rate(s) written before (千分之五 without a
 * period). They are never read together with the answer.
 * @example withoutAsked('贷款 500k 合肥', false) // '贷款   合肥'
 * @example withoutAsked('民间借贷 100万 30天 千分之五', true) // '民间借贷 100万 30天  '
 */
export function withoutAsked(text: string, rateAnswered: boolean, termAnswered = false): string {
  const p = parseInput(text);
  let out = text;
  for (const u of p.unclear ?? []) out = out.replace(u.source, ' ');
  for (const a of p.ambiguous ?? []) for (const src of a.sources) out = out.replace(src, ' ');
  if (rateAnswered && p.rate) for (const src of [p.rate.source, p.rate.conflict]) if (src) out = out.replace(src, ' ');
  // A term in the answer replaces the request's (two terms are otherwise asked, never the first taken).
  if (termAnswered && p.term) out = out.replace(p.term.source, ' ');
  return out;
}

/** The original text plus the answers, as one line for the parser. Blank answers are skipped. */
export function completeQuoteText(original: string, answers: Partial<Record<AskedField, string>>): string {
  const answered = Object.values(answers).some((a) => a?.trim());
  const parts = [(answered ? withoutAsked(original, Boolean(answers.rate?.trim()), Boolean(answers.term?.trim())) : original).trim()];
  for (const spec of Object.values(fieldSpecs)) {
    const a = answers[spec.field]?.trim();
    if (a) parts.push(spec.template.replace('{}', a));
  }
  return parts.filter(Boolean).join(' ');
}

/** A quote reply that computed something (not a question, usage or error): it may be shared and reworded. */
export function isComputedQuote(r: Reply): boolean {
  return /^quote\.(?!missing|need_product|two_products|invalid|which_amount)/.test(r.key);
}

/**
 * A request waiting for a missing figure between two messages from the same person (the console's
 * next line, the next DM). Setting of issue #11: it lasts 10 minutes, and the next message always
 * consumes it — an answer completes it, any other request drops it.
 */
export const FOLLOW_UP_TTL_MS = 10 * 60 * 1000;

export type FollowUpKind = 'quote' | 'classify';

export interface PendingRequest {
  kind: FollowUpKind;
  /** The request as typed so far. */
  text: string;
  /** What the reply asked for: quote fields (amount, place …), 'product' or 'figures'. */
  asked: string[];
  /** When it was asked (ms since the epoch, from the caller's clock). */
  since: number;
}

/** What a reply still asks for, as a pending request; undefined when it asks nothing. */
export function pendingFor(kind: FollowUpKind, text: string, r: Reply, now: Date): PendingRequest | undefined {
  let asked: string[] = [];
  if (r.key === 'quote.missing') asked = askedFields(r).map((f) => f.field);
  else if (r.key === 'quote.need_product' || r.key === 'quote.two_products') asked = ['product'];
  else if (r.key === 'classify.need_figures' || r.key === 'classify.unclear') asked = ['figures'];
  return asked.length > 0 ? { kind, text, asked, since: now.getTime() } : undefined;
}

const COMPANY_FIGURES = ['netAssets', 'totalAssets', 'revenue', 'profit', 'debtRatio', 'yearsInBusiness', 'employees'] as const;

/** Whether the parsed line supplies one asked field. */
function supplies(field: string, p: ParsedInput, line: string): boolean {
  switch (field) {
    case 'amount':
      return p.amounts.length > 0 || Boolean(p.unclear?.length);
    case 'bidPrice':
    case 'contractPrice':
    case 'advancePayment':
      return p.figures[field] !== undefined || p.amounts.length > 0 || Boolean(p.unclear?.length);
    case 'rate':
      return p.rate !== undefined;
    case 'place':
      return p.place !== undefined;
    case 'clientStatus':
      return p.clientStatus !== undefined;
    case 'product':
      return p.products.length > 0 || cuedProduct(line) !== null;
    case 'figures':
      return COMPANY_FIGURES.some((k) => p.figures[k] !== undefined) || Boolean(p.unclear?.length);
    default:
      return false;
  }
}

/**
 * True when the line answers the pending request: asked less than 10 minutes ago, not a command,
 * and it supplies something that was asked (`500万` after “还缺金额”, `合肥` after “还缺地区”).
 * @example isAnswer({ kind: 'quote', text: '民间借贷 200万 30天', asked: ['rate'], since: t }, '日费率0.05%', now) // true
 */
export function isAnswer(p: PendingRequest, line: string, now: Date): boolean {
  if (now.getTime() - p.since > FOLLOW_UP_TTL_MS || now.getTime() < p.since) return false;
  if (line.trim().startsWith('/')) return false;
  // A line that is a whole request of its own (it computes a quote or a class alone) is a new request.
  const alone = route(line);
  if (alone.kind === 'quote' && isComputedQuote(quote(alone.input))) return false;
  if (alone.kind === 'classify' && classify(alone.input).key === 'classify.result') return false;
  const parsed = parseInput(line);
  // A line naming another product is a new request, not an answer (贷款 … then 投标保函 …).
  if (!p.asked.includes('product')) {
    const named = productsNamed(parsed, line);
    const pendingNamed = productsNamed(parseInput(p.text), p.text);
    if (named.some((id) => !pendingNamed.includes(id))) return false;
  }
  return p.asked.some((f) => supplies(f, parsed, line));
}

function productsNamed(parsed: ParsedInput, text: string): string[] {
  const cue = cuedProduct(text);
  return parsed.products.length > 0 ? parsed.products : cue ? [cue.product] : [];
}

/**
 * The request completed by the answer: one line for the parser. The answer comes first, so what it
 * says wins over the request where both give a value (the parser keeps the first and notes the other; a term the
 * answer gives replaces the request's, since two terms are asked).
 */
export function followUpText(p: PendingRequest, line: string): string {
  const answer = parseInput(line);
  return `${line.trim()} ${withoutAsked(p.text, p.asked.includes('rate') && answer.rate !== undefined, answer.term !== undefined).trim()}`;
}
