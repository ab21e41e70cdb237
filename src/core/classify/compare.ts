/** Three-valued threshold tests: true / false / undefined (figure unknown). */
import type { ThresholdOp } from '../tables/classes.js';

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
