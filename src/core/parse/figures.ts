/**
 * Labelled figures: 净资产1200万, 净资产：1200万元, 资产负债率60%, 经营5年, 员工80人.
 * A label with no value after it is not read (it stays in `unused`).
 * Labels are in data/lexicon.json (figures), longest first: 净资产 and 资产负债率 win over 资产.
 */
import { lexicon, type FigureRow } from '../tables/lexicon.js';
import type { FigureBound, LabelledFigures } from '../types.js';
import { isBare, MONEY, readMoney, recordMoney, trailingWordDigit, type MoneyGroups } from './amounts.js';
import { ambiguous, error, note, setBound, setFigure, unclear, type Draft } from './draft.js';
import { ARABIC, fmt, NUMBER, readNumber, SMALL_CHINESE } from './numerals.js';

const SMALL = `(?:${ARABIC}|${SMALL_CHINESE})`;
/** A character that continues a number: a percentage is never a number cut short. */
const NUMBER_CHAR = `[\\d.${'零〇一二两三四五六七八九十百千'}]`;
import { sourceOf, take, view, type Scan } from './scan.js';
import { unitLikeNear } from './unclear.js';
import { alternation, findWords, saysPlainly } from './words.js';

const { filler, below, atMost, above, atLeast } = lexicon.figureBounds;
/** Which way a bound word points (data/lexicon.json figureBounds). */
const boundKind = new Map<string, 'below' | 'atMost' | 'above' | 'atLeast'>([
  ...below.map((w) => [w, 'below'] as const),
  ...atMost.map((w) => [w, 'atMost'] as const),
  ...above.map((w) => [w, 'above'] as const),
  ...atLeast.map((w) => [w, 'atLeast'] as const),
]);
/** Between a label and its value: the time it is for (销售去年只有九百来万, 负债率现在是75%: read as a fee rate before), 为/是/约…, a filler (销售收入才2000万) or a bound word (不到3000万: group `bound`). */
const SEP = String.raw`(?<sep>\s*(?:[:=]\s*)?(?:去年|今年|上年|前年|全年|本年|上一年|现在|目前|当前|眼下)?\s*(?:大约|大概|差不多)?\s*(?:(?<bound>${alternation([...boundKind.keys()])})|${alternation(filler)})?\s*(?:为|是|约|有|达|共|在|按)?\s*)`;

const valuePattern: Record<FigureRow['kind'], string> = {
  money: MONEY,
  // 成 is tenths (七成 = 70%), but not the 成 of 成立 (负债率六十八 成立2019年 was read as 60%, 八 left over): the number is
  // read whole (no backing off to a shorter one) and a 成 starting 成立 is the next label's.
  percent: `(?:百分之(?<pnum>${NUMBER})|(?<![\\d.])(?<cheng>${SMALL})成(?!立)(?<tenth>[一二三四五六七八九半])?|(?<![\\d.])(?<num>${NUMBER})(?!${NUMBER_CHAR})(?!\\s*成(?!立))\\s*(?<sign>%)?)`,
  years: `(?:(?<![\\d.])(?<num>${SMALL}|半)\\s*个?\\s*(?:周年|年)(?<half>半)?(?:零?(?<months>${SMALL})个?月)?|(?<![\\d.])(?<onlyMonths>${SMALL})\\s*个\\s*月)(?:以上|多)?`,
  count: `(?<![\\d.])(?<num>${SMALL})\\s*(?:人|名)?(?:以上|左右|多)?`,
};

const valueRe: Record<FigureRow['kind'], RegExp> = {
  money: new RegExp(SEP + valuePattern.money, 'y'),
  percent: new RegExp(SEP + valuePattern.percent, 'y'),
  years: new RegExp(SEP + valuePattern.years, 'y'),
  count: new RegExp(SEP + valuePattern.count, 'y'),
};

