/**
 * Numbers that are not money: 客户电话尾号8866, 120个员工 (readNotAmounts). And two phrases that change a figure: 经评审的最低投标价法 (1.6, 条例第五十八条: 15% instead
 * of 10%) and 提前N天还款 (1.2: refund when repaid three days or more early).
 */
import { lexicon } from '../tables/lexicon.js';
import { error, note, setFigure, setOnce, type Draft } from './draft.js';
import { ARABIC, readNumber, SMALL_CHINESE } from './numerals.js';
import { sourceOf, take, view, type Scan } from './scan.js';
import { MONEY } from './amounts.js';
import { alternation, findWords } from './words.js';

const { lowestEvaluatedBid, earlyRepayment, notAmounts } = lexicon;

/** …中标, …中的标: the award by that method. */
const WON = /^\s*(?:中的?标的?|中标)/u;
/** 不是最低价中标, 非最低价中标, 没用最低价法: the method denied. */
const DENIED_BID = /(?:不是|并非|并不是|非|没有?用|没按|不按|没有?采用)\s*$/u;

/**
 * 1.6 条例第五十八条: won by 经评审的最低投标价法 (15%) — or said not to be (不是最低价中标: 10%; it was read as 15%).
 */
export function readLowestBid(s: Scan, d: Draft): void {
  for (const h of findWords(s, lowestEvaluatedBid.words)) {
    const denial = DENIED_BID.exec(view(s).slice(Math.max(0, h.start - 4), h.start));
    const start = denial ? h.start - denial[0].length : h.start;
    const end = h.end + (WON.exec(view(s).slice(h.end))?.[0].length ?? 0);
    take(s, start, end);
    if (!denial) d.out.lowestEvaluatedBid = true;
    else note(d, `“${sourceOf(s, start, end)}”：不是经评审的最低投标价法，履约担保按不低于合同价款的10%计`);
  }
}

const EARLY = new RegExp(`(?:${alternation(earlyRepayment.words)})\\s*(?<num>${ARABIC}|${SMALL_CHINESE})\\s*个?\\s*(?:天|日)(?:以上)?` + `(?:\\s*(?:${alternation(earlyRepayment.verbs)}))?`, 'g');

/** 第20天就还了, 实际只用了20天: the day a 1.2 loan was repaid, not a second term (the agreed term gives the days early). */
const USED = new RegExp(`(?:第|实际只用了|实际用了|只用了|用了)\\s*(?<num>${ARABIC}|${SMALL_CHINESE})\\s*(?:天|日)\\s*(?:就|便)?\\s*(?:还了|还款|还清|归还|还)?`, 'g');

export function readDaysUsed(s: Scan, d: Draft): void {
  for (const m of view(s).matchAll(USED)) {
    const n = readNumber(m.groups?.num ?? '');
    if (!n.ok || !Number.isInteger(n.value) || n.value <= 0 || s.used.slice(m.index, m.index + m[0].length).some(Boolean)) continue;
    take(s, m.index, m.index + m[0].length);
    d.out.daysUsed = { days: n.value, source: sourceOf(s, m.index, m.index + m[0].length) };
  }
}

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
/** 去年做过80万的, 之前在我们这贷过500万: an earlier deal's amount, not the one asked (a returning client, said by its words). */
const PAST_DEAL = new RegExp(
  `(?:去年|前年|之前|以前|上次|上回|上一笔|前两年|早先)\\s*(?:在我们这边?|在咱这边?|跟我们|找我们|在我们公司)?\\s*(?:做过|做了|贷过|借过|担过|办过|担保过)\\s*(?:一笔)?\\s*${MONEY}(?:的)?`,
  'g',
);

/** 客户2号要用, 15号放款: a day of the month, never an amount (2号楼 is a place number, read before; 3月15号 is a date the terms read). */
const DAY_OF_MONTH = /(?<![\d.月])(?<!月\s)(?:[1-9]|[12]\d|3[01])\s*号(?![楼室院栋门厅线码])/gu;

/** 2号楼, 301会议室, 5层: where a meeting was, never an amount. */
const PLACE_NUMBER = new RegExp(`(?<![\\d.])\\d+\\s*(?:${alternation(notAmounts.placeNumbers)})`, 'g');

export function readNotAmounts(s: Scan, d: Draft): void {
  for (const m of view(s).matchAll(PLACE_NUMBER)) take(s, m.index, m.index + m[0].length);
  for (const m of view(s).matchAll(PAST_DEAL)) {
    if (m.groups?.unit === undefined && m.groups?.extra === undefined) continue;
    take(s, m.index, m.index + m[0].length);
    note(d, `“${sourceOf(s, m.index, m.index + m[0].length)}”是以前的业务，不是这次的金额，未使用`);
  }
  for (const m of view(s).matchAll(ID)) {
    take(s, m.index, m.index + m[0].length);
    // The digits are not echoed: a phone or ID number is personal data.
    note(d, '号码（电话、尾号、编号等）不是金额，未使用');
  }
  for (const m of view(s).matchAll(DAY_OF_MONTH)) if (!s.used.slice(m.index, m.index + m[0].length).some(Boolean)) take(s, m.index, m.index + m[0].length);
  for (const m of view(s).matchAll(HEADS)) {
    const n = readNumber(m.groups?.num ?? '');
    if (!n.ok || !Number.isInteger(n.value) || n.value <= 0) continue;
    take(s, m.index, m.index + m[0].length);
    setFigure(d, 'employees', n.value, sourceOf(s, m.index, m.index + m[0].length));
  }
}
