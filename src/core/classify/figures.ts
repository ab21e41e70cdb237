/**
 * The figures classification works from, with what can be derived by arithmetic identity:
 * 净资产 = 总资产 × (1 − 资产负债率), so any two of the three give the third.
 */
import { formatNumber, formatPercent, formatWan } from '../format.js';
import type { ThresholdFigure } from '../tables/classes.js';
import type { LabelledFigures } from '../types.js';

export type Figures = Partial<Record<ThresholdFigure, number>>;

export interface Enriched {
  figures: Figures;
  /** Lines saying what was derived and how. */
  derived: string[];
  /** Names of derived figures. */
  derivedNames: ThresholdFigure[];
}

export const figureNames: Record<ThresholdFigure, string> = {
  netAssets: '净资产',
  totalAssets: '总资产',
  revenue: '销售收入',
  profit: '利润',
  debtRatio: '资产负债率',
  yearsInBusiness: '经营年限',
};

/** Shows a figure in its unit. @example showFigure('debtRatio', 60) // '60%' */
export function showFigure(f: ThresholdFigure, v: number): string {
  if (f === 'debtRatio') return formatPercent(v);
  if (f === 'yearsInBusiness') return `${formatNumber(v)}年`;
  return formatWan(v);
}

/**
 * Derives total assets, net assets or the debt ratio when the other two are given.
 * @example enrich({ totalAssets: 30_000_000, debtRatio: 50 }).figures.netAssets // 15000000
 * @example enrich({ netAssets: 12_000_000, debtRatio: 60 }).figures.totalAssets // 30000000
 */
export function enrich(given: LabelledFigures): Enriched {
  const figures: Figures = {
    netAssets: given.netAssets,
    totalAssets: given.totalAssets,
    revenue: given.revenue,
    profit: given.profit,
    debtRatio: given.debtRatio,
    yearsInBusiness: given.yearsInBusiness,
  };
  const derived: string[] = [];
  const derivedNames: ThresholdFigure[] = [];
  const { netAssets: n, totalAssets: t, debtRatio: d } = figures;
  if (t === undefined && n !== undefined && n > 0 && d !== undefined && d >= 0 && d < 100) {
    // 约: to 0.01万 (a division: 2000万 ÷ 45% is 4444.4444…万).
    figures.totalAssets = Math.round(n / (1 - d / 100) / 100) * 100;
    derived.push(`由净资产${formatWan(n)}和资产负债率${formatPercent(d)}推算：总资产约${formatWan(figures.totalAssets)}。`);
    derivedNames.push('totalAssets');
  } else if (n === undefined && t !== undefined && t > 0 && d !== undefined && d >= 0 && d <= 100) {
    figures.netAssets = Math.round(t * (1 - d / 100));
    derived.push(`由总资产${formatWan(t)}和资产负债率${formatPercent(d)}推算：净资产约${formatWan(figures.netAssets)}（假设：净资产 = 总资产 × (1 − 资产负债率)）。`);
    derivedNames.push('netAssets');
  } else if (n === undefined && t !== undefined && given.liabilities !== undefined && given.liabilities <= t) {
    figures.netAssets = t - given.liabilities;
    derived.push(`由总资产${formatWan(t)}和负债${formatWan(given.liabilities)}推算：净资产${formatWan(figures.netAssets)}（净资产 = 总资产 − 负债）。`);
    derivedNames.push('netAssets');
    // 总资产5000万 负债3800万: the debt ratio is the one 1.1 and 2.5 check (76% > 70% was left 需核实).
    if (d === undefined) {
      figures.debtRatio = Math.round((given.liabilities / t) * 10000) / 100;
      derived.push(`由总资产${formatWan(t)}和负债${formatWan(given.liabilities)}推算：资产负债率约${formatPercent(figures.debtRatio)}（负债 ÷ 总资产）。`);
      derivedNames.push('debtRatio');
    }
  } else if (d === undefined && n !== undefined && t !== undefined && t > 0 && n <= t) {
    figures.debtRatio = Math.round((1 - n / t) * 10000) / 100;
    derived.push(`由总资产${formatWan(t)}和净资产${formatWan(n)}推算：资产负债率约${formatPercent(figures.debtRatio)}。`);
    derivedNames.push('debtRatio');
  }
  return { figures, derived, derivedNames };
}
