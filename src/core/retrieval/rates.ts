/**
 * Rate questions (issue #12, class 1): a question asking a fee, interest or deposit rate (费率, 几个点, 月息,
 * 保证金几个点) is answered only from a sentence that states that kind of figure — one of the kind's words and a
 * percentage — in the section asked about. The handbook states one such rate: 1.1's 担保费率. Every other
 * product's fee (投标保函, 预付款保函, 民间借贷) is 手册未涉及, never another product's or another kind's figure.
 * Table: data/scope.json `rates`; the reading is in docs/rules.md (Out of scope).
 *
 * @example askedRate('投标保函收费多少')?.id         // → 'fee'
 * @example askedRate('民间借贷月息几个点')?.id       // → 'interest'
 * @example askedRate('投标保证金最高多少')           // → null (投标保证金 names a product, not a deposit)
 * @example askedRate('民间借贷担保费是按月收还是按天') // → null (asks how, not how much)
 */
import type { Section } from '../handbook/schema.js';
import { products } from '../tables/products.js';
import { sections as handbookSections, sectionById } from './handbook.js';
import { normalize } from './normalize.js';
import { rateTable } from './scope.js';

export interface RateKind {
  id: string;
  /** The kind, in words for the reply (担保费率). */
  label: string;
  /** Its words, normalised: a stating sentence holds one of them. */
  words: readonly string[];
  /** What a stating sentence holds besides a kind word: a percentage, or for the handling time a duration (一至二周). */
  figure: RegExp;
}

/** A percentage: 1.8%, 3 %, 百分之十. */
const PERCENT = /\d+(?:\.\d+)?\s*[%％]|百分之/u;
/** A duration: 一至二周, 3个工作日, 两天. */
const DURATION = /[\d一二两三四五六七八九十几]+(?:\s*[至到-]\s*[\d一二两三四五六七八九十]+)?\s*(?:个)?(?:工作日|周|星期|天|日|个月)/u;
const FIGURES = { percent: PERCENT, duration: DURATION } as const;

const kinds = rateTable.kinds.map((k) => ({
  ...k,
  words: k.words.map(normalize),
  asks: k.asks.map(normalize),
  unless: (k.unless ?? []).map(normalize),
  figure: FIGURES[k.figure ?? 'percent'],
}));
const asks = rateTable.ask.map(normalize);
/** Product names and aliases, longest first: removed before kind words are read (投标保证金 is a product). */
const productSection = products.flatMap((p) => [p.name, ...p.aliases].map((a) => [normalize(a), p.section] as const)).sort((a, b) => b[0].length - a[0].length);
const productWords = productSection.map(([w]) => w);
/** The rate kind a question asks for, or null: one of its words, and a word asking a rate. */
export function askedRate(question: string): RateKind | null {
  let text = normalize(question);
  for (const w of productWords) text = text.split(w).join('、');
  // A product's name followed by 费 (投标保函费, 过桥费) is that product's fee.
  text = text.replaceAll('、费', '、担保费');
  for (const k of kinds) {
    if (!k.words.some((w) => text.includes(w)) || k.unless.some((u) => text.includes(u))) continue;
    if (k.asks.some((a) => text.includes(a)) || (!k.ownAsksOnly && asks.some((a) => text.includes(a)))) return { id: k.id, label: k.label, words: k.words, figure: k.figure };
  }
  return null;
}

function sentences(s: Section): string[] {
  return s.passages.flatMap((p) => p.items.flatMap((it) => normalize(it).match(/[^。！？!?；;]+[。！？!?；;]*/gu) ?? [it]));
}

/** True when the section has a sentence stating a rate of this kind (担保收费: … 担保费率1.8%/年). */
export function statesRate(s: Section, kind: RateKind): boolean {
  return sentences(s).some((x) => kind.figure.test(x) && kind.words.some((w) => x.includes(w)));
}

/** What the section does say of the kind, without a rate (担保费和利息按日计算): sentences naming the kind. */
export function saysOfRate(s: Section, kind: RateKind): string[] {
  return sentences(s).filter((x) => !kind.figure.test(x) && kind.words.some((w) => x.includes(w)));
}

/** The sections of the products a question names (投标保函 → 1.3), in the order the table lists them. */
export function namedProductSections(question: string): string[] {
  let text = normalize(question);
  const named = new Set<string>();
  // Longest word first, each consumed: 民间贷款 names 1.2, not also 1.1's 贷款.
  for (const [w, section] of productSection) {
    if (!text.includes(w)) continue;
    named.add(section);
    text = text.split(w).join('、');
  }
  return [...named];
}

/** The sections of all nine products. */
export const productSections: ReadonlySet<string> = new Set(products.map((p) => p.section));

/**
 * The rate asked and the section of a product the question names that states no rate of that kind, or null
 * (投标保函收费多少 → fee, 1.3; 银行贷款担保费率多少 → null: 1.1 states it). A kind the handbook never names at all
 * (保证金, 手续费: no section says the word) is unstated whatever the question names: `section` is then undefined
 * (银行要我们存多少保证金 → deposit), so no route (needs, product facts) offers a product's figures for it.
 */
export function unstatedRate(question: string, named: readonly string[] = namedProductSections(question)): { kind: RateKind; section: Section | undefined } | null {
  const kind = askedRate(question);
  if (!kind) return null;
  const section = named.map((id) => sectionById(id)).find((s) => s !== undefined && !statesRate(s, kind));
  if (section) return { kind, section };
  return neverNamed.has(kind.id) ? { kind, section: undefined } : null;
}

/** The kinds no handbook section names (保证金, 手续费 …): any figure asked of them is 手册未涉及. */
const neverNamed: ReadonlySet<string> = new Set(kinds.filter((k) => !handbookSections.some((s) => sentences(s).some((x) => k.words.some((w) => x.includes(w))))).map((k) => k.id));

/** The product sections stating a rate of this kind (fee → 1.1). */
export function rateSections(kind: RateKind): string[] {
  return [...productSections].filter((id) => {
    const s = sectionById(id);
    return s !== undefined && statesRate(s, kind);
  });
}
