/**
 * Figures stated as a bound, not a value — 销售收入不到3000万, 负债率超过70%, 成立不到三年, 利润不超过50万 (read by
 * core/parse: ParsedInput.bounds) — and a loss in words with no figure (去年亏了, 利润为负: profit < 0). A bound decides
 * a threshold of 2.3 / 2.5 / 1.1 only when it settles it (不到50万 ⇒ 利润50万以下 holds; 不到80万 leaves it open).
 * docs/rules.md (Figure bounds).
 *
 * @example figureBounds(parseInput('销售收入不到3000万')).revenue   // → { below: { value: 30000000, inclusive: false }, shown: '销售收入不到3000万' }
 * @example figureBounds(parseInput('去年亏了')).profit              // → { below: { value: 0, inclusive: false }, shown: '亏损，利润为负' }
 */
import type { ThresholdFigure } from '../tables/classes.js';
import { saysPlainly } from '../parse/words.js';
import type { FigureBound, LabelledFigures, ParsedInput } from '../types.js';

export type Bounds = Partial<Record<ThresholdFigure, FigureBound>>;

const THRESHOLD_FIGURES: readonly ThresholdFigure[] = ['netAssets', 'totalAssets', 'revenue', 'profit', 'debtRatio', 'yearsInBusiness'];

/** A loss, in words: profit below zero. */
const LOSS = /利润(为|是)?负|负利润|亏损|亏了|亏本|亏钱|赔钱|没盈利|不盈利|没有盈利|没赚钱|不赚钱/gu;

/** A loss said and not denied (没有亏损, 从不亏钱 are not losses). */
function saysLoss(u: string): boolean {
  return [...u.matchAll(LOSS)].some((m) => saysPlainly(u, m[0]));
}

/** The bounds on the threshold figures the message does not give as values. */
export function figureBounds(input: Pick<ParsedInput, 'figures' | 'bounds' | 'unused'>): Bounds {
  const out: Bounds = {};
  for (const k of THRESHOLD_FIGURES) {
    const b = input.bounds?.[k];
    if (b && input.figures[k] === undefined) out[k] = b;
  }
  if (input.figures.profit === undefined && out.profit === undefined && input.unused.some(saysLoss)) {
    out.profit = { below: { value: 0, inclusive: false }, shown: '亏损，利润为负' };
  }
  return out;
}

/**
 * True when the message gives one of `keys` (all labelled figures by default) as a value or as a bound: the one test of
 * "a figure was given" for routing, eligibility and /classify.
 */
export function givesFigure(input: Pick<ParsedInput, 'figures' | 'bounds'>, keys?: readonly (keyof LabelledFigures)[]): boolean {
  const given = (k: keyof LabelledFigures): boolean => input.figures[k] !== undefined || input.bounds?.[k] !== undefined;
  return keys ? keys.some(given) : (Object.keys(input.figures) as (keyof LabelledFigures)[]).some(given) || Object.keys(input.bounds ?? {}).length > 0;
}