const rowByLabel = new Map<string, FigureRow>(lexicon.figures.flatMap((r) => r.labels.map((l) => [l, r] as const)));
/** 亏损300万, 负利润100万: the figure is given as a loss (2.3 利润 below zero). */
const lossLabels = new Set(lexicon.figures.flatMap((r) => r.lossLabels ?? []));
for (const r of lexicon.figures) for (const l of r.lossLabels ?? []) rowByLabel.set(l, r);
/** 利润总额: used only when no other label gives the figure (2.3 利润 is net profit). */
const weakLabels = new Set(lexicon.figures.flatMap((r) => r.weakLabels ?? []));
for (const r of lexicon.figures) for (const l of r.weakLabels ?? []) rowByLabel.set(l, r);
/** 利息收入, 毛利润, 利润率: another measure; matched first (longest label) so 收入/利润 are not read inside. */
const notFigures = new Set(lexicon.notFigures.words);
const LABELS = new RegExp(alternation([...rowByLabel.keys(), ...notFigures]), 'g');
const { annualise, ask: askPeriods } = lexicon.figurePeriods;
const ANNUALISE = new RegExp(`(?:${alternation(Object.keys(annualise))})的?$`);
const SHORT_PERIOD = new RegExp(`(?:${alternation(askPeriods)})的?$`);

/** The period written right before a per-year label (月均销售额, 上半年营收): its ×factor, 'ask', or none. */
function periodBefore(text: string, start: number, label: string): { word: string; factor: number | 'ask' } | null {
  // 上半年营收: the label 年营收 starts inside 上半年.
  const before = text.slice(Math.max(0, start - 5), start + (label.startsWith('年') ? 1 : 0));
  const a = ANNUALISE.exec(before);
  if (a) return { word: a[0], factor: annualise[a[0].replace(/的$/, '')] ?? 1 };
  const p = SHORT_PERIOD.exec(before);
  return p ? { word: p[0], factor: 'ask' } : null;
}

/** A value written as a percent (利润率5%), tried before money so 5% is not read as 5万. */
const PERCENT_STRICT = new RegExp(`${SEP}(?:百分之${NUMBER}|(?<![\\d.])${NUMBER}\\s*%)`, 'y');

/** A label of another measure: it and its value are taken and not used, with a note. */
function skipNotFigure(s: Scan, d: Draft, text: string, start: number, label: string): void {
  let end = start + label.length;
  for (const re of [PERCENT_STRICT, valueRe.money]) {
    re.lastIndex = end;
    const v = re.exec(text);
    if (v && !s.used.slice(start, v.index + v[0].length).some(Boolean)) {
      end = v.index + v[0].length;
      break;
    }
  }
  take(s, start, end);
  note(d, `“${sourceOf(s, start, end)}”不是2.3所说的销售收入或利润（净利润），未使用`);
}

/** A percentage after a money label (预付30%, 预付款三成, 净资产30%). */
/** A percentage written out (30%, 30个点, 百分之三十, 三成, 两成半): a share, never a bare number. */
const SHARE_VALUE = `(?:百分之(?<pnum>${NUMBER})|(?<![\\d.])(?<num>${NUMBER})\\s*(?:%|个点)|(?<![\\d.])(?<cheng>${SMALL})成(?<tenth>[一二三四五六七八九半])?)`;
const SHARE = new RegExp(`(?:比例|占比|比重)?${SEP}${SHARE_VALUE}`, 'y');

/**
 * A money label followed by a percentage is no amount (预付款30% was read as 30万: the bond 30× too small). 1.5's
 * 预付款 as a share of the contract is kept (advanceShare: the rule multiplies it by 合同价款); any other is said and
 * not used. True when the label was taken.
 */
function readShare(s: Scan, d: Draft, text: string, start: number, label: string, row: FigureRow): boolean {
  SHARE.lastIndex = start + label.length;
  const v = SHARE.exec(text);
  if (!v) return false;
  let end = v.index + v[0].length;
  if (s.used.slice(start, end).some(Boolean)) return false;
  // 预付款比例10%-20%: a range is no share (it was read as 10% and -20% reported as an invalid rate): asked.
  const range = RANGE_TAIL.exec(text.slice(end));
  if (range) {
    end += range[0].length;
    take(s, start, end);
    error(d, `“${sourceOf(s, start, end)}”是一个范围，请给出实际的比例或金额`);
    return true;
  }
  take(s, start, end);
  const source = sourceOf(s, start, end);
  const valueSource = sourceOf(s, v.index + (v.groups?.sep ?? '').length, end);
  if (row.key === 'advancePayment') recordShare(d, 'advanceShare', '预付款', source, valueSource, v.groups ?? {});
  // 1.9 自筹比例40%, 自己出四成: own funds as a share of the project's total investment.
  else if (row.key === 'ownFunds') recordShare(d, 'ownFundsShare', '自筹资金', source, valueSource, v.groups ?? {});
  else error(d, `“${source}”是百分比，不是金额，没有使用`);
  return true;
}

