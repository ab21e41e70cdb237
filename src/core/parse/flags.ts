/**
 * Numbers that are not money: 客户电话尾号8866, 120个员工 (readNotAmounts). And two phrases that change a figure: 经评审的最低投标价法 (1.6, 条例第五十八条: 15% instead
 * of 10%) and 提前N天还款 (1.2: refund when repaid three days or more early).
 */
import { lexicon } from '../tables/lexicon.js';
import { error, note, setFigure, setOnce, type Draft } from './draft.js';
import { ARABIC, readNumber, SMALL_CHINESE } from './numerals.js';
import { sourceOf, take, view, type Scan } from './scan.js';
import { alternation, takeWords } from './words.js';

const { lowestEvaluatedBid, earlyRepayment, notAmounts } = lexicon;

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

const ID = new RegExp(`(?:${alternation(notAmounts.idLabels)})\\s*(?:[:：]|是|为)?\\s*[\\dA-Za-z][\\dA-Za-z-]*`, 'g');
const HEADS = new RegExp(`(?<![\\d.])(?<num>${ARABIC}|${SMALL_CHINESE})\\s*(?:个|名|位|多)?\\s*(?:${alternation(notAmounts.headCounts)})`, 'g');

/**
 * An identifier is said and not used (电话尾号8866); a head count before its noun is 2.3's 职工人数 (120个员工).
 * @example 客户电话尾号8866 → note 号码（电话、尾号、编号等）不是金额，未使用
 */
export function readNotAmounts(s: Scan, d: Draft): void {
  for (const m of view(s).matchAll(ID)) {
    take(s, m.index, m.index + m[0].length);
    // The digits are not echoed: a phone or ID number is personal data.
    note(d, '号码（电话、尾号、编号等）不是金额，未使用');
  }
  for (const m of view(s).matchAll(HEADS)) {
    const n = readNumber(m.groups?.num ?? '');
    if (!n.ok || !Number.isInteger(n.value) || n.value <= 0) continue;
    take(s, m.index, m.index + m[0].length);
    setFigure(d, 'employees', n.value, sourceOf(s, m.index, m.index + m[0].length));
  }
}
