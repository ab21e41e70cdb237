/**
 * New or returning client (1.1 quotes 新客户 and 老客户 differently outside Hefei).
 * 新/老 alone count only as a whole token (新 500万, 外地老 after 外地 is read);
 * never inside 新站 (a district, read earlier as a place), 老板 or 新增 (shields).
 */
import { lexicon } from '../tables/lexicon.js';
import type { ClientStatus } from '../types.js';
import { setOnce, type Draft } from './draft.js';
import { MASK, sourceOf, take, view, type Scan } from './scan.js';
import { escapeRe, takeWords } from './words.js';

const { words, standalone } = lexicon.status;
const statusByWord = new Map<string, ClientStatus>(words.map((w) => [w.word, w.status]));

/** Token edges: start/end, whitespace, punctuation, used text. */
const EDGE = `\\s${MASK},，。、;；:：!！?？~～()（）`;
const STANDALONE = new RegExp(
  `(?<=^|[${EDGE}])(?<word>${Object.keys(standalone).map(escapeRe).join('|')})(?:的)?(?=$|[${EDGE}])`,
  'g',
);

/** Status from key=value words new/returning or any status word. */
export function statusFromWord(word: string): ClientStatus | undefined {
  const w = word.trim().toLowerCase();
  if (w === 'new' || w === 'returning') return w;
  if (w === 'old') return 'returning';
  return statusByWord.get(w) ?? standalone[w];
}

export function readStatus(s: Scan, d: Draft): void {
  for (const hit of takeWords(s, [...statusByWord.keys()], true)) {
    const st = statusByWord.get(hit.word);
    if (st) setOnce(d, 'clientStatus', st, sourceOf(s, hit.start, hit.end));
  }
  for (const m of view(s).matchAll(STANDALONE)) {
    const st = standalone[m.groups?.word ?? ''];
    if (!st) continue;
    take(s, m.index, m.index + m[0].length);
    setOnce(d, 'clientStatus', st, sourceOf(s, m.index, m.index + m[0].length));
  }
}
