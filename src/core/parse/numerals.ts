/**
 * Numbers as managers type them: Arabic (with thousands commas, decimals), the
 * JavaScript spellings that must be refused (NaN, Infinity, 1e308), and Chinese
 * numerals 一..九/十/百/千/万/亿 (五百万, 一亿二千万, 一万五).
 */
import { lexicon } from '../tables/lexicon.js';

export type NumberRead = { ok: true; value: number } | { ok: false; reason: string };

const { digits, smallUnits, bigUnits } = lexicon.numerals;
const digitChars = Object.keys(digits).join('');
const allChars = digitChars + '十' + Object.keys(smallUnits).join('') + Object.keys(bigUnits).join('');

/** Arabic number, optionally signed, with thousands commas, decimals or an exponent; or NaN/Infinity. */
export const ARABIC = String.raw`[-+]?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?|[-+]?(?:NaN|nan|Infinity|infinity|∞)`;
/** Chinese numeral; it starts with a digit or 十 (so 千万别 and 万达 are not numbers). */
export const CHINESE = `[${digitChars}十][${allChars}]*`;
/** Chinese numeral without 万/亿, for terms, days, years and counts (五百万一年 is 一年). */
export const SMALL_CHINESE = `[${digitChars}十][${digitChars}${Object.keys(smallUnits).join('')}]*`;
/** Either kind. */
export const NUMBER = `(?:${ARABIC}|${CHINESE})`;
/** Chinese numeral words allowed before a time or percent unit, for term/year/count readers. */
export const NUMBER_OR_HALF = `(?:${ARABIC}|${CHINESE}|半)`;

const bad = (reason: string): NumberRead => ({ ok: false, reason });

/**
 * @example readArabic('5,000,000') // { ok: true, value: 5000000 }
 * @example readArabic('1e308') // { ok: false, reason: '不接受科学计数法' }
 */
export function readArabic(text: string): NumberRead {
  const t = text.trim();
  if (/nan/i.test(t)) return bad('不是数字');
  if (/infinity|∞/i.test(t)) return bad('不是有限的数字');
  if (/e/i.test(t)) return bad('不接受科学计数法，请写成“500万”或“5000000元”');
  const value = Number(t.replace(/,/g, ''));
  if (!Number.isFinite(value)) return bad('不是数字');
  return { ok: true, value };
}

/**
 * @example readChinese('五百万') // { ok: true, value: 5000000 }
 * @example readChinese('一亿二千万') // { ok: true, value: 120000000 }
 * @example readChinese('一万五') // { ok: true, value: 15000 } (colloquial: 一万五千)
 * @example readChinese('五百万万') // { ok: false, reason: '单位重复' }
 */
export function readChinese(text: string): NumberRead {
  let total = 0;
  let section = 0;
  let num: number | undefined;
  let lastUnit = 0;
  let sawAny = false;
  let zeroSinceUnit = false;
  for (const ch of text) {
    const d = digits[ch];
    const small = smallUnits[ch];
    const big = bigUnits[ch];
    if (d !== undefined) {
      if (num !== undefined && num !== 0 && d !== 0) return bad('数字写法无法识别');
      num = d;
      if (d === 0) zeroSinceUnit = true;
      sawAny = true;
    } else if (small !== undefined) {
      if (num === undefined) {
        if (ch !== '十' || section !== 0 || total !== 0 || sawAny) return bad('单位前缺少数字');
        num = 1;
      }
      section += num * small;
      num = undefined;
      lastUnit = small;
      zeroSinceUnit = false;
      sawAny = true;
    } else if (big !== undefined) {
      section += num ?? 0;
      num = undefined;
      if (section === 0) return bad(sawAny ? '单位重复' : '单位前缺少数字');
      if (big > 10000) total = (total + section) * big;
      else total += section * big;
      section = 0;
      lastUnit = big;
      zeroSinceUnit = false;
      sawAny = true;
    } else {
      return bad('数字写法无法识别');
    }
  }
  if (!sawAny) return bad('没有数字');
  // 一万五 = 15000, 三百五 = 350: a trailing digit counts in the unit below the last one
  // unless a 零 stands between them (一百零五 = 105).
  const tail = num === undefined ? 0 : lastUnit >= 10 && !zeroSinceUnit ? (num * lastUnit) / 10 : num;
  return { ok: true, value: total + section + tail };
}

/** Half (半) counts as 0.5 where a unit follows (半年). */
export function readNumber(text: string): NumberRead {
  const t = text.trim();
  if (t === '半') return { ok: true, value: 0.5 };
  if (new RegExp(`^(?:${CHINESE})$`).test(t)) return readChinese(t);
  return readArabic(t);
}

/** True when the text is a Chinese numeral (its unit 万/亿 is inside the number). */
export function isChinese(text: string): boolean {
  return new RegExp(`^(?:${CHINESE})$`).test(text.trim());
}

/** Render a number for a message without float noise: 5000, 1.2, 0.05. */
export function fmt(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}
