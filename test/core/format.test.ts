import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyRange, formatPercent, formatPercentRange, formatWan, formatWanRange, formatYuan, roundYuan } from '../../src/core/format.js';

describe('format', () => {
  it.each([
    [90000, '90,000元'],
    [1234567.5, '1,234,567.5元'],
    [999, '999元'],
    [0.1 + 0.2, '0.3元'],
  ])('formatYuan(%s) = %s', (n, s) => expect(formatYuan(n)).toBe(s));

  it.each([
    [90000, '9万元'],
    [800000, '80万元'],
    [12345, '1.2345万元'],
    [50_000_000, '5000万元'],
  ])('formatWan(%s) = %s', (n, s) => expect(formatWan(n)).toBe(s));

  it.each([
    [formatMoney(90000), '90,000元（9万元）'],
    [formatWanRange(90000, 150000), '9万–15万元'],
    [formatWanRange(90000, 90000), '9万元'],
    [formatMoneyRange(90000, 150000), '90,000–150,000元（9万–15万元）'],
    [formatPercent(1.8), '1.8%'],
    [formatPercent(0.005), '0.005%'],
    [formatPercentRange(1.8, 3), '1.8%–3%'],
    [formatPercentRange(3, 3), '3%'],
  ])('%s', (got, want) => expect(got).toBe(want));

  it('roundYuan removes float noise', () => expect(roundYuan((5_000_000 * 1.8) / 100)).toBe(90000));
});