/** The rest of a range after its first value (10%-20%, 六成到七成). */
const RANGE_TAIL = new RegExp(`^\\s*(?:-|~|～|—|到|至)\\s*(?:百分之)?${NUMBER}\\s*(?:%|成|个点)?`, 'u');

/**
 * A share of a whole the rule knows, read once; an invalid share is said: 1.5's advance of the contract (预付款30%,
 * 百分之十五的预付款), 1.9's own funds of the total investment (自筹比例40%).
 */
function recordShare(d: Draft, key: 'advanceShare' | 'ownFundsShare', label: string, source: string, valueSource: string, g: Record<string, string | undefined>): void {
  const r = readPercent(d, label, valueSource, { ...g, sign: '%' });
  if (!('value' in r)) error(d, r.error);
  else d.out[key] ??= { percent: r.value, source };
}

/** 合同价一千万还是一千二百万: a second amount offered as an alternative (还是, 或者 …). */
const OR_ELSE = new RegExp(`\\s*(?:还是说|还是|或者是|或者|或是|要么|或)\\s*${MONEY}`, 'y');

/** A money figure followed by an alternative amount is not known: both are kept and the figure is asked (never the first taken). */
function orElse(s: Scan, d: Draft, text: string, end: number, key: keyof LabelledFigures, source: string): void {
  OR_ELSE.lastIndex = end;
  const m = OR_ELSE.exec(text);
  if (!m || s.used.slice(end, m.index + m[0].length).some(Boolean)) return;
  take(s, end, m.index + m[0].length);
  const num = m.groups?.num ?? '';
  ambiguous(d, key, [source, sourceOf(s, m.index + m[0].indexOf(num), m.index + m[0].length)]);
}

/** Limits on non-money figures: [min exclusive, max inclusive, integer]. */
const ranges: Record<'percent' | 'years' | 'count', { min: number; max: number; integer: boolean; why: string }> = {
  percent: { min: -Infinity, max: 100, integer: false, why: '应在0%到100%之间' },
  years: { min: 0, max: 200, integer: false, why: '年数应大于0且不超过200' },
  count: { min: 0, max: 10_000_000, integer: true, why: '人数应是正整数' },
};

type Value = { value: number } | { error: string };

export function readNonMoney(kind: 'percent' | 'years' | 'count', what: string, source: string, num: string): Value {
  const n = readNumber(num);
  const r = ranges[kind];
  if (!n.ok) return { error: `${what}“${source}”无效：${n.reason}` };
  const bad = (kind === 'percent' && n.value < 0) || n.value <= r.min || n.value > r.max;
  if (bad || (r.integer && !Number.isInteger(n.value))) return { error: `${what}“${source}”无效：${r.why}` };
  return { value: n.value };
}

/**
 * A money figure; a signed one (利润) may be written below zero (利润-300万) or as a loss (亏损300万).
 * @example 利润-300万 → −3000000; 亏损300万 → −3000000; 亏损-300万 → −3000000 (a loss either way)
 */
function readMoneyFigure(d: Draft, row: FigureRow, what: string, source: string, g: MoneyGroups, loss: boolean): Value {
  const num = g.num ?? '';
  const negative = row.signed === true && num.startsWith('-');
  const groups = negative ? { ...g, num: num.slice(1) } : g;
  const money = recordMoney(d, readMoney(source, groups, what));
  if (!money) return { error: '' };
  return { value: (negative || loss) && row.signed ? -money.yuan : money.yuan };
}

/**
 * A percentage as managers say it: 75%, 百分之七十五, 七成 (70%), 七成五 (75%), and 0.75 without a % sign (a fraction,
 * read as 75% with a note: no one has a 0.75% debt ratio in mind). Never 七成 read as 7%.
 */
function readPercent(d: Draft, label: string, source: string, g: Record<string, string | undefined>): Value {
  if (g.cheng !== undefined) {
    const tenths = readNonMoney('percent', label, source, g.cheng);
    if (!('value' in tenths)) return tenths;
    const value = tenths.value * 10 + (g.tenth === '半' ? 5 : g.tenth !== undefined ? (lexicon.numerals.digits[g.tenth] ?? 0) : 0);
    return readNonMoney('percent', label, source, String(value));
  }
  const r = readNonMoney('percent', label, source, g.pnum ?? g.num ?? '');
  if ('value' in r && g.pnum === undefined && g.sign === undefined && (g.num ?? '').includes('.') && r.value > 0 && r.value < 1) {
    const value = Math.round(r.value * 10000) / 100;
    note(d, `“${source}”没有百分号，按${value}%理解`);
    return { value };
  }
  return r;
}

