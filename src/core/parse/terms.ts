/**
 * Terms: 1年, 一年, 12个月, 半年, 三个月, 30天, 两年, 1.5年, 一年半, 期限6个月.
 * 年 and 月 give months (1.5年 → 18), 天/日 give days.
 */
import { lexicon } from '../tables/lexicon.js';
import type { Term } from '../types.js';
import { error, setOnce, type Draft } from './draft.js';
import { ARABIC, fmt, readNumber, SMALL_CHINESE } from './numerals.js';
import { sourceOf, take, view, type Scan } from './scan.js';
import { alternation } from './words.js';

const { maxTermMonths, maxTermDays } = lexicon.limits;

const TERM = new RegExp(
  `(?:(?:${alternation(lexicon.terms.labels)})\\s*(?:[:=]|为|是)?\\s*)?` + `(?<![\\d.])(?<num>${ARABIC}|${SMALL_CHINESE}|半)\\s*(?<ge>个)?(?<h1>半)?\\s*(?<unit>年|月|天|日)(?<h2>半)?`,
  'g',
);

/** 一年零三个月, 1年3个月, 2年零6个月: one term in months (个 is required without 零, so 2024年3月 is no term;
 * 1年 6个月, with a space and no 零, stays two terms: the term is then ambiguous and asked). */
const COMPOUND = new RegExp(
  `(?:(?:${alternation(lexicon.terms.labels)})\\s*(?:[:=]|为|是)?\\s*)?(?<![\\d.])(?<years>${ARABIC}|${SMALL_CHINESE})\\s*个?\\s*年` +
    `(?:\\s*[零又]\\s*(?<m1>${ARABIC}|${SMALL_CHINESE})\\s*个?|(?<m2>${ARABIC}|${SMALL_CHINESE})\\s*个)\\s*月`,
  'g',
);

/** 两周, 3个星期, 一个礼拜: N weeks → 7N days (lexicon terms.weekDays). */
const WEEKS = new RegExp(
  `(?:(?:${alternation(lexicon.terms.labels)})\\s*(?:[:=]|为|是)?\\s*)?(?<![\\d.])(?<num>${ARABIC}|${SMALL_CHINESE}|半)\\s*(?:个\\s*)?(?:周|星期|礼拜)(?!年|末|[一二三四五六日天])`,
  'g',
);

/**
 * A calendar date, not a term: 到明年3月, 2027年3月到期, 3月份, 3月底, 3月15号. A month number is a date when a year, a
 * 份/底/初/末/旬/号/日 or a 到/至/截至 goes with it; 期限3月, 借3月 stay terms (3 months). Read as a term, 到明年3月 quoted
 * 3 months (docs/parsing.md): it is taken, said in the reply, and the term is left to ask or to the rule's default.
 */
const DATE = new RegExp(
  `(?:(?<year>\\d{4}|[今明后去]年|下一?年)\\s*年?\\s*|(?<to>到|至|截至|截止到?|直到)\\s*)?(?<![\\d.])(?:${ARABIC}|${SMALL_CHINESE})\\s*月(?!份?\\s*[内以])(?<suffix>份|底|初|末|上旬|中旬|下旬|\\s*(?:\\d{1,2}|[一二三]?十?[一二三四五六七八九十])\\s*[号日])?`,
  'g',
);

/** 三个季度, 两个季度: 3N months (个 required: 一季度 is the first quarter, a date). */
const QUARTERS = new RegExp(`(?:(?:${alternation(lexicon.terms.labels)})\\s*(?:[:=]|为|是)?\\s*)?(?<![\\d.])(?<num>${ARABIC}|${SMALL_CHINESE}|半)\\s*个\\s*季度`, 'g');

/** 1-3年, 三到六个月: a range is not one term. */
const RANGE = new RegExp(`(?<![\\d.])(?:${ARABIC}|${SMALL_CHINESE})\\s*(?:个月|年|月|天)?\\s*(?:-|~|～|—|到|至)\\s*(?:${ARABIC}|${SMALL_CHINESE})\\s*个?(?:年|月|天|日)`, 'g');

type TermRead = { term: Omit<Term, 'source'> } | { error: string };

/**
 * @example termOf('一年半', '一', '年', true) // { term: { months: 18 } }
 */
