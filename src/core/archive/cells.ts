/**
 * Reading one spreadsheet cell of the client archive (CSV import). Pure; each reader returns
 * a value or a reason in Chinese, never throws. Money goes through core/parse (readMoney), so
 * a cell reads like the same words typed in Slack.
 */
import { readMoney, MONEY, type MoneyGroups } from '../parse/amounts.js';
import { normalize } from '../parse/normalize.js';
import { readNumber } from '../parse/numerals.js';
import { products } from '../tables/products.js';
import type { ProductId } from '../types.js';
import { classIds, relationshipTypes, stages, type Anniversary, type ClientClass, type RelationshipType, type Stage } from './model.js';

export type Cell<T> = { ok: true; value: T; note?: string } | { ok: false; reason: string };
const ok = <T>(value: T, note?: string): Cell<T> => (note ? { ok: true, value, note } : { ok: true, value });
const bad = <T>(reason: string): Cell<T> => ({ ok: false, reason });

/** The unit a column header names: 净资产(万元) → 10000. */
export type HeaderUnit = 1 | 10_000 | 100_000_000;

const MONEY_CELL = new RegExp(`^\\s*${MONEY}\\s*$`);

/**
 * Money in 元. A unit in the cell wins; else the header's unit; else the bare-number reading of
 * core/parse (below 100000 → 万元, from 100000 → 元), with a note. `signed` allows 0 and
 * negatives (net assets, profit).
 * @example readMoneyCell('1200万', null) // { ok: true, value: 12000000 }
 * @example readMoneyCell('1,200', 10000) // { ok: true, value: 12000000 }
 * @example readMoneyCell('1200', null) // value 12000000, note '“1200”没有单位，按1200万元理解'
 */
export function readMoneyCell(text: string, headerUnit: HeaderUnit | null, signed = false): Cell<number> {
  let t = normalize(text).trim();
  let sign = 1;
  if (signed && /^-/.test(t)) {
    sign = -1;
    t = t.slice(1).trim();
  }
  if (signed && /^0+(?:\.0+)?(?:\s*(?:万元|万|元|亿元|亿))?$/.test(t)) return ok(0);
  const m = MONEY_CELL.exec(t);
  if (!m) return bad(`金额“${text}”无法识别`);
  const g = m.groups as MoneyGroups;
  if (!g.unit && !g.cur && headerUnit !== null && !g.extra) {
    const n = readNumber(g.num ?? '');
    if (!n.ok) return bad(`金额“${text}”无效：${n.reason}`);
    if (!(n.value > 0)) return bad(`金额“${text}”无效：金额必须大于0`);
    return ok((sign * Math.round(n.value * headerUnit * 100)) / 100);
  }
  const r = readMoney(text.trim(), g);
  if ('error' in r) return bad(r.error);
  return ok(sign * r.money.yuan, r.note);
}

/**
 * 资产负债率 in percent: `60%`, `60`, or a fraction `0.6`.
 * @example readPercentCell('0.6') // { ok: true, value: 60 }
 */
export function readPercentCell(text: string): Cell<number> {
  const t = normalize(text).trim().replace(/％/g, '%');
  const m = /^(\d+(?:\.\d+)?)\s*(%)?$/.exec(t);
  if (!m) return bad(`比率“${text}”无法识别，请写成60%`);
  const v = Number(m[1]);
  if (!m[2] && v < 1 && m[1]!.includes('.')) return ok(Math.round(v * 10000) / 100, `“${text}”按${Math.round(v * 10000) / 100}%理解`);
  if (v > 1000) return bad(`比率“${text}”超过合理范围`);
  return ok(v);
}

/** A count or a number of years: `5`, `5年`, `120人`. */
export function readCountCell(text: string, unit: '年' | '人'): Cell<number> {
  const t = normalize(text).trim();
  const m = new RegExp(`^(\\d+(?:\\.\\d+)?)\\s*(?:${unit}|${unit === '年' ? '年以上' : '名'})?$`).exec(t);
  if (!m) return bad(`“${text}”无法识别，请写数字`);
  const v = Number(m[1]);
  if (unit === '人' && !Number.isInteger(v)) return bad(`人数“${text}”应为整数`);
  if (unit === '年' && v > 500) return bad(`经营年限“${text}”超过合理范围`);
  return ok(v);
}

const pad = (n: number): string => String(n).padStart(2, '0');

function realDate(y: number, m: number, d: number): boolean {
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1]!;
}

