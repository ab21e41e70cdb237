/**
 * Amounts of money: 500万, 500万元, 5,000,000元, 1.2亿, 3000 万, ¥5000000, 五百万.
 * Always held in 元. A number with no unit follows the bare-number reading of
 * docs/parsing.md (below 100000 → 万元, otherwise 元), with a note.
 */
import { lexicon } from '../tables/lexicon.js';
import type { Money } from '../types.js';
import { addAmount, error, note, unclear, type Draft } from './draft.js';
import { fmt, isChinese, NUMBER, readNumber } from './numerals.js';
import { sourceOf, take, view, type Scan } from './scan.js';
import { unitLikeNear } from './unclear.js';
import { alternation } from './words.js';

const { money: units, currencyMarks } = lexicon.units;
const { wanBelow } = lexicon.bareNumber;
const { maxYuan } = lexicon.limits;
const unitYuan = new Map(units.map((u) => [u.word, u.yuan]));

/**
 * Money as a regex source with groups cur, num, unit, extra (a doubled unit: 500万万).
 * The number may not continue a number or a word (A3, 2.4).
 */
export const MONEY = `(?<cur>${alternation(currencyMarks)})?\\s*(?<![\\d.]|(?<!RM)[A-Za-z])(?<num>${NUMBER})` + `(?:\\s*(?<unit>${alternation(units.map((u) => u.word))}))?(?<extra>[万亿]+)?`;

export interface MoneyGroups {
  cur?: string | undefined;
  num?: string | undefined;
  unit?: string | undefined;
  extra?: string | undefined;
}

export type MoneyRead = { money: Money; note?: string } | { error: string };

/** Round to the fen, so 1.1万 is 11000 and not 11000.000000000002. */
const toFen = (yuan: number): number => Math.round(yuan * 100) / 100;

/** A Chinese numeral that holds its own unit (五百万, 一亿). */
const hasBigUnit = (num: string): boolean => isChinese(num) && /[万亿]/.test(num);

/**
 * Read one amount from its regex groups.
 * @example readMoney('500万', { num: '500', unit: '万' }) // { money: { yuan: 5000000, source: '500万' } }
 * @example readMoney('5000', { num: '5000' }) // yuan 50000000, assumedUnit '万元', with a note
 * @example readMoney('-500万', { num: '-500', unit: '万' }) // { error: '金额“-500万”无效：金额必须大于0' }
 */
export function readMoney(source: string, g: MoneyGroups, what = '金额'): MoneyRead {
  const bad = (why: string): MoneyRead => ({ error: `${what}“${source}”无效：${why}` });
  if (g.extra) return bad('单位重复');
  const n = readNumber(g.num ?? '');
  if (!n.ok) return bad(n.reason);
  if (n.value <= 0) return bad('金额必须大于0');
  if (g.unit) return checked(source, n.value * (unitYuan.get(g.unit) ?? 1), bad);
  if (g.cur || hasBigUnit(g.num ?? '')) return checked(source, n.value, bad);
  if (n.value < wanBelow) {
    const r = checked(source, n.value * 10000, bad);
    return 'money' in r ? { money: { ...r.money, assumedUnit: '万元' }, note: `“${source}”没有单位，按${fmt(n.value)}万元理解` } : r;
  }
  const r = checked(source, n.value, bad);
  return 'money' in r ? { money: { ...r.money, assumedUnit: '元' }, note: `“${source}”没有单位，按${fmt(n.value)}元理解` } : r;
}

function checked(source: string, yuan: number, bad: (why: string) => MoneyRead): MoneyRead {
  if (!Number.isFinite(yuan)) return bad('不是有限的数字');
  if (yuan > maxYuan) return bad(`超过合理范围（${fmt(maxYuan / 1e12)}万亿元）`);
  const fen = toFen(yuan);
  if (fen <= 0) return bad('金额必须大于0');
  return { money: { yuan: fen, source } };
}

/** A number with no unit of its own (no unit word, no currency mark, no 万/亿 inside a Chinese numeral). */
export function isBare(g: MoneyGroups): boolean {
  return !g.unit && !g.cur && !hasBigUnit(g.num ?? '');
}

/** Record a read amount (or its error) in the draft; returns the money if usable. */
export function recordMoney(d: Draft, r: MoneyRead): Money | undefined {
  if ('error' in r) {
    error(d, r.error);
    return undefined;
  }
  if (r.note) note(d, r.note);
  return r.money;
}

/**
 * 五百万一笔: the 一 starts the next word, it is not 五百万一 (五百零一万). A Chinese numeral
 * ending in a digit right after a unit, and followed by another Chinese word, gives the
 * digit back (一万五 alone still reads 15000).
 */
export function trailingWordDigit(g: MoneyGroups, next: string | undefined): boolean {
  const num = g.num ?? '';
  return !g.unit && !g.extra && isChinese(num) && /[万亿千百][一二两三四五六七八九]$/.test(num) && /[\u4e00-\u9fff]/.test(next ?? '');
}

const UNIT_WORDS = alternation(units.map((u) => u.word));
/** Compiled once; matchAll works on a copy. */
const MONEY_ALL = new RegExp(MONEY, 'g');
/** 100-200万, 100到200万: a range is not one amount. */
const RANGE = new RegExp(`(?<![\\d.])(?:${NUMBER})\\s*(?:${UNIT_WORDS})?\\s*(?:-|~|～|—|到|至)\\s*(?:${NUMBER})\\s*(?:${UNIT_WORDS})`, 'g');

function readRanges(s: Scan, d: Draft): void {
  for (const m of view(s).matchAll(RANGE)) {
    take(s, m.index, m.index + m[0].length);
    error(d, `金额“${sourceOf(s, m.index, m.index + m[0].length)}”是一个范围，请给出一个金额`);
  }
}

/** Unlabelled amounts anywhere in the free text; also 万万 with no number. */
export function readAmounts(s: Scan, d: Draft): void {
  readRanges(s, d);
  for (const m of view(s).matchAll(MONEY_ALL)) {
    const g = m.groups as MoneyGroups;
    const num = g.num ?? '';
    // 一, 三 … alone are not amounts (一下, 三家); 五百万 and 五百元 are.
    if (isChinese(num) && !hasBigUnit(num) && !g.unit && !g.cur && !g.extra) continue;
    const start = m.index;
    const end = start + m[0].length - (trailingWordDigit(g, m.input[start + m[0].length]) ? 1 : 0);
    take(s, start, end);
    const groups = end < start + m[0].length ? { ...g, num: num.slice(0, -1) } : g;
    const near = unitLikeNear(m.input, start, end, isBare(groups));
    if (near) {
      take(s, near.start, near.end);
      unclear(d, sourceOf(s, near.start, near.end), 'amount', start);
      continue;
    }
    const money = recordMoney(d, readMoney(sourceOf(s, start, end), groups));
    if (money) addAmount(d, money, start);
  }
  for (const m of view(s).matchAll(/万万/g)) {
    take(s, m.index, m.index + 2);
    error(d, '金额“万万”无效：单位重复，也没有数字');
  }
}
