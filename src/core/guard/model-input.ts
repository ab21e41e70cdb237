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
/** Text that looks personal: mainland mobile or landline numbers, ID numbers, birthdays, e-mail. */
const PRIVATE_TEXT = [
  /(?<!\d)1[3-9]\d{9}(?!\d)/,
  /(?<!\d)0\d{2,3}[- ]?\d{7,8}(?!\d)/,
  /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/,
  /生日|出生|电话|手机|身份证|微信号/,
  /[\w.+-]+@[\w-]+\.[\w.]+/,
];

/** True when the text holds something personal. */
export function looksPrivate(text: string): boolean {
  return PRIVATE_TEXT.some((rx) => rx.test(text));
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
 * Notes for the visit-report drafter with phone numbers, ID numbers and e-mail addresses blanked.
 * @example redactPrivate('张总 13912345678') // '张总 [已隐去]'
 */
export function redactPrivate(text: string): string {
  let t = text;
  for (const rx of PRIVATE_TEXT) {
    if (rx.source.startsWith('生日')) continue;
    t = t.replace(new RegExp(rx.source, 'g'), '[已隐去]');
  }
  // 生日 3月5日 / 出生于1980年…: the date after the word goes too.
  return t.replace(/(生日|出生(?:日期|于)?)[：:\s是为]*[^，。；,;\n]*/g, '$1[已隐去]');
}
