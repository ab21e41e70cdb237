import { describe, expect, it } from 'vitest';
import { quote } from '../../../src/core/quote/index.js';
import type { ParsedInput } from '../../../src/core/types.js';
import { hefei, input, shushan, WAN, wuhu } from './input.js';

const year = { months: 12, source: '1年' };

describe('1.1 bank loan guarantee', () => {
  it.each<[string, ParsedInput, Record<string, unknown>]>([
    [
      'example: 500万 合肥 新客户 1年 → 1.8%–3%, 9万–15万元',
      input(['bank_loan'], 500 * WAN, { place: hefei, clientStatus: 'new', term: year }),
      { rateMinPercent: 1.8, rateMaxPercent: 3, feeMin: 90000, feeMax: 150000, termAssumed: false, overCap: false },
    ],
    ['合肥 old client: same band', input(['bank_loan'], 500 * WAN, { place: hefei, clientStatus: 'returning', term: year }), { rateMinPercent: 1.8, rateMaxPercent: 3, feeMin: 90000, feeMax: 150000 }],
    ['a district of 合肥 is 合肥地区', input(['bank_loan'], 100 * WAN, { place: shushan, term: year }), { place: 'hefei', placeName: '蜀山区', feeMin: 18000, feeMax: 30000, statusUnknown: false }],
    ['outside 合肥, new client: 3%', input(['bank_loan'], 500 * WAN, { place: wuhu, clientStatus: 'new', term: year }), { rateMinPercent: 3, rateMaxPercent: 3, feeMin: 150000, feeMax: 150000 }],
    [
      'outside 合肥, old client: 2.4%–3%',
      input(['bank_loan'], 500 * WAN, { place: wuhu, clientStatus: 'returning', term: year }),
      { rateMinPercent: 2.4, rateMaxPercent: 3, feeMin: 120000, feeMax: 150000 },
    ],
    [
      'outside 合肥, status unknown: both shown, 2.4%–3%',
      input(['bank_loan'], 500 * WAN, { place: wuhu, term: year }),
      { statusUnknown: true, clientStatus: null, rateMinPercent: 2.4, rateMaxPercent: 3, feeMin: 120000, feeMax: 150000 },
    ],
    ['term 6 months = half a year', input(['bank_loan'], 500 * WAN, { place: hefei, term: { months: 6, source: '6个月' } }), { termYears: 0.5, feeMin: 45000, feeMax: 75000 }],
    ['term 2 years', input(['bank_loan'], 500 * WAN, { place: hefei, term: { months: 24, source: '2年' } }), { termYears: 2, feeMin: 180000, feeMax: 300000 }],
    [
      'term 90 days on the 360-day basis = 0.25 year',
      input(['bank_loan'], 1000 * WAN, { place: hefei, term: { days: 90, source: '90天' } }),
      { termDays: 90, termYears: 0.25, feeMin: 45000, feeMax: 75000 },
    ],
    ['term missing → one year, said so', input(['bank_loan'], 500 * WAN, { place: hefei }), { termAssumed: true, termMonths: 12, feeMin: 90000, feeMax: 150000 }],
    ['exactly 3000万 is within the single-guarantee cap', input(['bank_loan'], 3000 * WAN, { place: hefei, term: year }), { overCap: false, capYuan: 30_000_000, feeMin: 540000, feeMax: 900000 }],
    ['3000万 + 1元 is over the cap, still computed', input(['bank_loan'], 30_000_001, { place: hefei, term: year }), { overCap: true, capYuan: 30_000_000 }],
    [
      '5000万 outside: over the cap, fee on the full amount',
      input(['bank_loan'], 5000 * WAN, { place: wuhu, clientStatus: 'new', term: year }),
      { overCap: true, feeMin: 1_500_000, feeMax: 1_500_000 },
    ],
    ['odd amount rounds to the fen', input(['bank_loan'], 333_333, { place: hefei, term: { days: 100, source: '100天' } }), { feeMin: 1666.67, feeMax: 2777.78 }],
  ])('%s', (_name, inp, vars) => {
    const r = quote(inp);
    expect({ key: r.key, ...r.vars }).toMatchObject({ key: 'quote.bank_loan', product: 'bank_loan', ...vars });
  });

  it.each<[string, ParsedInput, string]>([
    ['place unknown → ask', input(['bank_loan'], 500 * WAN, { term: year }), 'place'],
    ['amount unknown → ask', input(['bank_loan'], undefined, { place: hefei }), 'amount'],
    ['both unknown → both, in order', input(['bank_loan']), 'amount,place'],
  ])('%s', (_name, inp, missing) => {
    const r = quote(inp);
    expect({ key: r.key, product: r.vars.product, missing: r.vars.missing }).toEqual({
      key: 'quote.missing',
      product: 'bank_loan',
      missing,
    });
  });

  it('context carries the rule with its section', () => {
    const r = quote(input(['bank_loan'], 500 * WAN, { place: hefei, term: year }));
    expect(r.context).toContain('1.1 担保收费：合肥地区客户1.8%/年至3%/年');
  });

  it('fields show 元 and 万元', () => {
    const r = quote(input(['bank_loan'], 500 * WAN, { place: hefei, clientStatus: 'new', term: year }));
    expect(r.fields.find((f) => f.label === '担保费')?.value).toBe('90,000–150,000元（9万–15万元）');
  });
});

describe('1.1 agreed rate (费率2.2%): quoted at it inside the band, flagged outside', () => {
  const rate = (percent: number, per: 'year' | 'month' | 'day' = 'year') => ({ rate: { percent, per, source: `费率${percent}%` } });
  it.each([
    ['合肥 2.2% in 1.8–3%', hefei, 'new' as const, rate(2.2), true, 110_000, 110_000],
    ['合肥 1.8% (band edge)', hefei, 'new' as const, rate(1.8), true, 90_000, 90_000],
    ['合肥 1.5% below', hefei, 'new' as const, rate(1.5), false, 90_000, 150_000],
    ['合肥 3.5% above', hefei, 'new' as const, rate(3.5), false, 90_000, 150_000],
    ['外地老 2.5% in 2.4–3%', wuhu, 'returning' as const, rate(2.5), true, 125_000, 125_000],
    ['外地老 2% below 2.4%', wuhu, 'returning' as const, rate(2), false, 120_000, 150_000],
    ['合肥 月费率0.2% = 2.4%/年', hefei, 'new' as const, rate(0.2, 'month'), true, 120_000, 120_000],
  ])('%s (1.1)', (_name, place, clientStatus, r, inBand, feeMin, feeMax) => {
    const q = quote(input(['bank_loan'], 500 * WAN, { place, clientStatus, term: { months: 12, source: '1年' }, ...r }));
    expect(q.vars).toMatchObject({ agreedRateInBand: inBand, feeMin, feeMax });
  });

  it('no agreed rate: the band, agreedRateInBand null', () => {
    const q = quote(input(['bank_loan'], 500 * WAN, { place: hefei, term: { months: 12, source: '1年' } }));
    expect(q.vars).toMatchObject({ agreedRatePercent: null, agreedRateInBand: null, feeMin: 90_000, feeMax: 150_000 });
  });
});
