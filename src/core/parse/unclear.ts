/**
 * No headline from a guess (issue #11): the bare-number reading (5000 → 5000万元) applies only to a
 * number with nothing unit-like next to it. A number next to a money word we do not read as 元
 * (美元, 刀, USD, $ …: data/lexicon.json units.foreign) or next to a letter or word no reader
 * understood (500k, 80兆, 1200多) is never given a unit; the caller records it as unclear and the
 * reply asks what it is.
 */
import { lexicon } from '../tables/lexicon.js';
import { MASK } from './scan.js';
import { alternation } from './words.js';

const FOREIGN = alternation(lexicon.units.foreign);
const FOREIGN_AFTER = new RegExp(`^\\s*(?:${FOREIGN})`);
const FOREIGN_BEFORE = new RegExp(`(?:${FOREIGN})\\s*$`);
/** Words that may follow a bare number without being its unit: stop words (左右, 的 …) and figure labels. */
// 个 is a stop word but also a measure word before a unit (2个亿): never harmless.
const HARMLESS = new RegExp(`^(?:${alternation([...lexicon.stopwords.filter((w) => /[\u4e00-\u9fff]/.test(w) && !w.startsWith('个')), ...lexicon.figures.flatMap((f) => f.labels)])})`);
const LETTER_OR_HAN = /^[A-Za-z\u3400-\u9fff]/;

/**
 * The span of the number together with the unit-like text next to it, if there is such text.
 * @param bare the number has no unit of its own (a foreign money word is checked either way)
 * @example unitLikeNear('贷款500k 合肥', 2, 5, true) // { start: 2, end: 6 } ('500k')
 * @example unitLikeNear('贷款500万美元', 2, 6, false) // { start: 2, end: 8 } ('500万美元')
 * @example unitLikeNear('贷款500 合肥', 2, 5, true) // undefined
 */
export function unitLikeNear(view: string, start: number, end: number, bare: boolean): { start: number; end: number } | undefined {
  const after = view.slice(end);
  const foreignAfter = FOREIGN_AFTER.exec(after);
  if (foreignAfter) return { start, end: end + foreignAfter[0].length };
  const foreignBefore = FOREIGN_BEFORE.exec(view.slice(0, start));
  if (foreignBefore) return { start: start - foreignBefore[0].length, end };
  if (!bare) return undefined;
  const next = after[0];
  if (next === undefined || next === MASK || !LETTER_OR_HAN.test(after) || HARMLESS.test(after)) return undefined;
  // The whole run of letters (500km), or one CJK character (80兆).
  const run = /^[A-Za-z]+/.exec(after)?.[0] ?? next;
  return { start, end: end + run.length };
}
