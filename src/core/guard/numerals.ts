/**
 * Number reading for the figure guard: full-width digits, Arabic numbers with thousands commas,
 * and Chinese numerals (一…十, 百, 千, 万, 亿, 两, 零/〇, 点 decimals, colloquial 一万五).
 *
 * The guard keeps its own reader rather than sharing src/core/parse/numerals.ts: the parser refuses
 * input it cannot read (and says why), the guard must read whatever a model writes and never throw,
 * and it also needs 点 decimals (一点八) and digit strings (二〇二六). Both read the same numerals.
 */

/** Chinese digits (两 = 2, 〇/零 = 0). */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const BIG: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

const D = Object.keys(CN_DIGITS).join('');
/** A Chinese numeral: starts with a digit or 十 (so 千万别, 万一 and 百分之百 are not numbers). */
export const CN_NUMBER = `[${D}十][${D}十百千万亿]*(?:点[${D}]+[万亿]?)?`;
/** An Arabic number: thousands commas or plain digits, optional decimals. */
export const AR_NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

const FULL_WIDTH: Readonly<Record<string, string>> = { '％': '%', '．': '.', '　': ' ', '\u00A0': ' ', '\u2009': ' ', '\u202F': ' ' };

/**
 * The one text normaliser: full-width digits → ASCII, ％ → %, ． → ., odd spaces → space,
 * every dash or tilde → '–'. Both the core's text and the model's go through it.
 * @example normalizeText('９万－１５万元') // '9万–15万元'
 */
export function normalizeText(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[％．　\u00A0\u2009\u202F]/g, (c) => FULL_WIDTH[c] ?? c)
    .replace(/[—―－~～〜−]/g, '–');
}

function readCnInteger(s: string): number | null {
  if (s === '') return 0;
  // A digit string with no units: 二〇二六 = 2026.
  if ([...s].every((c) => c in CN_DIGITS)) return s.length === 1 ? (CN_DIGITS[s] ?? null) : Number([...s].map((c) => CN_DIGITS[c]).join(''));
  let total = 0;
  let section = 0;
  let num: number | undefined;
  let lastUnit = 0;
  let lastBig = 0;
  let zeroSinceUnit = false;
  for (const ch of s) {
    const d = CN_DIGITS[ch];
    const small = SMALL[ch];
    const big = BIG[ch];
    if (d !== undefined) {
      if (d === 0) zeroSinceUnit = true;
      num = d;
    } else if (small !== undefined) {
      section += (num ?? 1) * small;
      num = undefined;
      lastUnit = small;
      zeroSinceUnit = false;
    } else if (big !== undefined) {
      section += num ?? 0;
      num = undefined;
      if (big > lastBig && lastBig !== 0) total = (total + section) * big;
      else total += section * big;
      if (big > lastBig) lastBig = big;
      section = 0;
      lastUnit = big;
      zeroSinceUnit = false;
    } else {
      return null;
    }
  }
  // 一万五 = 15000, 三百五 = 350: a trailing digit counts in the unit below the last one, unless 零 stands between.
  const tail = num === undefined ? 0 : lastUnit >= 10 && !zeroSinceUnit ? (num * lastUnit) / 10 : num;
  return total + section + tail;
}

/**
 * Reads a Chinese numeral; null when it is not one.
 * @example readChineseNumber('一亿二千万') // 120000000
 * @example readChineseNumber('一点八') // 1.8
 * @example readChineseNumber('一万五') // 15000
 */
export function readChineseNumber(s: string): number | null {
  const dot = s.indexOf('点');
  if (dot < 0) return readCnInteger(s);
  const int = readCnInteger(s.slice(0, dot));
  let frac = s.slice(dot + 1);
  let mult = 1;
  const last = frac.at(-1) ?? '';
  if (last in BIG) {
    mult = BIG[last] ?? 1;
    frac = frac.slice(0, -1);
  }
  if (int === null || frac === '' || ![...frac].every((c) => c in CN_DIGITS)) return null;
  return Number(`${int}.${[...frac].map((c) => CN_DIGITS[c]).join('')}`) * mult;
}

/** Reads an Arabic number with optional thousands commas. @example readArabicNumber('90,000') // 90000 */
export function readArabicNumber(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** Reads either kind, or 半 (0.5); null when unreadable. */
export function readAnyNumber(s: string): number | null {
  if (s === '半') return 0.5;
  if (/^[\d,]+(?:\.\d+)?$/.test(s)) {
    const n = readArabicNumber(s);
    return Number.isFinite(n) ? n : null;
  }
  return readChineseNumber(s);
}

/** Canonical number text without float noise. @example canon(0.1 + 0.2) // '0.3' */
export function canon(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}
