import { describe, expect, it } from 'vitest';
import { dailyPercent, quote } from '../../../src/core/quote/index.js';
import { settings } from '../../../src/core/tables/settings.js';
import type { ParsedInput } from '../../../src/core/types.js';
import { input, WAN } from './input.js';

const perDay = (percent: number) => ({ percent, per: 'day' as const, source: `日费率${percent}%` });
const days = (n: number) => ({ days: n, source: `${n}天` });
const months = (n: number) => ({ months: n, source: `${n}个月` });

describe('1.2 private lending guarantee', () => {
  it.each<[string, ParsedInput, Record<string, unknown>]>([
    [
      '200万 30天 日0.05% → 1000/day, 3万',
      input(['private_lending'], 200 * WAN, { rate: perDay(0.05), term: days(30) }),
      { feePerDay: 1000, days: 30, fee: 30000, termOverNormal: false, termOverMax: false },
    ],
    [
      'yearly rate converted on 360 days',
      input(['private_lending'], 360 * WAN, { rate: { percent: 3.6, per: 'year', source: '年3.6%' }, term: days(10) }),
      { dailyRatePercent: 0.01, feePerDay: 360, fee: 3600, rateSource: 'input' },
    ],
    [
      'monthly rate converted on 30 days',
      input(['private_lending'], 100 * WAN, { rate: { percent: 1.5, per: 'month', source: '月1.5%' }, term: days(20) }),
      { dailyRatePercent: 0.05, feePerDay: 500, fee: 10000 },
    ],
    ['term in months → 30 days a month', input(['private_lending'], 100 * WAN, { rate: perDay(0.05), term: months(1) }), { days: 30, fee: 15000, termOverNormal: false }],
    ['31 days is over the normal one month', input(['private_lending'], 100 * WAN, { rate: perDay(0.05), term: days(31) }), { termOverNormal: true, termOverMax: false }],
    ['3 months is within the maximum', input(['private_lending'], 100 * WAN, { rate: perDay(0.05), term: months(3) }), { days: 90, termOverNormal: true, termOverMax: false }],
    ['4 months is over the maximum', input(['private_lending'], 100 * WAN, { rate: perDay(0.05), term: months(4) }), { days: 120, termOverMax: true }],
    ['90 days within, 91 days over the maximum (a)', input(['private_lending'], 100 * WAN, { rate: perDay(0.05), term: days(90) }), { termOverMax: false }],
    ['90 days within, 91 days over the maximum (b)', input(['private_lending'], 100 * WAN, { rate: perDay(0.05), term: days(91) }), { termOverMax: true }],
    ['no term → fee per day only', input(['private_lending'], 100 * WAN, { rate: perDay(0.05) }), { feePerDay: 500, days: null, fee: null }],
    ['early 3 days → refund 3 days of fee', input(['private_lending'], 200 * WAN, { rate: perDay(0.05), term: days(30), earlyRepaymentDays: 3 }), { refundEligible: true, refund: 3000 }],
    ['early 2 days → no refund', input(['private_lending'], 200 * WAN, { rate: perDay(0.05), term: days(30), earlyRepaymentDays: 2 }), { refundEligible: false, refund: 0 }],
    ['early 10 days → refund 10 days', input(['private_lending'], 200 * WAN, { rate: perDay(0.05), term: days(30), earlyRepaymentDays: 10 }), { refundEligible: true, refund: 10000 }],
    ['early days ≥ term → flagged, no refund computed', input(['private_lending'], 200 * WAN, { rate: perDay(0.05), term: days(30), earlyRepaymentDays: 30 }), { refundEligible: null, refund: null }],
    ['early repayment without a term → refund from the daily fee', input(['private_lending'], 200 * WAN, { rate: perDay(0.05), earlyRepaymentDays: 5 }), { refund: 5000 }],
    ['no early repayment → refund null', input(['private_lending'], 200 * WAN, { rate: perDay(0.05), term: days(30) }), { earlyRepaymentDays: null, refund: null }],
  ])('%s', (_name, inp, vars) => {
    const r = quote(inp);
    expect({ key: r.key, ...r.vars }).toMatchObject({ key: 'quote.private_lending', ...vars });
  });

  it.each<[string, ParsedInput, string]>([
    ['no rate and no company default → ask for the rate', input(['private_lending'], 100 * WAN, { term: days(30) }), 'rate'],
    ['no amount → ask', input(['private_lending'], undefined, { rate: perDay(0.05) }), 'amount'],
    ['neither', input(['private_lending']), 'amount,rate'],
  ])('%s', (_name, inp, missing) => {
    const r = quote(inp);
    expect({ key: r.key, missing: r.vars.missing }).toEqual({ key: 'quote.missing', missing });
  });

  it('uses the company default rate when set', () => {
    const s = { ...settings, privateLendingDefaultRate: { ...settings.privateLendingDefaultRate, value: { percent: 0.04, per: 'day' as const } } };
    const r = quote(input(['private_lending'], 100 * WAN, { term: days(10) }), { settings: s });
    expect({ key: r.key, rateSource: r.vars.rateSource, fee: r.vars.fee }).toEqual({ key: 'quote.private_lending', rateSource: 'setting', fee: 4000 });
  });

  it('the input rate wins over the company default', () => {
    const s = { ...settings, privateLendingDefaultRate: { ...settings.privateLendingDefaultRate, value: { percent: 0.04, per: 'day' as const } } };
    const r = quote(input(['private_lending'], 100 * WAN, { rate: perDay(0.05), term: days(10) }), { settings: s });
    expect(r.vars.rateSource).toBe('input');
  });

  it.each([
    [{ percent: 1.8, per: 'year' as const }, 0.005],
    [{ percent: 0.9, per: 'month' as const }, 0.03],
    [{ percent: 0.05, per: 'day' as const }, 0.05],
  ])('dailyPercent(%o) = %s', (rate, want) => expect(dailyPercent(rate, 360)).toBeCloseTo(want, 10));
});
