/**
 * The one normalisation of typed text at the edge of the core (issue #11), used by the parser, the
 * router, retrieval and name lookup, so every surface (slash command, DM, @mention, modal, console,
 * CSV cell) reads the same text:
 * - traditional → simplified, by OpenCC's own dictionaries (opencc-js, its traditional → mainland build only; Hong Kong/Taiwan/OpenCC
 *   traditional → mainland): 銀行貸款擔保 → 银行贷款担保, 億 → 亿, 淨資產 → 净资产;
 * - full-width → half-width (５００万 → 500万, ％ → %, ： → :), the ideographic space → space,
 *   ￥ → ¥, the minus sign − → -; the Chinese comma ， is kept (`500，300万` is a list, not 500300);
 * - the financial (大写) numerals 壹贰叁肆伍陆柒捌玖拾佰仟 → 一二三四五六七八九十百千; 陆 and 拾 only
 *   next to another numeral (大陆, 收拾 are words);
 * - a single Arabic digit inside a Chinese numeral → its Chinese digit: 1千5百万 → 一千五百万, 1亿5千万 → 一亿五千万,
 *   1亿5 → 一亿五 (1.5亿), 3千5 → 三千五 (they were read as two amounts and asked); not before a term or count
 *   (1万5年 stays: 1万 and 5年).
 * One UTF-16 unit for one, always: the parser cuts sources from the text as typed at the same
 * offsets. OpenCC's phrase conversion keeps the length for every phrase we have seen; if it ever
 * did not, the text is converted character by character instead.
 * @example normalize('銀行貸款擔保 ５００萬，合肥') // '银行贷款担保 500万，合肥'
 * @example normalize('伍佰万') // '五百万'
 */
import * as OpenCC from 'opencc-js/t2cn';

// opencc-js's types import './core' without an extension, which NodeNext cannot resolve: its type is spelt out here.
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' }) as (text: string) => string;

/** Financial numerals → ordinary ones (1:1). */
const FINANCIAL: Record<string, string> = {
  壹: '一',
  贰: '二',
  貳: '二',
  叁: '三',
  參: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  陸: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
};
/** Also ordinary words: converted only next to another numeral. */
const WORD_TOO = new Set(['陆', '陸', '拾']);
const NUMERAL_NEAR = /[壹贰貳叁參肆伍陆陸柒捌玖拾佰仟零〇一二两三四五六七八九十百千万亿萬億\d]/;

function halfWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e && c !== 0xff0c) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else if (c === 0xffe5) out += '¥';
    else if (c === 0x2212) out += '-';
    else out += text[i];
  }
  return out;
}

function simplified(text: string): string {
  const whole = toSimplified(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const one = toSimplified(ch);
    out += one.length === ch.length ? one : ch;
  }
  return out;
}

function financialNumerals(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    const plain = FINANCIAL[ch];
    const near = NUMERAL_NEAR.test(text[i - 1] ?? '') || NUMERAL_NEAR.test(text[i + 1] ?? '');
    out += plain !== undefined && (near || !WORD_TOO.has(ch)) ? plain : ch;
  }
  return out;
}

const UNIT = /[十百千万亿]/;
/** What may follow a number's last digit inside it: the end, a space or punctuation, another unit. */
const NUMBER_END = /^$|[\s,，。.;；:：!！?？、)）]|[十百千万亿元块]/u;
const CHINESE_DIGIT = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1千5百万 → 一千五百万: a lone Arabic digit before a unit with another digit after it, or after a unit that follows a digit (1亿5). */
function mixedNumerals(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] ?? '';
    const prev = text[i - 1] ?? '';
    const next = text[i + 1] ?? '';
    const lone = /\d/.test(ch) && !/[\d.,]/.test(prev) && !/[\d.,]/.test(next);
    // Only inside a numeral of two digits or more, one Arabic: 1千5百万, 1亿5, 5万5千 — never 9千 or 5百万 alone (read as they are).
    const beforeUnit = UNIT.test(next) && /\d/.test(text[i + 2] ?? '');
    const afterUnit = UNIT.test(prev) && /[\d零〇一二两三四五六七八九]/.test(text[i - 2] ?? '') && NUMBER_END.test(next);
    out += lone && (beforeUnit || afterUnit) ? CHINESE_DIGIT[Number(ch)]! : ch;
  }
  return out;
}

/** Typed text → the one normal form (same length, offset for offset). */
export function normalize(text: string): string {
  return mixedNumerals(financialNumerals(simplified(halfWidth(text))));
}
