/**
 * What is left once every reader has taken its spans. The free text is split on
 * whitespace, punctuation and used text; a piece is dropped only when it is made wholly
 * of stop words (的费率是多少 = 的+费率+是+多少); any other piece is reported whole, so a
 * meaningful word (反担保, 预算) is never silently dropped.
 */
import { lexicon } from '../tables/lexicon.js';
import { MASK, view, type Scan } from './scan.js';

const stopwords = new Set(lexicon.stopwords);
const longest = Math.max(...lexicon.stopwords.map((w) => w.length));

/** Characters that separate words: whitespace, punctuation, used text. */
const SEPARATORS = `\\s${MASK},，。、;；:：!！?？~～()（）【】\\[\\]“”"'<>@#&*|\\\\/`;
const PIECE = new RegExp(`[^${SEPARATORS}]+`, 'g');

/**
 * True when the piece is a sequence of stop words.
 * @example isAllStopwords('的费率是多少') // true
 * @example isAllStopwords('预算') // false
 */
export function isAllStopwords(piece: string): boolean {
  const ok: boolean[] = [true];
  for (let i = 1; i <= piece.length; i += 1) {
    ok[i] = false;
    for (let k = 1; k <= Math.min(longest, i); k += 1) {
      if (ok[i - k] && stopwords.has(piece.slice(i - k, i))) {
        ok[i] = true;
        break;
      }
    }
  }
  return ok[piece.length] === true;
}

/** Unused words in order, each once, as typed (full-width stays full-width). */
export function leftovers(s: Scan): string[] {
  const pieces = [...view(s).matchAll(PIECE)]
    .filter((m) => !isAllStopwords(m[0]))
    .map((m) => s.original.slice(m.index, m.index + m[0].length));
  return [...new Set(pieces)];
}
