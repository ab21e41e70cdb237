/**
 * What is left once every reader has taken its spans. The free text is split on
 * whitespace, punctuation, used text and stop words of two or more characters (多少,
 * 费率, 帮我 …; never inside a shield word such as 反担保). A remaining piece is dropped
 * only when it is made wholly of one-character stop words (的, 是, 吗 …); any other piece
 * is reported whole, so a meaningful word (预算, 反担保) is never silently dropped.
 */
import { lexicon } from '../tables/lexicon.js';
import { cutsShield, MASK, view, type Scan } from './scan.js';
import { alternation } from './words.js';

const stopwords = new Set(lexicon.stopwords);
const longStopwords = lexicon.stopwords.filter((w) => w.length >= 2);
const LONG = new RegExp(alternation(longStopwords), 'g');

/** Characters that separate words: whitespace, punctuation, used text. */
const SEPARATORS = `\\s${MASK},，。、;；:：!！?？~～()（）【】\\[\\]“”"'<>@#&*|\\\\/`;
const PIECE = new RegExp(`[^${SEPARATORS}]+`, 'g');

/**
 * True when the piece is a sequence of stop words.
 * @example isAllStopwords('的是') // true
 * @example isAllStopwords('预算') // false
 */
export function isAllStopwords(piece: string): boolean {
  const ok: boolean[] = [true];
  for (let i = 1; i <= piece.length; i += 1) {
    ok[i] = false;
    for (let k = 1; k <= Math.min(4, i); k += 1) {
      if (ok[i - k] && stopwords.has(piece.slice(i - k, i))) {
        ok[i] = true;
        break;
      }
    }
  }
  return ok[piece.length] === true;
}

/** The view with long stop words (outside shields) masked out. */
function withoutLongStopwords(s: Scan): string {
  const text = view(s);
  const chars = text.split(''); // UTF-16 units, to match m.index
  for (const m of text.matchAll(LONG)) {
    if (cutsShield(s, m.index, m.index + m[0].length)) continue;
    for (let i = m.index; i < m.index + m[0].length; i += 1) chars[i] = MASK;
  }
  return chars.join('');
}

/** Unused words in order, each once, as typed (full-width stays full-width). */
export function leftovers(s: Scan): string[] {
  const pieces = [...withoutLongStopwords(s).matchAll(PIECE)].filter((m) => !isAllStopwords(m[0])).map((m) => s.original.slice(m.index, m.index + m[0].length));
  return [...new Set(pieces)];
}
