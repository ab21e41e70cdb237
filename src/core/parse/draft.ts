/**
 * The result under construction. Readers record what they found with its position so
 * products and amounts come out in order of appearance; a second value for a
 * single-valued field never replaces the first: it is kept in a note.
 */
import type { AmbiguousField, FigureBound, LabelledFigures, Money, ParsedInput, ProductId, Term, UnclearFigure } from '../types.js';

interface Hit<T> {
  value: T;
  at: number;
}

export interface Draft {
  out: ParsedInput;
  productHits: Array<Hit<ProductId>>;
  amountHits: Array<Hit<Money>>;
  unclearHits: Array<Hit<UnclearFigure>>;
}

export function newDraft(): Draft {
  return {
    out: { products: [], amounts: [], figures: {}, unused: [], notes: [], errors: [] },
    productHits: [],
    amountHits: [],
    unclearHits: [],
  };
}

type Single = 'term' | 'rate' | 'place' | 'clientStatus' | 'industry' | 'lifeStage' | 'earlyRepaymentDays';

/** Chinese name of each single-valued field, for the note about a second value. */
const fieldNames: Record<Single | keyof LabelledFigures, string> = {
  term: '期限',
  rate: '费率',
  place: '地区',
  clientStatus: '新老客户',
  industry: '行业',
  lifeStage: '生命周期',
  earlyRepaymentDays: '提前还款天数',
  bidPrice: '投标总价',
  contractPrice: '合同价',
  advancePayment: '预付款',
  receivables: '应收账款',
  netAssets: '净资产',
  totalAssets: '总资产',
  liabilities: '负债',
  revenue: '销售收入',
  profit: '利润',
  debtRatio: '资产负债率',
  yearsInBusiness: '经营年限',
  employees: '职工人数',
  projectInvestment: '项目总投资',
  ownFunds: '自筹资金',
  recovered: '已收回货款',
};

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a, (k, v: unknown) => (k === 'source' ? undefined : v)) === JSON.stringify(b, (k, v: unknown) => (k === 'source' ? undefined : v));
}

function secondValueNote(field: Single | keyof LabelledFigures, source: string): string {
  return `另有${fieldNames[field]}“${source}”，按第一个理解`;
}

/** Set a single-valued field once; a different second value becomes a note. */
export function setOnce<K extends Single>(d: Draft, field: K, value: NonNullable<ParsedInput[K]>, source: string): void {
  const current = d.out[field];
  if (current === undefined) d.out[field] = value;
  // Two different terms (半年 … 又说是18个月) change the fee: asked, never the first taken.
  else if (field === 'term' && !same(current, value)) ambiguous(d, 'term', [(current as Term).source, source]);
  else if (!same(current, value)) d.out.notes.push(secondValueNote(field, source));
}

/** Set a labelled figure once; a different second value becomes a note. */
export function setFigure(d: Draft, key: keyof LabelledFigures, value: number, source: string): void {
  const current = d.out.figures[key];
  if (current === undefined) d.out.figures[key] = value;
  else if (current !== value) d.out.notes.push(secondValueNote(key, source));
}

/** Set a labelled figure's bound once (when the figure itself is not given); a second one becomes a note. */
export function setBound(d: Draft, key: keyof LabelledFigures, bound: FigureBound): void {
  const bounds = (d.out.bounds ??= {});
  if (d.out.figures[key] === undefined && bounds[key] === undefined) bounds[key] = bound;
  else d.out.notes.push(secondValueNote(key, bound.shown));
}

export function addProduct(d: Draft, id: ProductId, at: number): void {
  d.productHits.push({ value: id, at });
}

export function addAmount(d: Draft, money: Money, at: number): void {
  d.amountHits.push({ value: money, at });
}

function pushOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

export function note(d: Draft, text: string): void {
  pushOnce(d.out.notes, text);
}

/** A number whose unit could not be read: kept out of every figure, asked for. */
export function unclear(d: Draft, source: string, field: UnclearFigure['field'], at: number): void {
  d.unclearHits.push({ value: { source, field }, at });
  note(d, `“${source}”的单位无法识别，没有使用这个数字`);
}

/** A place or status written two conflicting ways: no value is set, the reply asks (docs/parsing.md). */
export function ambiguous(d: Draft, field: AmbiguousField['field'], sources: string[]): void {
  const list = (d.out.ambiguous ??= []);
  const row = list.find((a) => a.field === field);
  if (row) row.sources.push(...sources.filter((x) => !row.sources.includes(x)));
  else list.push({ field, sources: [...new Set(sources)] });
}

export function error(d: Draft, text: string): void {
  pushOnce(d.out.errors, text);
}

/** Products and amounts in order of appearance; products without duplicates. */
export function finish(d: Draft): ParsedInput {
  const products = [...d.productHits].sort((a, b) => a.at - b.at).map((h) => h.value);
  const amounts = [...d.amountHits].sort((a, b) => a.at - b.at).map((h) => h.value);
  const out: ParsedInput = { ...d.out, products: [...new Set(products)], amounts };
  if (amounts[0]) out.amount = amounts[0];
  const unclearOnes = [...d.unclearHits].sort((a, b) => a.at - b.at).map((h) => h.value);
  if (unclearOnes.length > 0) out.unclear = unclearOnes;
  return out;
}
