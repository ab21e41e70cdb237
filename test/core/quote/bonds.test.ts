import { describe, expect, it } from 'vitest';
import { quote } from '../../../src/core/quote/index.js';
import type { ParsedInput } from '../../../src/core/types.js';
import { input, WAN } from './input.js';

type Case = [string, ParsedInput, string, Record<string, unknown>];

describe('1.3–1.6 construction bonds', () => {
  it.each<Case>([
    // 1.3 bid bond
    [
      '1.3 example: 投标总价5000万 → 80万 (2% = 100万)',
      input(['bid_bond'], undefined, { figures: { bidPrice: 5000 * WAN } }),
      'quote.bid_bond',
      { maxAmount: 800000, percentAmount: 1_000_000, binding: 'cap', bidPriceFromAmount: false },
    ],
    ['1.3 投标总价4000万: 2% is exactly 80万', input(['bid_bond'], undefined, { figures: { bidPrice: 4000 * WAN } }), 'quote.bid_bond', { maxAmount: 800000, percentAmount: 800000, binding: 'equal' }],
    ['1.3 just under 4000万: the 2% binds', input(['bid_bond'], undefined, { figures: { bidPrice: 39_999_950 } }), 'quote.bid_bond', { maxAmount: 799999, binding: 'percent' }],
    ['1.3 just over 4000万: the cap binds', input(['bid_bond'], undefined, { figures: { bidPrice: 40_000_050 } }), 'quote.bid_bond', { maxAmount: 800000, binding: 'cap' }],
    ['1.3 投标总价1000万 → 20万', input(['bid_bond'], undefined, { figures: { bidPrice: 1000 * WAN } }), 'quote.bid_bond', { maxAmount: 200000, binding: 'percent' }],
    ['1.3 unlabelled amount read as the bid price', input(['bid_bond'], 2000 * WAN), 'quote.bid_bond', { bidPrice: 20_000_000, bidPriceFromAmount: true, maxAmount: 400000 }],
    ['1.3 bid price + requested amount over the maximum', input(['bid_bond'], 100 * WAN, { figures: { bidPrice: 5000 * WAN } }), 'quote.bid_bond', { requested: 1_000_000, requestedOverMax: true }],
    ['1.3 bid price + requested amount within', input(['bid_bond'], 50 * WAN, { figures: { bidPrice: 5000 * WAN } }), 'quote.bid_bond', { requested: 500000, requestedOverMax: false }],
    ['1.3 nothing → ask for the bid price', input(['bid_bond']), 'quote.missing', { product: 'bid_bond', missing: 'bidPrice' }],
    // 1.4 performance bond
    [
      '1.4 合同价2000万 → at least 10% = 200万',
      input(['performance_bond'], undefined, { figures: { contractPrice: 2000 * WAN } }),
      'quote.performance_bond',
      { minPercent: 10, minAmount: 2_000_000, lowestEvaluatedBid: false, minAmountLowestBid: 3_000_000 },
    ],
    [
      '1.4 经评审的最低投标价法 → at least 15%',
      input(['performance_bond'], undefined, { figures: { contractPrice: 2000 * WAN }, lowestEvaluatedBid: true }),
      'quote.performance_bond',
      { minPercent: 15, minAmount: 3_000_000, lowestEvaluatedBid: true },
    ],
    [
      '1.4 lowestEvaluatedBid false → 10%',
      input(['performance_bond'], undefined, { figures: { contractPrice: 1000 * WAN }, lowestEvaluatedBid: false }),
      'quote.performance_bond',
      { minPercent: 10, minAmount: 1_000_000 },
    ],
    ['1.4 unlabelled amount read as contract price', input(['performance_bond'], 800 * WAN), 'quote.performance_bond', { contractPrice: 8_000_000, contractPriceFromAmount: true, minAmount: 800000 }],
    ['1.4 nothing → ask for the contract price', input(['performance_bond']), 'quote.missing', { product: 'performance_bond', missing: 'contractPrice' }],
    // 1.5 advance payment
    ['1.5 预付款300万 → 300万', input(['advance_payment'], undefined, { figures: { advancePayment: 300 * WAN } }), 'quote.advance_payment', { advancePayment: 3_000_000, guaranteeAmount: 3_000_000 }],
    ['1.5 unlabelled amount read as the advance payment', input(['advance_payment'], 120 * WAN), 'quote.advance_payment', { guaranteeAmount: 1_200_000, advancePaymentFromAmount: true }],
    ['1.5 nothing → ask', input(['advance_payment']), 'quote.missing', { product: 'advance_payment', missing: 'advancePayment' }],
    // 1.6 payment guarantee
    [
      '1.6 合同价2000万 → equal to the bond, ≥ 200万',
      input(['payment_guarantee'], undefined, { figures: { contractPrice: 2000 * WAN } }),
      'quote.payment_guarantee',
      { minPercent: 10, minAmount: 2_000_000 },
    ],
    [
      '1.6 lowest evaluated bid → ≥ 15%',
      input(['payment_guarantee'], undefined, { figures: { contractPrice: 2000 * WAN }, lowestEvaluatedBid: true }),
      'quote.payment_guarantee',
      { minPercent: 15, minAmount: 3_000_000 },
    ],
    ['1.6 nothing → ask for the contract price', input(['payment_guarantee']), 'quote.missing', { product: 'payment_guarantee', missing: 'contractPrice' }],
  ])('%s', (_name, inp, key, vars) => {
    const r = quote(inp);
    expect({ key: r.key, ...r.vars }).toMatchObject({ key, ...vars });
  });

  it('1.3 body shows which bound binds', () => {
    const r = quote(input(['bid_bond'], undefined, { figures: { bidPrice: 5000 * WAN } }));
    expect(r.body.join('\n')).toContain('投标总价5000万元 → 担保金额最高80万元（2%为100万元，超过80万元上限）');
  });

  it('1.4 cites 1.6 条例第五十八条', () => {
    const r = quote(input(['performance_bond'], undefined, { figures: { contractPrice: 2000 * WAN } }));
    expect(r.sections).toEqual(['1.4', '1.6']);
  });
});