const FULL_DATE = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/;
const YEARLESS = /^(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/;

/**
 * A calendar date → `YYYY-MM-DD`: `2025-03-01`, `2025/3/1`, `2025.3.1`, `2025年3月1日`.
 * @example readDateCell('2025/3/1') // { ok: true, value: '2025-03-01' }
 */
export function readDateCell(text: string): Cell<string> {
  const t = normalize(text).trim();
  const m = FULL_DATE.exec(t);
  if (!m) {
    return YEARLESS.test(t) ? bad(`日期“${text}”缺少年份（只有生日和纪念日可以不写年份）`) : bad(`日期“${text}”无法识别，请写成2025-03-01`);
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!realDate(y, mo, d)) return bad(`日期“${text}”不存在`);
  return ok(`${y}-${pad(mo)}-${pad(d)}`);
}

/**
 * A birthday or anniversary: a full date, or one without a year → `MM-DD` (`3月1日`, `03-01`, `3/1`).
 * @example readYearlyDateCell('5月12日') // { ok: true, value: '05-12' }
 */
export function readYearlyDateCell(text: string): Cell<string> {
  const t = normalize(text).trim();
  const m = YEARLESS.exec(t);
  if (!m) return readDateCell(text);
  const [mo, d] = [Number(m[1]), Number(m[2])];
  if (!realDate(2000, mo, d)) return bad(`日期“${text}”不存在`);
  return ok(`${pad(mo)}-${pad(d)}`);
}

/**
 * Anniversaries: `label:date`, several separated by ；/;/、 (成立日:2010-05-01；结婚纪念日:6月18日).
 * A date without a label is called 纪念日.
 */
export function readAnniversariesCell(text: string): Cell<Anniversary[]> {
  const out: Anniversary[] = [];
  for (const part of normalize(text)
    .split(/[;；、\n]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(?:(.+?)\s*[:：]\s*)?([^:：]+)$/.exec(part);
    const date = readYearlyDateCell(m?.[2] ?? part);
    if (!m || !date.ok) return bad(`纪念日“${part}”无法识别，请写成“成立日:2010-05-01”`);
    out.push({ label: m[1]?.trim() || '纪念日', date: date.value });
  }
  return ok(out);
}

const stageWords = new Map<string, Stage>(
  stages.flatMap((s) => [
    [s, s],
    [s.slice(0, 2), s],
  ]),
);
for (const [w, s] of [
  ['exploration', '考察期'],
  ['formation', '形成期'],
  ['stable', '稳定期'],
  ['stability', '稳定期'],
  ['decline', '退化期'],
] as const)
  stageWords.set(w, s);

/** 15.3.2.5 life stage: 考察期 / 考察 / exploration … */
export function readStageCell(text: string): Cell<Stage> {
  const s = stageWords.get(normalize(text).trim().toLowerCase());
  return s ? ok(s) : bad(`生命周期“${text}”应为${stages.join('、')}之一`);
}

/** 15.3.2.1 relationship type: 伙伴型 / 伙伴. */
export function readRelationshipCell(text: string): Cell<RelationshipType> {
  const t = normalize(text).trim();
  const r = relationshipTypes.find((x) => x === t || x.slice(0, 2) === t);
  return r ? ok(r) : bad(`关系类型“${text}”应为${relationshipTypes.join('、')}之一`);
}

/** 2.3 class: A / A类 / a. */
export function readClassCell(text: string): Cell<ClientClass> {
  const t = normalize(text).trim().toUpperCase().replace(/类$/, '');
  const c = classIds.find((x) => x === t);
  return c ? ok(c) : bad(`类别“${text}”应为A、B、C、D之一`);
}

const squash = (s: string): string =>
  normalize(s)
    .toLowerCase()
    .replace(/[\s()（）]/g, '');
const productByWord = new Map<string, ProductId>();
for (const p of products) for (const w of [p.id, p.name, ...p.aliases]) productByWord.set(squash(w), p.id);

/**
 * A product: its id, name or an alias → the product id; other words are kept as written.
 * @example readProductCell('投标保函') // { ok: true, value: 'bid_bond' }
 * @example readProductCell('诉讼保全担保') // { ok: true, value: '诉讼保全担保' }
 */
export function readProductCell(text: string): Cell<string> {
  const t = text.trim();
  return ok(productByWord.get(squash(t)) ?? t);
}

/** The product's display name for a product id, else the text itself. */
export function productLabel(product: string): string {
  return products.find((p) => p.id === product)?.name ?? product;
}

/** A Slack user id (U…/W…), as the owner column must hold. */
export function readOwnerCell(text: string): Cell<string> {
  const t = normalize(text).trim();
  return /^[UW][A-Z0-9_]{2,}$/.test(t) ? ok(t) : bad(`客户经理“${text}”应为Slack用户ID（如U012ABCDEF），不是姓名`);
}

/** A phone number as written; refuses Excel's 1.38E+10. */
export function readPhoneCell(text: string): Cell<string> {
  const t = normalize(text).trim();
  if (/e\+?\d/i.test(t)) return bad(`电话“${text}”被表格软件写成了科学计数法，请把该列设为文本`);
  return /^[\d\-+ ()]{3,40}$/.test(t) ? ok(t) : bad(`电话“${text}”无法识别`);
}

/** What makes a spreadsheet read a cell as a formula (CWE-1236), half- and full-width, and tab / CR. */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
/** Plain numbers (a negative profit `-350`, `-12.5%`) are data, not formulas: left as they are. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?%?$/;

/**
 * Export: a cell a spreadsheet would run as a formula gets a leading `'` (shown as text).
 * @example guardFormula('=HYPERLINK("http://x","点我")') // "'=HYPERLINK(\"http://x\",\"点我\")"
 * @example guardFormula('+86 138 0000 0000') // "'+86 138 0000 0000"
 * @example guardFormula('-350') // '-350'
 */
export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/**
 * Import: the `'` guardFormula added is taken off again, so an export imports back unchanged.
 * A `'` before anything else is the cell's own text and stays.
 * @example unguardFormula("'=SUM(A1)") // '=SUM(A1)'
 * @example unguardFormula("'张总") // "'张总"
 */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