function readValue(d: Draft, row: FigureRow, label: string, source: string, g: Record<string, string | undefined>): Value {
  if (row.kind === 'money') return readMoneyFigure(d, row, label, source, g, lossLabels.has(label));
  if (row.kind === 'percent') return readPercent(d, label, source, g);
  // 成立3个月, 经营八个月: months alone are a part of a year (under 3 years for 2.5 and 1.1).
  if (row.kind === 'years' && g.onlyMonths !== undefined) {
    const m = readNumber(g.onlyMonths);
    return m.ok && m.value > 0 ? { value: Math.round((m.value / 12) * 100) / 100 } : { error: `“${label}${source}”的月数无法识别` };
  }
  const r = readNonMoney(row.kind, label, source, g.num ?? '');
  // 成立2019年 is a calendar year, not a count of years (the parser has no clock: the manager is asked for the years).
  if (row.kind === 'years' && !('value' in r) && /^(?:19|20)\d\d$/u.test(g.num ?? '')) {
    return { error: `“${label}${source}”是成立年份，不是经营年数：请给出经营了几年（如“经营5年”）` };
  }
  // 一年半, 两年半: half a year more; 两年零十个月: the months as a part of a year (2年10个月 < 3年).
  if (row.kind !== 'years' || !('value' in r)) return r;
  const months = g.months !== undefined ? readNumber(g.months) : null;
  const extra = (g.half !== undefined ? 0.5 : 0) + (months?.ok && months.value < 12 ? months.value / 12 : 0);
  return extra > 0 ? { value: Math.round((r.value + extra) * 100) / 100 } : r;
}

/** 1.5: a share written before the advance (百分之十五的预付款, 30%的预付款, 三成预付款): the advance's share of the contract. */
const SHARE_BEFORE = new RegExp(`${SHARE_VALUE}\\s*的?\\s*(?:工程)?预付款?`, 'g');

function readSharesBefore(s: Scan, d: Draft): void {
  for (const m of view(s).matchAll(SHARE_BEFORE)) {
    const end = m.index + m[0].length;
    if (s.used.slice(m.index, end).some(Boolean)) continue;
    take(s, m.index, end);
    const source = sourceOf(s, m.index, end);
    recordShare(d, 'advanceShare', '预付款', source, source, m.groups ?? {});
  }
}

/**
 * A figure said in words (data/lexicon.json figureStates): 盈亏平衡 is a profit of 0 (2.3 D类, read as B before), 资不抵债
 * net assets below 0, 去年刚注册 fewer than three years in business (1.1, 2.5). A denied state (不是资不抵债) is not read.
 */
function readStates(s: Scan, d: Draft): void {
  for (const state of lexicon.figureStates) {
    for (const h of findWords(s, state.words)) {
      if (s.used.slice(h.start, h.end).some(Boolean) || !saysPlainly(view(s).slice(0, h.end), h.word)) continue;
      take(s, h.start, h.end);
      const shown = sourceOf(s, h.start, h.end);
      if (state.value !== undefined) setFigure(d, state.key, state.value, shown);
      else setBound(d, state.key, { below: { value: state.below!, inclusive: false }, shown });
    }
  }
}

/** 销售收入九百来万, 净资产1200多万, 资产一个多亿: a money figure given to its leading digits (多/来/余 before the unit). */
const MONEY_LABELS = alternation(lexicon.figures.filter((r) => r.kind === 'money').flatMap((r) => r.labels));
const APPROX = new RegExp(`(?<label>${MONEY_LABELS})${SEP}(?<num>${NUMBER})\\s*个?\\s*(?:多|来|余)\\s*个?\\s*(?<unit>万元|万|亿元|亿)`, 'g');

/**
 * An approximate money figure is a range, from the number to the next step of its last written digit: 九百来万 is
 * [900万, 1000万), 1200多万 [1200万, 1300万) — a bound that settles 2.3 D类's 1000万 (it was left unread: 单位无法识别).
 */
