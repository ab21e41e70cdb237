/**
 * The one number reader of the core, used by the parser (what managers type) and by the figure
 * guard (what a model writes): Arabic (thousands commas, decimals; NaN, Infinity and 1e308 are
 * refused) and Chinese numerals 零/〇 一..九 两 十 百 千 万 亿, 点 decimals (一点八), colloquial
 * tails (一万五 = 15000) and digit strings (二〇二六 = 2026).
 *
 * What is refused (the parser asks again; the guard counts the text as a figure it cannot match,
 * so a model writing it fails the check) — docs/parsing.md "Chinese numerals":
 * - a unit with no digit before it, or the same big unit twice: 万, 百, 五百万万, 一亿亿;
 * - two digits side by side without a unit, which managers write for an approximate range
 *   (三五年 = three to five years, 一两个月): never read as 35 or 12. A run of three or more digits,
 *   or of two with 〇/零, is read digit by digit (二〇二六 = 2026, 一〇 = 10).
 * A bigger unit after a smaller one multiplies what stands before it: 一万亿 = 10^12.
 */
import { lexicon } from '../tables/lexicon.js';

export type NumberRead = { ok: true; value: number } | { ok: false; reason: string };

const { digits, smallUnits, bigUnits } = lexicon.numerals;
const digitChars = Object.keys(digits).join('');
const allChars = digitChars + '十' + Object.keys(smallUnits).join('') + Object.keys(bigUnits).join('');

/** Arabic number, optionally signed, with thousands commas, decimals or an exponent; or NaN/Infinity. */
export const ARABIC = String.raw`[-+]?(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?|[-+]?(?:NaN|nan|Infinity|infinity|∞)`;
/** Arabic number as a model writes one in a sentence: unsigned, thousands commas or plain digits, optional decimals. */
export const PLAIN_ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** Chinese numeral; it starts with a digit or 十 (so 千万别 and 万达 are not numbers). */
export const CHINESE = `[${digitChars}十][${allChars}]*`;
/** A Chinese numeral with an optional 点 decimal part (一点八, 一点五万), as the guard reads model text. */
export const CHINESE_DECIMAL = `${CHINESE}(?:点[${digitChars}]+[${Object.keys(bigUnits).join('')}]?)?`;
/** Chinese numeral without 万/亿, for terms, days, years and counts (五百万一年 is 一年). */
export const SMALL_CHINESE = `[${digitChars}十][${digitChars}${Object.keys(smallUnits).join('')}]*`;
/** Either kind (a Chinese one with its 点 decimals: 一点五万 is 15000, never 五万). */
export const NUMBER = `(?:${ARABIC}|${CHINESE_DECIMAL})`;

const bad = (reason: string): NumberRead => ({ ok: false, reason });
const APPROXIMATE = '两个数字连写是约数（如“三五年”），请写出确切数字';

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

/** A run of digits without units: 二〇二六 → 2026; two digits without 〇/零 are an approximate range. */
function readDigitString(chars: string[]): NumberRead {
  if (chars.length === 2 && !chars.some((c) => digits[c] === 0)) return bad(APPROXIMATE);
  return { ok: true, value: Number(chars.map((c) => digits[c]).join('')) };
}

function readChineseInteger(text: string): NumberRead {
  const chars = [...text];
  if (chars.length > 1 && chars.every((c) => digits[c] !== undefined)) return readDigitString(chars);
  let total = 0;
  let section = 0;
  let num: number | undefined;
  let lastUnit = 0;
  let lastBig = 0;
  let sawAny = false;
  let zeroSinceUnit = false;
  for (const ch of chars) {
    const d = digits[ch];
    const small = smallUnits[ch];
    const big = bigUnits[ch];
    if (d !== undefined) {
      if (num !== undefined && num !== 0 && d !== 0) return bad(APPROXIMATE);
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
      const grows = big > lastBig && lastBig !== 0; // 一万亿: 亿 multiplies the 一万 before it
      if (section === 0 && !grows) return bad(sawAny ? '单位重复' : '单位前缺少数字');
      if (grows) total = (total + section) * big;
      else total += section * big;
      lastBig = Math.max(lastBig, big);
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

/**
 * @example readChinese('五百万') // { ok: true, value: 5000000 }
 * @example readChinese('一亿二千万') // { ok: true, value: 120000000 }
 * @example readChinese('一万五') // { ok: true, value: 15000 } (colloquial: 一万五千)
 * @example readChinese('一万亿') // { ok: true, value: 1000000000000 }
 * @example readChinese('二〇二六') // { ok: true, value: 2026 }
 * @example readChinese('一点五万') // { ok: true, value: 15000 }
 * @example readChinese('五百万万') // { ok: false, reason: '单位重复' }
 * @example readChinese('三五') // { ok: false, reason: '两个数字连写是约数…' }
 */
export function readChinese(text: string): NumberRead {
  const dot = text.indexOf('点');
  if (dot < 0) return readChineseInteger(text);
  const int = readChineseInteger(text.slice(0, dot));
  let frac = [...text.slice(dot + 1)];
  const mult = bigUnits[frac.at(-1) ?? ''] ?? 1;
  if (mult !== 1) frac = frac.slice(0, -1);
  if (!int.ok) return int;
  if (frac.length === 0 || frac.some((c) => digits[c] === undefined)) return bad('数字写法无法识别');
  return { ok: true, value: Number(`${int.value}.${frac.map((c) => digits[c]).join('')}`) * mult };
}

const WHOLE_CHINESE = new RegExp(`^(?:${CHINESE_DECIMAL})$`);

/**
 * Any number as written: 半 (0.5, where a unit follows: 半年), a Chinese numeral, or Arabic.
 * @example readNumber('5,000') // { ok: true, value: 5000 }
 * @example readNumber('一点八') // { ok: true, value: 1.8 }
 */
export function readNumber(text: string): NumberRead {
  const t = text.trim();
  if (t === '半') return { ok: true, value: 0.5 };
  return WHOLE_CHINESE.test(t) ? readChinese(t) : readArabic(t);
}

/** True when the text is a Chinese numeral (its unit 万/亿 is inside the number). */
export function isChinese(text: string): boolean {
  return WHOLE_CHINESE.test(text.trim());
}

/** A number as text without float noise, for messages and for comparing figures. @example fmt(0.1 + 0.2) // '0.3' */
export function fmt(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}
