/**
 * Two phrases that change a figure: 经评审的最低投标价法 (1.6, 条例第五十八条: 15% instead
 * of 10%) and 提前N天还款 (1.2: refund when repaid three days or more early).
 */
import { lexicon } from '../tables/lexicon.js';
import { error, setOnce, type Draft } from './draft.js';
import { ARABIC, readNumber, SMALL_CHINESE } from './numerals.js';
import { sourceOf, take, view, type Scan } from './scan.js';
import { alternation, takeWords } from './words.js';

const { lowestEvaluatedBid, earlyRepayment } = lexicon;

export function readLowestBid(s: Scan, d: Draft): void {
  if (takeWords(s, lowestEvaluatedBid.words).length > 0) d.out.lowestEvaluatedBid = true;
}

const EARLY = new RegExp(`(?:${alternation(earlyRepayment.words)})\\s*(?<num>${ARABIC}|${SMALL_CHINESE})\\s*个?\\s*(?:天|日)(?:以上)?` + `(?:\\s*(?:${alternation(earlyRepayment.verbs)}))?`, 'g');

/**
 * @example 提前5天还款 → earlyRepaymentDays 5
 */
export function readEarlyRepayment(s: Scan, d: Draft): void {
  for (const m of view(s).matchAll(EARLY)) {
    const start = m.index;
    const end = start + m[0].length;
    take(s, start, end);
    const source = sourceOf(s, start, end);
    const n = readNumber(m.groups?.num ?? '');
    if (!n.ok) error(d, `提前还款天数“${source}”无效：${n.reason}`);
    else if (n.value <= 0 || !Number.isInteger(n.value)) error(d, `提前还款天数“${source}”无效：天数必须是正整数`);
    else setOnce(d, 'earlyRepaymentDays', n.value, source);
  }
}
