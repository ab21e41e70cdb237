import { describe, expect, it } from 'vitest';
import { quote } from '../../../src/core/quote/index.js';
import type { ParsedInput } from '../../../src/core/types.js';
import { input, WAN } from './input.js';

type Case = [string, ParsedInput, string, Record<string, unknown>];

describe('1.7–1.9', () => {
  it.each<Case>([
    [
      '1.7 应收账款100万 → 90万 covered, 10万 seller',
      input(['trade_credit'], undefined, { figures: { receivables: 100 * WAN } }),
      'quote.trade_credit',
      { loss: 1_000_000, covered: 900000, sellerShare: 100000, coveredPercent: 90, sellerPercent: 10 },
    ],
    ['1.7 unlabelled amount read as the loss', input(['trade_credit'], 35 * WAN), 'quote.trade_credit', { loss: 350000, covered: 315000, sellerShare: 35000, lossFromAmount: true }],
    ['1.7 odd amount: parts add up to the loss', input(['trade_credit'], 12_345), 'quote.trade_credit', { covered: 11110.5, sellerShare: 1234.5 }],
    ['1.7 nothing → ask for the amount', input(['trade_credit']), 'quote.missing', { product: 'trade_credit', missing: 'amount' }],
    ['1.8 explained, no fee figure', input(['receivables_financing']), 'quote.receivables_financing', { hasFeeFigure: false, amount: null }],
    ['1.8 an amount is echoed, not priced', input(['receivables_financing'], 500 * WAN), 'quote.receivables_financing', { hasFeeFigure: false, amount: 5_000_000 }],
    [
      '1.9 explained with its case',
      input(['equity_financing']),
      'quote.equity_financing',
      { hasFeeFigure: false, caseTotal: 20_000_000, caseOwnFunds: 8_000_000, caseFinanced: 12_000_000, caseMonths: 24 },
    ],
    ['1.9 an amount is echoed, not priced', input(['equity_financing'], 1200 * WAN), 'quote.equity_financing', { amount: 12_000_000 }],
  ])('%s', (_name, inp, key, vars) => {
    const r = quote(inp);
    expect({ key: r.key, ...r.vars }).toMatchObject({ key, ...vars });
  });

  it('1.8 lists features and what to ask', () => {
    const r = quote(input(['receivables_financing']));
    expect(r.body).toContain('• 可以有效降低企业坏帐风险');
  });
});

describe('1.9 financing need = 项目总投资 − 自筹 (1.9 案例: 2000万, 自筹800万 → 1200万)', () => {
  it.each([
    [20_000_000, 8_000_000, 12_000_000],
    [30_000_000, 10_000_000, 20_000_000],
    [20_000_000, 20_000_000, null],
    [20_000_000, 25_000_000, null],
  ])('total %d, own %d → need %s (1.9)', (projectInvestment, ownFunds, need) => {
    const q = quote(input(['equity_financing'], undefined, { figures: { projectInvestment, ownFunds } }));
    expect(q.key).toBe('quote.equity_financing');
    expect(q.vars.financingNeed).toBe(need);
  });

  it('one of the two: no need computed, the other is asked in the body', () => {
    const q = quote(input(['equity_financing'], undefined, { figures: { projectInvestment: 20_000_000 } }));
    expect(q.vars.financingNeed).toBeNull();
    expect(q.body.join('\n')).toContain('请补充自筹');
  });
});

describe('a number whose unit was not read is asked for, never quoted (setting)', () => {
  it.each([
    ['bank_loan' as const, 'amount', 'amount'],
    ['bid_bond' as const, 'bidPrice', 'bidPrice'],
    ['advance_payment' as const, 'advancePayment', 'advancePayment'],
  ])('%s with an unclear %s → quote.missing %s', (product, field, missing) => {
    const q = quote(input([product], 500 * WAN, { unclear: [{ source: '500k', field: field as 'amount' }], figures: { bidPrice: 50_000_000 } }));
    expect(q.key).toBe('quote.missing');
    expect(q.vars.missing).toBe(missing);
  });
});
