/**
 * A product name typed one character off (履越保函, 民间借代担保; two off in a six-character name: 民间接待担保): read
 * as the product, so the question is routed and searched as the manager meant — not answered 手册未涉及, and not
 * taken for a product the company lacks. Only names ending in 保函 / 担保, with the same first character and the
 * same 保函 / 担保 (so 关税保函, 融资担保, 债权融资 are never "corrected"). docs/handbook-data.md (Typos).
 *
 * @example correctProductTypos('履越保函重新开标以后') // → '履约保函重新开标以后'
 * @example correctProductTypos('关税保函费率')         // → '关税保函费率' (two characters off 投标保函)
 */
import { z } from 'zod';
import typosRaw from '../../../data/typos.json' with { type: 'json' };
import scopeRaw from '../../../data/scope.json' with { type: 'json' };
import { products } from '../tables/products.js';
import { normalize } from './normalize.js';

/**
 * Ordinary handbook words typed a character off (data/typos.json: 拜防 → 拜访, 谈盘 → 谈判, 客护 → 客户): pinyin input
 * picks a homophone, which the handbook never uses, so the question's key word weighed most in coverage and the
 * answer was 手册未涉及. Near form → the handbook's word.
 */
const Typos = z.object({ words: z.record(z.string().min(2), z.array(z.string().min(2)).min(1)) });
export const wordTypos: ReadonlyMap<string, string> = new Map(Object.entries(Typos.parse(typosRaw).words).flatMap(([word, forms]) => forms.map((f): [string, string] => [f, word])));
const typoForms = [...wordTypos.keys()].sort((a, b) => b.length - a.length);

/**
 * Managers' two-character names for 1.1 (贷担单笔最多能担多少, 贷保客户要不要贷款卡): read as 贷款担保 — never inside 借贷担保
 * or 民间借贷 (1.2), nor 贷保险 / 贷保公司 (an insurance or a firm, not our product).
 */
const BANK_LOAN_ABBREVIATION = /(?<![借民间])[贷貸](?:[担擔](?![保])|保(?![险險证證障公]))/gu;

function abbreviationsRead(text: string): string {
  return text.replace(BANK_LOAN_ABBREVIATION, '贷款担保');
}

/** Words that make a question out of scope (data/scope.json): a near form overlapping one (民营消费贷, 承担报销) is theirs. */
const scopeWords = scopeRaw.topics.flatMap((t) => [...t.words, ...(t.about ?? [])]).map(normalize);

/** The topics' own words (not their `about` context words such as 保函): a product-name window overlapping one is theirs. */
const topicWords = scopeRaw.topics.flatMap((t) => t.words).map(normalize);

/** True when text[start, end) overlaps an occurrence of a scope word (of `words`, by default every one). */
function inScopeWord(text: string, start: number, end: number, words: readonly string[] = scopeWords): boolean {
  return words.some((w) => {
    for (let k = text.indexOf(w); k >= 0; k = text.indexOf(w, k + 1)) if (k < end && k + w.length > start) return true;
    return false;
  });
}

/**
 * The question with the table's near forms read as the handbook's words (the text unchanged when it has none); a form
 * that is part of a scope word (民营消费贷 holds 营消, 律师费 follows 评估费) is left, so the question stays out of scope.
 */
export function correctWordTypos(question: string): string {
  let text = abbreviationsRead(question);
  for (const f of typoForms) {
    if (!text.includes(f)) continue;
    let out = '';
    let from = 0;
    for (let k = text.indexOf(f); k >= 0; k = text.indexOf(f, k + f.length)) {
      if (inScopeWord(text, k, k + f.length)) continue;
      out += text.slice(from, k) + wordTypos.get(f)!;
      from = k + f.length;
    }
    text = out + text.slice(from);
  }
  return text;
}

const names = [...new Set(products.flatMap((p) => [p.name, ...p.aliases]).map(normalize))];
const known = new Set(names);
/** The names a typo may be read as, by length. */
const targets = new Map<number, string[][]>();
for (const n of names) {
  const cs = [...n];
  if (cs.length < 4 || !/(保函|担保)$/u.test(n)) continue;
  targets.set(cs.length, [...(targets.get(cs.length) ?? []), cs]);
}

const lengths = [...targets.keys()].sort((a, b) => b - a);

/** Characters that may differ: one in a name of four or five characters, two from six. */
const allowed = (length: number): number => (length >= 6 ? 2 : 1);

function nearName(window: readonly string[]): string | null {
  for (const cs of targets.get(window.length) ?? []) {
    if (window[0] !== cs[0] || window.at(-1) !== cs.at(-1) || window.at(-2) !== cs.at(-2)) continue;
    let diffs = 0;
    for (let i = 1; i < cs.length - 2 && diffs <= allowed(cs.length); i++) if (window[i] !== cs[i]) diffs++;
    if (diffs > 0 && diffs <= allowed(cs.length)) return cs.join('');
  }
  return null;
}

/** The question with product names typed a character off replaced by the name (the text unchanged when none is). */
export function correctProductTypos(raw: string): string {
  const question = correctWordTypos(raw);
  // Cheap look first (on every DM's path): no 保函 / 担保 (擔保), no product name to correct.
  if (!/保函|担保|擔保/u.test(question)) return question;
  const text = normalize(question);
  const cs = [...text];
  // Characters of a name already written (民间借贷担保 holds 借贷担保, one off 借款担保): never part of a typo.
  let inName: boolean[] | undefined;
  const nameChars = (): boolean[] => {
    if (inName) return inName;
    inName = new Array<boolean>(cs.length).fill(false);
    const index: number[] = [];
    let at = 0;
    for (const c of cs) {
      index.push(at);
      at += c.length;
    }
    for (const n of names) for (let k = text.indexOf(n); k >= 0; k = text.indexOf(n, k + 1)) inName.fill(true, index.indexOf(k), index.indexOf(k) + [...n].length);
    return inName;
  };
  let changed = false;
  // Each 保函 / 担保 ends a candidate window of every target length, longest first.
  for (let end = 2; end <= cs.length; end++) {
    const tail = cs[end - 2]! + cs[end - 1]!;
    if (tail !== '保函' && tail !== '担保') continue;
    for (const length of lengths) {
      const i = end - length;
      if (i < 0) continue;
      const window = cs.slice(i, end);
      const w = window.join('');
      if (!/^\p{Script=Han}+$/u.test(w) || known.has(w)) continue;
      const name = nearName(window);
      // … nor a window overlapping a scope word (农业信贷担保 is a product we lack, not 信用担保 typed off).
      if (!name || nameChars().slice(i, end).some(Boolean) || inScopeWord(text, i, end, topicWords)) continue;
      cs.splice(i, length, ...name);
      nameChars().fill(true, i, end);
      changed = true;
      break;
    }
  }
  return changed ? cs.join('') : question;
}
