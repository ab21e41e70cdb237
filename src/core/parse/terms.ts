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
 * 1年 6个月, with a space and no 零, stays two terms, the first kept with a note). */
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

export function readTerms(s: Scan, d: Draft): void {
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
  for (const m of view(s).matchAll(WEEKS)) {
    const n = readNumber(m.groups?.num ?? '');
    const start = m.index;
    const end = start + m[0].length;
    const source = sourceOf(s, start, end);
    take(s, start, end);
    const days = n.ok ? n.value * lexicon.terms.weekDays : NaN;
    const r = n.ok ? termOf(String(days), '天', false) : { error: n.reason };
    if ('error' in r) error(d, `期限“${source}”无效：${r.error}`);
    else setOnce(d, 'term', { ...r.term, source }, source);
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