export function termOf(num: string, unit: string, extraHalf: boolean): TermRead {
  const n = readNumber(num);
  if (!n.ok) return { error: n.reason };
  const value = n.value + (extraHalf ? 0.5 : 0);
  if (value <= 0) return { error: '期限必须大于0' };
  if (unit === '天' || unit === '日') {
    if (!Number.isInteger(value)) return { error: '天数必须是整数' };
    if (value > maxTermDays) return { error: `超过${maxTermDays}天` };
    return { term: { days: value } };
  }
  const months = Math.round((unit === '年' ? value * 12 : value) * 100) / 100;
  if (months > maxTermMonths) return { error: `超过${fmt(maxTermMonths / 12)}年` };
  // 半个月 is 15 days: a month term is whole months.
  if (!Number.isInteger(months) && unit === '月') return { term: { days: Math.round(value * 30) } };
  return { term: { months } };
}

/**
 * A calendar year alone, after the dates (2019年成立, 成立于2019年, 2025年的流水): never a term of 2019 years. After or before a founding word it
 * is the founding year: the parser has no clock, so the manager is asked for the years in business.
 */
const YEAR = /(?<found1>(?:成立|注册|创办|开业|设立)(?:于|在|是)?\s*)?(?<![\d.])(?:19|20)\d\d\s*年(?<found2>\s*(?:成立|注册|创办|开业|设立))?/gu;

export function readTerms(s: Scan, d: Draft): void {
  for (const m of view(s).matchAll(DATE)) {
    const g = m.groups ?? {};
    if (g.year === undefined && g.to === undefined && g.suffix === undefined) continue;
    take(s, m.index, m.index + m[0].length);
    error(d, `“${sourceOf(s, m.index, m.index + m[0].length)}”是日期，不是期限，没有使用；请写明期限，如“4个月”或“120天”`);
  }
  for (const m of view(s).matchAll(YEAR)) {
    const end = m.index + m[0].length;
    if (s.used.slice(m.index, end).some(Boolean)) continue;
    take(s, m.index, end);
    const source = sourceOf(s, m.index, end);
    const founded = m.groups?.found1 !== undefined || m.groups?.found2 !== undefined;
    error(d, founded ? `“${source}”是成立年份，不是经营年数：请给出经营了几年（如“经营5年”）` : `“${source}”是年份，不是期限，没有使用`);
  }
  for (const m of view(s).matchAll(RANGE)) {
    take(s, m.index, m.index + m[0].length);
    error(d, `期限“${sourceOf(s, m.index, m.index + m[0].length)}”是一个范围，请给出一个期限`);
  }
  for (const m of view(s).matchAll(COMPOUND)) {
    const g = m.groups ?? {};
    const y = readNumber(g.years ?? '');
    const mo = readNumber(g.m1 ?? g.m2 ?? '');
    const start = m.index;
    const end = start + m[0].length;
    const source = sourceOf(s, start, end);
    take(s, start, end);
    const r = y.ok && mo.ok ? termOf(String(y.value * 12 + mo.value), '月', false) : { error: y.ok ? (mo.ok ? '' : mo.reason) : y.reason };
    if ('error' in r) error(d, `期限“${source}”无效：${r.error}`);
    else setOnce(d, 'term', { ...r.term, source }, source);
  }
  // Terms counted in a unit of their own: N weeks → 7N days, N quarters → 3N months.
  const multiples: Array<[RegExp, number, '天' | '月']> = [
    [WEEKS, lexicon.terms.weekDays, '天'],
    [QUARTERS, 3, '月'],
  ];
  for (const [re, per, unit] of multiples) {
    for (const m of view(s).matchAll(re)) {
      const n = readNumber(m.groups?.num ?? '');
      const start = m.index;
      const end = start + m[0].length;
      const source = sourceOf(s, start, end);
      take(s, start, end);
      const r = n.ok ? termOf(String(n.value * per), unit, false) : { error: n.reason };
      if ('error' in r) error(d, `期限“${source}”无效：${r.error}`);
      else setOnce(d, 'term', { ...r.term, source }, source);
    }
  }
  for (const m of view(s).matchAll(TERM)) {
    const g = m.groups ?? {};
    // 半天 / 半日 are not terms; 个 only goes with 月 (三个月).
    if (g.num === '半' && (g.unit === '天' || g.unit === '日')) continue;
    if (g.ge && g.unit !== '月') continue;
    const start = m.index;
    const end = start + m[0].length;
    take(s, start, end);
    const source = sourceOf(s, start, end);
    const r = termOf(g.num ?? '', g.unit ?? '', Boolean(g.h1 ?? g.h2));
    if ('error' in r) error(d, `期限“${source}”无效：${r.error}`);
    else setOnce(d, 'term', { ...r.term, source }, source);
  }
}
