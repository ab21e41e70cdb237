/** Synonym groups (data/synonyms.json), normalised once. */
import { z } from 'zod';
import raw from '../../../data/synonyms.json' with { type: 'json' };
import { normalize } from './normalize.js';

const SynonymsSchema = z.object({ groups: z.array(z.array(z.string().min(1)).min(2)) });

export const synonymGroups: readonly string[][] = SynonymsSchema.parse(raw).groups.map((g) => g.map(normalize));

/**
 * True when `text` says `member`, also with an aspect particle 了 or a 的 left out (做成了之后 says 做成之后; 放款了就完事 says
 * 放款就完事; 咱公司的定位 says 公司定位): spoken questions put 了 and 的 inside a phrase the group writes without them.
 */
export function says(text: string, member: string): boolean {
  if (text.includes(member)) return true;
  const bare = withoutParticles(text);
  return bare !== text && bare.includes(member.includes('的') ? member.replace(/的/gu, '') : member);
}

let lastText = '';
let lastBare = '';

/** `text` without 了 and 的; the last text's is kept (says runs for every member of every group on the same question). */
function withoutParticles(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastBare = text.replace(/[了的]/gu, '');
  }
  return lastBare;
}

/** Members of every group that `text` contains a member of, except the ones it contains. */
export function expansions(text: string): string[] {
  const out = new Set<string>();
  for (const g of synonymGroups) {
    if (!g.some((m) => says(text, m))) continue;
    for (const m of g) if (!says(text, m)) out.add(m);
  }
  return [...out];
}

/**
 * True when `word` is a fragment the segmenter cut across `member` in the question: all of it but one character
 * lies inside the member (是非 of 不是非他不可: 是|非他不可).
 */
function straddles(word: string, member: string, question: string): boolean {
  if (!question.includes(member)) return false;
  const w = [...word];
  const m = [...member];
  if (w.length < 2 || m.length < 2) return false;
  const k = w.length - 1;
  if (k >= m.length) return false;
  const tail = w.slice(1).join('') === m.slice(0, k).join('') && question.includes(w[0]! + member);
  const head = w.slice(0, k).join('') === m.slice(m.length - k).join('') && question.includes(member + w[k]!);
  return tail || head;
}

/**
 * `word` and the other members of the groups one of whose members it contains; with `question`, also of
 * the groups whose member in the question contains the word (迟迟 in “客户迟迟不做决定” → 迟迟不 → 等待, 耐心) or
 * that the word straddles (是非 in “不是非他不可” → 非他不可 → 其他的选择).
 */
export function alternatives(word: string, question?: string): readonly string[] {
  // One question's words are looked up once: coverage asks them again for every section it weighs.
  if (question !== undefined) {
    if (question !== altQuestion) {
      altQuestion = question;
      altCache.clear();
    }
    const hit = altCache.get(word);
    if (hit) return hit;
    const found = alternativesOf(word, question);
    altCache.set(word, found);
    return found;
  }
  return alternativesOf(word);
}

let altQuestion: string | undefined;
const altCache = new Map<string, readonly string[]>();

function alternativesOf(word: string, question?: string): readonly string[] {
  const out = new Set([word]);
  for (const g of synonymGroups) {
    const touched = g.some((m) => word.includes(m) || (question !== undefined && ((m.includes(word) && question.includes(m)) || straddles(word, m, question))));
    if (touched) for (const m of g) out.add(m);
  }
  return [...out];
}
