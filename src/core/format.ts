/**
 * Money, percent and range formatting for replies. Pure; exported for every front end.
 * Money is held in 元; shown in 元 with thousands separators and in 万元.
 */

/** Rounds to the fen (0.01元), removing float noise. @example roundYuan(90000.00000000001) // 90000 */
export function roundYuan(yuan: number): number {
  return Math.round(yuan * 100) / 100;
}

/** Trims a fixed-point string's trailing zeros. */
function trim(n: number, digits: number): string {
  const s = n.toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** Number with thousands separators, up to `digits` decimals. @example groupDigits(1234567.5) // '1,234,567.5' */
export function groupDigits(n: number, digits = 2): string {
  const s = trim(n, digits);
  const neg = s.startsWith('-');
  const [int, frac] = (neg ? s.slice(1) : s).split('.');
  const grouped = (int ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${neg ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** @example formatYuan(90000) // '90,000元' */
export function formatYuan(yuan: number): string {
  return `${groupDigits(roundYuan(yuan))}元`;
}

/** The number of 万, without unit. @example wan(150000) // '15' */
export function wan(yuan: number): string {
  return trim(roundYuan(yuan) / 10000, 6);
}

/** @example formatWan(90000) // '9万元' */
export function formatWan(yuan: number): string {
  return `${wan(yuan)}万元`;
}

/** @example formatMoney(90000) // '90,000元（9万元）' */
export function formatMoney(yuan: number): string {
  return `${formatYuan(yuan)}（${formatWan(yuan)}）`;
}

/** @example formatWanRange(90000, 150000) // '9万–15万元'; equal ends give one figure. */
export function formatWanRange(min: number, max: number): string {
  if (roundYuan(min) === roundYuan(max)) return formatWan(min);
  return `${wan(min)}万–${wan(max)}万元`;
}

/** @example formatMoneyRange(90000, 150000) // '90,000–150,000元（9万–15万元）' */
export function formatMoneyRange(min: number, max: number): string {
  if (roundYuan(min) === roundYuan(max)) return formatMoney(min);
  return `${groupDigits(roundYuan(min))}–${groupDigits(roundYuan(max))}元（${formatWanRange(min, max)}）`;
}

/** @example formatPercent(1.8) // '1.8%'; formatPercent(0.005) // '0.005%' */
export function formatPercent(percent: number): string {
  return `${trim(percent, 6)}%`;
}

/** @example formatPercentRange(1.8, 3) // '1.8%–3%' */
export function formatPercentRange(min: number, max: number): string {
  if (min === max) return formatPercent(min);
  return `${formatPercent(min)}–${formatPercent(max)}`;
}

/** Plain number, up to 6 decimals. @example formatNumber(0.25) // '0.25' */
export function formatNumber(n: number): string {
  return trim(n, 6);
}
