/** Three-valued threshold tests: true / false / undefined (figure unknown). */
import type { ThresholdOp } from '../tables/classes.js';
import type { FigureBound } from '../types.js';

/**
 * @example meets(1200_0000, 'gte', 1000_0000) // true
 * @example meets(undefined, 'gte', 1000_0000) // undefined
 */
export function meets(value: number | undefined, op: ThresholdOp, threshold: number): boolean | undefined {
  if (value === undefined) return undefined;
  switch (op) {
    case 'gte':
      return value >= threshold;
    case 'gt':
      return value > threshold;
    case 'lte':
      return value <= threshold;
    case 'lt':
      return value < threshold;
  }
}

/** Kleene OR: true if any is true; false if all are false; else unknown. */
export function any3(vs: (boolean | undefined)[]): boolean | undefined {
  if (vs.some((v) => v === true)) return true;
  return vs.every((v) => v === false) ? false : undefined;
}

/** Kleene AND: false if any is false; true if all are true; else unknown. */
export function all3(vs: (boolean | undefined)[]): boolean | undefined {
  if (vs.some((v) => v === false)) return false;
  return vs.every((v) => v === true) ? true : undefined;
}

/**
 * Whether a bound settles `figure op threshold`: true / false when every value the bound allows is on one side,
 * undefined when the figure could lie on either side (or there is no bound).
 *
 * @example meetsBound({ below: { value: 500000, inclusive: false }, shown: '' }, 'lte', 500000)  // true: < 50万 ⇒ ≤ 50万
 * @example meetsBound({ below: { value: 800000, inclusive: false }, shown: '' }, 'lte', 500000)  // undefined
 * @example meetsBound({ above: { value: 70, inclusive: false }, shown: '' }, 'lte', 70)          // false: > 70% ⇒ not ≤ 70%
 */
export function meetsBound(b: FigureBound | undefined, op: ThresholdOp, threshold: number): boolean | undefined {
  if (!b) return undefined;
  const hi = b.below;
  const lo = b.above;
  // Every allowed value is ≥ / > the threshold, or ≤ / < it.
  const allAtLeast = lo !== undefined && lo.value >= threshold;
  const allAbove = lo !== undefined && (lo.value > threshold || (lo.value === threshold && !lo.inclusive));
  const allAtMost = hi !== undefined && hi.value <= threshold;
  const allUnder = hi !== undefined && (hi.value < threshold || (hi.value === threshold && !hi.inclusive));
  switch (op) {
    case 'gte':
      return allAtLeast ? true : allUnder ? false : undefined;
    case 'gt':
      return allAbove ? true : allAtMost ? false : undefined;
    case 'lte':
      return allAtMost ? true : allAbove ? false : undefined;
    case 'lt':
      return allUnder ? true : allAtLeast ? false : undefined;
  }
}
