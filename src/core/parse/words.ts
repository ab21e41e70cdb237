/** Regex helpers for word lists: longest word first, so 合肥以外 wins over 合肥. */
import { lexicon } from '../tables/lexicon.js';
import { cutsShield, take, view, type Scan } from './scan.js';

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** An alternation of the words, longest first; ASCII words must not run into letters. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRe(w) + (/[A-Za-z]$/.test(w) ? '(?![A-Za-z])' : ''))
    .join('|');
}

/**
 * One compiled alternation per word list (the lists are the lexicon's own arrays, built once):
 * sorting and escaping a list of hundreds of words on every call cost more than the match itself.
 * A global RegExp is safe to share here: matchAll works on a copy of it.
 */
const compiled = new WeakMap<readonly string[], RegExp>();
function wordsRegExp(words: readonly string[]): RegExp {
  let re = compiled.get(words);
  if (!re) compiled.set(words, (re = new RegExp(alternation(words), 'g')));
  return re;
}

export interface WordHit {
  word: string;
  start: number;
  end: number;
}

/**
 * Leftmost-longest occurrences of the words in the free text. With `shielded`, a hit that
 * cuts into a shield word (新 in 新增) is skipped. Hits are not taken; see `takeWords`.
 */
export function findWords(s: Scan, words: readonly string[], shielded = false): WordHit[] {
  if (words.length === 0) return [];
  const re = wordsRegExp(words);
  const hits: WordHit[] = [];
  for (const m of view(s).matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (shielded && cutsShield(s, start, end)) continue;
    hits.push({ word: m[0], start, end });
  }
  return hits;
}

/** findWords, taking every hit. */
export function takeWords(s: Scan, words: readonly string[], shielded = false): WordHit[] {
  const hits = findWords(s, words, shielded);
  for (const h of hits) take(s, h.start, h.end);
  return hits;
}

const DENIED = new RegExp(`(?:${alternation(lexicon.denials.words)})\\s*(?:${alternation(lexicon.denials.between)})?\\s*$`, 'u');

/**
 * True when `word` occurs in `text` at least once not denied (data/lexicon.json denials): 老板好赌 says 赌; 老板从不赌博,
 * 无不良嗜好, 没有亏损 do not.
 *
 * @example saysPlainly('无不良嗜好', '嗜好') // false
 * @example saysPlainly('有逾期', '逾期') // true
 */
export function saysPlainly(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) if (!DENIED.test(text.slice(Math.max(0, at - 6), at))) return true;
  return false;
}
