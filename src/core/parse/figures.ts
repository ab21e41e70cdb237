/**
 * Labelled figures: 净资产1200万, 净资产：1200万元, 资产负债率60%, 经营5年, 员工80人.
 * A label with no value after it is not read (it stays in `unused`).
 * Labels are in data/lexicon.json (figures), longest first: 净资产 and 资产负债率 win over 资产.
 */
import { lexicon, type FigureRow } from '../tables/lexicon.js';
import type { LabelledFigures } from '../types.js';
import { isBare, MONEY, readMoney, recordMoney, trailingWordDigit, type MoneyGroups } from './amounts.js';
import { error, setFigure, unclear, type Draft } from './draft.js';
import { ARABIC, NUMBER, readNumber, SMALL_CHINESE } from './numerals.js';

const SMALL = `(?:${ARABIC}|${SMALL_CHINESE})`;
import { sourceOf, take, view, type Scan } from './scan.js';
import { unitLikeNear } from './unclear.js';
import { alternation } from './words.js';

const SEP = String.raw`(?<sep>\s*(?:[:=]\s*)?(?:大约|大概|为|是|约|有|达|共|在)?\s*)`;

const valuePattern: Record<FigureRow['kind'], string> = {
  money: MONEY,
  percent: `(?:百分之(?<pnum>${NUMBER})|(?<![\\d.])(?<num>${NUMBER})\\s*%?)`,
  years: `(?<![\\d.])(?<num>${SMALL}|半)\\s*个?\\s*(?:周年|年)(?:以上|多)?`,
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
const LABELS = new RegExp(alternation([...rowByLabel.keys()]), 'g');

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

function readValue(d: Draft, row: FigureRow, label: string, source: string, g: Record<string, string | undefined>): Value {
  if (row.kind === 'money') return readMoneyFigure(d, row, label, source, g as MoneyGroups, lossLabels.has(label));
  return readNonMoney(row.kind, label, source, g.pnum ?? g.num ?? '');
}

export function readFigures(s: Scan, d: Draft): void {
  const text = view(s);
  for (const m of text.matchAll(LABELS)) {
    const row = rowByLabel.get(m[0]);
    if (!row) continue;
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
    if ('value' in r) setFigure(d, row.key satisfies keyof LabelledFigures, r.value, source);
    else if (r.error) error(d, r.error);
  }
}
