/**
 * 2.3 size classes. Tested in table order D, A, B, then C for the rest:
 * D if any of 净资产≤500万 / 销售收入≤1000万 / 利润≤50万; A if 总资产≥1亿 and 销售收入>1亿;
 * B if 净资产≥1000万 and 销售收入≥3000万; otherwise C. With missing figures: the set of classes still possible,
 * the class the known figures support, and the figures that would decide it.
 */
import { sizeClasses, type ClassId, type SizeClass, type Threshold } from '../tables/classes.js';
import { all3, any3, meets, meetsBound } from './compare.js';
import type { Figures } from './figures.js';
import type { Bounds } from './figure-bounds.js';

export const classFigures = ['netAssets', 'totalAssets', 'revenue', 'profit'] as const;
export type ClassFigure = (typeof classFigures)[number];

export interface SizeResult {
  /** The class the known figures support (unknown conditions count as not holding); null with no 2.3 figure. */
  class: ClassId | null;
  /** Only one class is possible. */
  definite: boolean;
  /** Every class still possible given the unknown figures, in test order. */
  possible: ClassId[];
  /** The 2.3 figures that would decide between the possible classes. */
  missing: ClassFigure[];
  /** When D wins on profit/size though A's or B's size test holds (see docs/rules.md). */
  sizeSuggests: ClassId | null;
}

/** A condition, using a figure's bound when the figure is unknown (利润不到50万), and 总资产 ≥ 净资产 when total assets are. */
function test(c: Threshold, f: Figures, bounds: Bounds = {}): boolean | undefined {
  const v = meets(f[c.figure], c.op, c.value) ?? meetsBound(bounds[c.figure], c.op, c.value);
  if (v !== undefined) return v;
  if (c.figure === 'totalAssets' && (c.op === 'gte' || c.op === 'gt') && f.netAssets !== undefined) {
    if (meets(f.netAssets, c.op, c.value) === true) return true;
  }
  return undefined;
}

function classTest(cls: SizeClass, f: Figures, bounds?: Bounds): boolean | undefined {
  const vs = cls.conditions.map((c) => test(c, f, bounds));
  return cls.test === 'any' ? any3(vs) : cls.test === 'all' ? all3(vs) : true;
}

/**
 * @example sizeClass({ netAssets: 12_000_000, revenue: 35_000_000, totalAssets: 30_000_000 })
 * // { class: 'B', definite: false, possible: ['D', 'B'], missing: ['profit'], sizeSuggests: null }
 */
export function sizeClass(f: Figures, bounds: Bounds = {}): SizeResult {
  const possible: ClassId[] = [];
  const missing = new Set<ClassFigure>();
  let chosen: ClassId | null = null;
  for (const cls of sizeClasses) {
    const v = classTest(cls, f, bounds);
    if (v === false) continue;
    possible.push(cls.id);
    if (v === true) {
      chosen = cls.id;
      break;
    }
    for (const c of cls.conditions) {
      if (test(c, f, bounds) === undefined) missing.add(c.figure as ClassFigure);
    }
  }
  const known = classFigures.some((k) => f[k] !== undefined || bounds[k] !== undefined);
  let sizeSuggests: ClassId | null = null;
  if (chosen === 'D') {
    for (const id of ['A', 'B'] as const) {
      const cls = sizeClasses.find((c) => c.id === id);
      if (cls && classTest(cls, f, bounds) === true) {
        sizeSuggests = id;
        break;
      }
    }
  }
  return {
    class: known ? chosen : null,
    definite: possible.length === 1,
    possible,
    missing: classFigures.filter((k) => missing.has(k)),
    sizeSuggests,
  };
}
