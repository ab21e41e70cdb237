/**
 * A profit stated as a bound, not a figure (2.3: D类 includes 利润50万以下 and a loss): “利润不到50万”,
 * “利润为负”, “去年亏了”. The parser leaves such words unused (利润不到 / 利润为负 / 去年亏了) and the amount
 * unlabelled; this reads them back. A bound decides a 2.3 profit condition only when it settles it
 * (利润不到50万 ⇒ ≤ 50万: D; 利润不到80万 leaves it open). docs/rules.md (Profit bounds).
 *
 * @example profitBound({ unused: ['利润不到'], amounts: [{ yuan: 500000, source: '50万' }] })
 * // → { below: 500000, inclusive: false, amountSource: '50万', shown: '利润不到50万' }
 * @example profitBound({ unused: ['去年亏了'], amounts: [] })   // → { below: 0, inclusive: false, shown: '亏损' }
 */
import type { ThresholdOp } from '../tables/classes.js';
import type { ParsedInput } from '../types.js';

export interface ProfitBound {
  /** Profit is below this (yuan) … */
  below: number;
  /** … or at most it (不超过). */
  inclusive: boolean;
  /** The unlabelled amount the bound used (so it is not reported as unused). */
  amountSource?: string;
  /** How the bound is shown in the reply (the table's words and the amount, never the user's free text). */
  shown: string;
}

/** A loss, in words: profit below zero. */
const LOSS = /利润(为|是)?负|负利润|亏损|亏了|亏本|亏钱|赔钱|没盈利|不盈利|没有盈利|没赚钱|不赚钱/u;
/** Profit below an amount; 不超过 / 最多 include it. */
const BELOW = /利润(?:只有|才)?(不到|低于|少于|不足|小于|没到|没有|不超过|最多)$/u;

export function profitBound(input: Pick<ParsedInput, 'unused' | 'amounts'>): ProfitBound | undefined {
  if (input.unused.some((u) => LOSS.test(u))) return { below: 0, inclusive: false, shown: '亏损（利润为负）' };
  const word = input.unused.map((u) => BELOW.exec(u)?.[1]).find((w) => w !== undefined);
  // The bound's amount is the one unlabelled amount; with several, which is the profit is not known.
  if (word === undefined || input.amounts.length !== 1) return undefined;
  const amount = input.amounts[0]!;
  return { below: amount.yuan, inclusive: word === '不超过' || word === '最多', amountSource: amount.source, shown: `利润${word}${amount.source}` };
}

/**
 * Whether a bound settles `profit op value`: true / false when it does, undefined when the profit could
 * lie on either side.
 *
 * @example boundMeets({ below: 500000, inclusive: false, shown: '' }, 'lte', 500000)   // → true
 * @example boundMeets({ below: 800000, inclusive: false, shown: '' }, 'lte', 500000)   // → undefined
 */
export function boundMeets(b: ProfitBound, op: ThresholdOp, value: number): boolean | undefined {
  // profit < below (or ≤ below when inclusive): every possible profit is ≤ value when below ≤ value, and
  // < value when below ≤ value (strict bound) or below < value (inclusive bound).
  const allUnder = b.below <= value;
  const allStrictlyUnder = b.inclusive ? b.below < value : b.below <= value;
  switch (op) {
    case 'lte':
      return allUnder ? true : undefined;
    case 'lt':
      return allStrictlyUnder ? true : undefined;
    case 'gte':
      return allStrictlyUnder ? false : undefined;
    case 'gt':
      return allUnder ? false : undefined;
  }
}
