/**
 * When a quote is missing fields, the manager supplies them (in a modal, or as the next console
 * line). These pure helpers say which fields are asked, how each is labelled, and turn the answers
 * back into text the parser reads, so the completed quote goes through the same parser and rules.
 */
import type { Reply } from './reply.js';

export type AskedField = 'amount' | 'bidPrice' | 'contractPrice' | 'advancePayment' | 'rate' | 'place' | 'clientStatus';

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

/** The original text plus the answers, as one line for the parser. Blank answers are skipped. */
export function completeQuoteText(original: string, answers: Partial<Record<AskedField, string>>): string {
  const parts = [original.trim()];
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