function readApprox(s: Scan, d: Draft): void {
  for (const m of view(s).matchAll(APPROX)) {
    const end = m.index + m[0].length;
    const g = m.groups ?? {};
    const row = rowByLabel.get(g.label ?? '');
    const n = readNumber(g.num ?? '');
    if (!row || !n.ok || !Number.isInteger(n.value) || n.value <= 0 || s.used.slice(m.index, end).some(Boolean)) continue;
    take(s, m.index, end);
    const unit = (g.unit ?? '').startsWith('亿') ? 1e8 : 1e4;
    let step = 1;
    while (n.value % (step * 10) === 0) step *= 10;
    const shown = sourceOf(s, m.index, end);
    setBound(d, row.key, { above: { value: n.value * unit, inclusive: true }, below: { value: (n.value + step) * unit, inclusive: false }, shown });
  }
}

export function readFigures(s: Scan, d: Draft): void {
  readSharesBefore(s, d);
  readStates(s, d);
  readApprox(s, d);
  const text = view(s);
  const weak: Array<{ key: keyof LabelledFigures; value: number; source: string }> = [];
  for (const m of text.matchAll(LABELS)) {
    if (notFigures.has(m[0])) {
      if (!s.used[m.index]) skipNotFigure(s, d, text, m.index, m[0]);
      continue;
    }
    const row = rowByLabel.get(m[0]);
    if (!row) continue;
    if (row.kind === 'money' && readShare(s, d, text, m.index, m[0], row)) continue;
    const re = valueRe[row.kind];
    re.lastIndex = m.index + m[0].length;
    const v = re.exec(text);
    if (!v) continue;
    const start = m.index;
    let end = v.index + v[0].length;
    let groups = v.groups ?? {};
    // 营收四千万一年: the 一 starts the term, as for unlabelled amounts (readAmounts).
    if (row.kind === 'money' && trailingWordDigit(groups, text[end])) {
      end -= 1;
      groups = { ...groups, num: (groups.num ?? '').slice(0, -1) };
    }
    if (s.used.slice(start, end).some(Boolean)) continue;
    take(s, start, end);
    const source = sourceOf(s, start, end);
    const valueStart = v.index + (v.groups?.sep ?? '').length;
    if (row.kind === 'money') {
      const near = unitLikeNear(text, valueStart, end, isBare(groups));
      if (near) {
        take(s, near.start, near.end);
        unclear(d, sourceOf(s, start, near.end), row.key, start);
        continue;
      }
    }
    const r = readValue(d, row, m[0], sourceOf(s, valueStart, end), groups);
    if (!('value' in r)) {
      if (r.error) error(d, r.error);
      continue;
    }
    const period = row.perYear ? periodBefore(text, start, m[0]) : null;
    const from = period ? start - period.word.length + (m[0].startsWith('年') ? 1 : 0) : start;
    take(s, from, start);
    const shown = sourceOf(s, from, end);
    if (period?.factor === 'ask') {
      note(d, `“${shown}”不是全年的数字，未使用；2.3按全年计，请补充全年${row.key === 'profit' ? '利润' : '销售收入'}`);
      continue;
    }
    const value = period ? r.value * period.factor : r.value;
    if (period) note(d, `“${shown}”按×${period.factor}折算为全年${fmt(value / 10000)}万元（假设各月相同）`);
    const bound = v.groups?.bound;
    if (bound !== undefined) {
      setBound(d, row.key, figureBound(boundKind.get(bound)!, value, shown));
      continue;
    }
    if (weakLabels.has(m[0])) weak.push({ key: row.key, value, source });
    else {
      setFigure(d, row.key satisfies keyof LabelledFigures, value, source);
      if (row.kind === 'money') orElse(s, d, text, end, row.key, source);
    }
  }
  for (const w of weak) {
    if (d.out.figures[w.key] !== undefined) note(d, `“${w.source}”未使用：已给出净利润`);
    else {
      setFigure(d, w.key, w.value, w.source);
      note(d, `未给出净利润，按“${w.source}”计利润`);
    }
  }
}

/**
 * The bound a word puts on a figure: 不到3000万 → below 3000万; 不超过70% → at most 70%. A loss (亏损超过100万) is
 * read as a value below zero, so it is a loss whatever the word: profit < 0.
 *
 * @example figureBound('below', 30_000_000, '销售收入不到3000万') // → { below: { value: 30000000, inclusive: false }, shown: '销售收入不到3000万' }
 */
function figureBound(kind: 'below' | 'atMost' | 'above' | 'atLeast', value: number, shown: string): FigureBound {
  if (value < 0) return { below: { value: 0, inclusive: false }, shown };
  if (kind === 'below' || kind === 'atMost') return { below: { value, inclusive: kind === 'atMost' }, shown };
  return { above: { value, inclusive: kind === 'atLeast' }, shown };
}
