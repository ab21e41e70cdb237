/**
 * Corrections typed or spoken in one message (voice input above all): 期限不是一年是两年, 费率万五 哦不对是万六,
 * 原来计划一年 现在改成半年, 负债率不是75 是57. The replaced value and the correcting words are cut before the readers
 * run, so the corrected value is read in its place (with its label and period) and the reply says what was corrected.
 * Before, both values were read and the figure asked, or a 不是 left over (docs/parsing.md).
 */
import { normalize } from './normalize.js';

const CN = '零〇一二两三四五六七八九十百千万亿半';
/** One value: a rate word (万五, 千分之一), a number with its unit (两年, 30%, 1200万, 57), never a whole phrase. */
const V = `(?:万[一二三四五六七八九]|[千百万]分之[${CN}\\d.]+|(?:[\\d.]+|[${CN}]+)\\s*(?:%|个点|成|个?月|年|天|日|周|万元|万|亿元|亿|元)?)`;

const PATTERNS: RegExp[] = [
  // 不是一年是两年, 不是20%而是30%, 不是75 是57
  new RegExp(`(?<c1>不是)\\s*(?<old>${V})\\s*(?<c2>[,，]?\\s*(?:而是|是|应该是))\\s*(?=${V})`, 'gu'),
  // 万五 哦不对是万六, 一年 不对 两年, 500万 说错了 是600万
  new RegExp(
    `(?<old>${V})(?<mid>[^\\s,，。;；]{0,3}?)(?<c2>\\s*[,，]?\\s*(?:哦|噢|呃|额|啊)?\\s*[,，]?\\s*(?:不对|说错了|打错了|搞错了|错了|口误)\\s*[,，]?\\s*(?:是|应该是|应为)?)\\s*(?=${V})`,
    'gu',
  ),
  // 原来计划一年 现在改成半年, 本来说三个月 后来改为两个月
  new RegExp(
    `(?<c1>(?:原来|本来|之前|原先)(?:计划|打算|说|定的?|是|要)?)\\s*(?<old>${V})(?<mid>[^\\s,，。;；]{0,2}?)(?<c2>\\s*[,，]?\\s*(?:现在|后来|又|然后)?\\s*(?:改成|改为|变成|换成|调成|调整为|改到)了?)\\s*(?=${V})`,
    'gu',
  ),
];

const NEXT = new RegExp(`^\\s*${V}`, 'u');
/** 1000万 半年 不是一年, 负债率65% 不是75%: a value denied right after one of its kind is cut; the one before stands. */
const DENIED_AFTER = new RegExp(`(?<prev>${V})(?<c1>\\s*[,，]?\\s*(?:而不是|并不是|不是))\\s*(?<old>${V})(?!\\s*[,，]?\\s*(?:而是|是|应该是))`, 'gu');

/** What a value is by its unit: money, share, term, rate, or a bare number (which may stand for any). */
function kindOf(v: string): string {
  const t = v.trim();
  if (/^[万千百]|分之/u.test(t)) return 'rate';
  if (/(?:%|个点|成)$/u.test(t)) return 'share';
  if (/(?:月|年|天|日|周)$/u.test(t)) return 'term';
  if (/(?:万元|万|亿元|亿|元)$/u.test(t)) return 'money';
  return 'bare';
}

function sameKind(a: string, b: string): boolean {
  const [x, y] = [kindOf(a), kindOf(b)];
  return x === y || x === 'bare' || y === 'bare';
}

export interface Corrected {
  /** The text with each replaced value and its correcting words cut out. */
  text: string;
  /** Each correction as typed, with the value kept: “不是一年是两年”：按更正后的“两年”. */
  corrections: string[];
}

/**
 * @example applyCorrections('贷款担保 肥东 六百万 期限不是一年是两年').text // '贷款担保 肥东 六百万 期限两年'
 * @example applyCorrections('民间借贷 200万 20天 费率万五每天 哦不对是万六').text // '民间借贷 200万 20天 费率每天万六'
 */
export function applyCorrections(text: string): Corrected {
  const n = normalize(text);
  const cuts: Array<[number, number]> = [];
  const corrections: string[] = [];
  for (const re of PATTERNS) {
    for (const m of n.matchAll(re)) {
      const g = m.groups ?? {};
      const start = m.index;
      const oldStart = n.indexOf(g.old ?? '', start + (g.c1 ?? '').length);
      const oldEnd = oldStart + (g.old ?? '').length;
      const c2Start = oldEnd + (g.mid ?? '').length;
      const end = start + m[0].length;
      const next = NEXT.exec(n.slice(end))?.[0] ?? '';
      // 500万 错了 是一年 corrects nothing: a value is replaced only by one of its kind (or a bare number).
      if (cuts.some(([a, b]) => a < end && b > start) || !sameKind(g.old ?? '', next)) continue;
      if (g.c1) cuts.push([start, oldStart]);
      cuts.push([oldStart, oldEnd], [c2Start, end]);
      corrections.push(`“${text.slice(start, end + next.length).trim()}”：按更正后的“${text.slice(end, end + next.length).trim()}”`);
    }
  }
  for (const m of n.matchAll(DENIED_AFTER)) {
    const g = m.groups ?? {};
    const start = m.index + (g.prev ?? '').length;
    const end = m.index + m[0].length;
    if (cuts.some(([a, b]) => a < end && b > start) || !(g.prev ?? '').trim() || kindOf(g.prev ?? '') === 'bare' || !sameKind(g.prev ?? '', g.old ?? '')) continue;
    cuts.push([start, end]);
    corrections.push(`“${text.slice(m.index, end).trim()}”：按“${text.slice(m.index, start).trim()}”`);
  }
  if (cuts.length === 0) return { text, corrections };
  cuts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [a, b] of cuts) {
    out += text.slice(at, a);
    at = Math.max(at, b);
  }
  return { text: out + text.slice(at), corrections };
}
