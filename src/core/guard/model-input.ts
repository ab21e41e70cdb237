/**
 * What of a Reply may go to the model: its key, its plain text and its vars, minus anything
 * personal. Pure. A reply whose text carries a phone number, an ID number or a birthday is not
 * sent at all (null): the core's wording is used.
 */
import { replyText, type Reply } from '../reply.js';

export interface ModelInput {
  key: string;
  text: string;
  vars: Record<string, string | number | boolean | null>;
}

/** Var names that may hold personal data: never sent. */
const PRIVATE_VAR = /phone|mobile|tel|birth|生日|电话|手机|idcard|idnumber|身份证|email|mail|wechat|微信|address|地址|contact|联系人/i;
/**
 * Text that looks personal, matched on a copy with full-width digits, ＋－＠（） and the
 * ideographic space folded to ASCII (same length, so positions carry over):
 * mobile numbers in any grouping (138 1234 5678, 138-1234-5678, +86 13812345678, (+86)…),
 * landlines with an area code (0551-62345678, (0551) 6234 5678), ID numbers (also spaced or
 * dashed), e-mail addresses (also with ＠ or spaces round @), WeChat ids after 微信/wx/vx, and
 * the words that announce them.
 */
const PRIVATE_TEXT = [
  /(?<![\d.])(?:\(?\+?86\)?[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/g,
  /(?<![\d.])(?:\(0\d{2,3}\)|0\d{2,3})[\s-]?\d{3,4}[\s-]?\d{4}(?!\d)/g,
  /(?<![\dA-Za-z])\d{6}[\s-]?\d{4}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{3}[\dXx](?![\dA-Za-z])/g,
  /[\w.+-]+\s*@\s*[\w-]+(?:\.[\w-]+)+/g,
  /(?<=(?:微信|微信号|wechat|weixin|vx|wx|v信)\s*(?:号|id)?\s*[:：是为]?\s*)[A-Za-z][-_A-Za-z0-9]{5,19}/gi,
];
const PRIVATE_WORDS = /生日|出生|电话|手机|身份证|微信号/;

/** Full-width digits and ＋－＠（） and U+3000 → ASCII, one code unit for one. */
const fold = (t: string): string => t.replace(/[\uFF10-\uFF19\uFF0B\uFF0D\uFF20\uFF08\uFF09]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');

/** True when the text holds something personal. */
export function looksPrivate(text: string): boolean {
  const f = fold(text);
  return PRIVATE_WORDS.test(f) || PRIVATE_TEXT.some((rx) => new RegExp(rx.source, rx.flags.replace('g', '')).test(f));
}

/**
 * @example modelInput(reply('quote.bid_bond', { title: '最高80万元', vars: { maxAmount: 800000, phone: '138…' } }))
 *   // { key: 'quote.bid_bond', text: '最高80万元', vars: { maxAmount: 800000 } }
 */
export function modelInput(r: Reply): ModelInput | null {
  const text = replyText(r);
  if (looksPrivate(text)) return null;
  const vars: ModelInput['vars'] = {};
  for (const [k, v] of Object.entries(r.vars)) {
    if (PRIVATE_VAR.test(k)) continue;
    if (typeof v === 'string' && looksPrivate(v)) continue;
    vars[k] = v;
  }
  return { key: r.key, text, vars };
}

/**
 * Notes for the visit-report drafter with phone numbers, ID numbers, e-mail addresses and
 * WeChat ids blanked, in every format looksPrivate knows.
 * @example redactPrivate('张总 13912345678') // '张总 [已隐去]'
 * @example redactPrivate('手机 +86 139 1234 5678') // '手机 [已隐去]'
 */
export function redactPrivate(text: string): string {
  const f = fold(text);
  const cuts: [number, number][] = [];
  for (const rx of PRIVATE_TEXT) for (const m of f.matchAll(rx)) cuts.push([m.index, m.index + m[0].length]);
  cuts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [from, to] of cuts) {
    if (to <= at) continue;
    out += `${text.slice(at, Math.max(at, from))}[已隐去]`;
    at = to;
  }
  out += text.slice(at);
  // 生日 3月5日 / 出生于1980年…: the date after the word goes too.
  return out.replace(/(生日|出生(?:日期|于)?)[：:\s是为]*[^，。；,;\n]*/g, '$1[已隐去]');
}
