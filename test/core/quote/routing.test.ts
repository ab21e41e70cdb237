import { describe, expect, it } from 'vitest';
import { quote } from '../../../src/core/quote/index.js';
import type { ParsedInput } from '../../../src/core/types.js';
import { hefei, input, money, WAN } from './input.js';

type Case = [string, ParsedInput, string, Record<string, unknown>];

describe('quote routing, missing and invalid input', () => {
  it.each<Case>([
    [
      'no product → need_product listing all nine',
      input([], 500 * WAN),
      'quote.need_product',
      { products: 'bank_loan,private_lending,bid_bond,performance_bond,advance_payment,payment_guarantee,trade_credit,receivables_financing,equity_financing' },
    ],
    ['two products → two_products', input(['bid_bond', 'performance_bond'], 500 * WAN), 'quote.two_products', { products: 'bid_bond,performance_bond', count: 2 }],
    ['three products → two_products', input(['bank_loan', 'bid_bond', 'trade_credit']), 'quote.two_products', { count: 3 }],
    ['errors and no product → invalid', input([], undefined, { errors: ['金额不能为负数'] }), 'quote.invalid', { product: null, errors: 1 }],
    [
      'errors leaving the amount unusable → invalid',
      input(['bank_loan'], undefined, { place: hefei, errors: ['“-500万”：金额不能为负数'] }),
      'quote.invalid',
      { product: 'bank_loan', missing: 'amount', errors: 1 },
    ],
    ['errors but the rule can still quote → normal key', input(['bid_bond'], undefined, { figures: { bidPrice: 5000 * WAN }, errors: ['期限“0天”无效'] }), 'quote.bid_bond', { maxAmount: 800000 }],
    [
      'several unlabelled amounts → which_amount',
      input(['bank_loan'], undefined, { place: hefei, amounts: [money(500 * WAN), money(300 * WAN)] }),
      'quote.which_amount',
      { product: 'bank_loan', amounts: '500万,300万', count: 2 },
    ],
    [
      'a labelled figure settles which amount',
      input(['bid_bond'], undefined, { figures: { bidPrice: 5000 * WAN }, amounts: [money(50 * WAN), money(60 * WAN)] }),
      'quote.bid_bond',
      { bidPrice: 50_000_000, requested: null },
    ],
    ['advance payment with two amounts → which_amount', input(['advance_payment'], undefined, { amounts: [money(10 * WAN), money(20 * WAN)] }), 'quote.which_amount', { product: 'advance_payment' }],
  ])('%s', (_name, inp, key, vars) => {
    const r = quote(inp);
    expect({ key: r.key, ...r.vars }).toMatchObject({ key, ...vars });
  });

  it.each<[string, ParsedInput, string]>([
    ['notes are shown', input(['bid_bond'], 5000 * WAN, { notes: ['“5000”没有单位，按万元理解'] }), '说明：“5000”没有单位，按万元理解'],
    ['unused words are shown', input(['bid_bond'], 5000 * WAN, { unused: ['明天', '张总'] }), '未使用：明天、张总'],
    ['unused words are shown on a missing reply too', input(['bank_loan'], undefined, { unused: ['哈哈'] }), '未使用：哈哈'],
    ['errors are shown on a normal reply', input(['bid_bond'], 5000 * WAN, { errors: ['期限“0天”无效'] }), '⚠️ 期限“0天”无效'],
    ['errors are shown on an invalid reply', input([], undefined, { errors: ['金额不能为负数'] }), '⚠️ 金额不能为负数'],
    ['unused words are shown on need_product', input([], undefined, { unused: ['多少钱'] }), '未使用：多少钱'],
  ])('%s', (_name, inp, line) => {
    expect(quote(inp).body).toContain(line);
  });

  it('a missing reply asks in Chinese', () => {
    const r = quote(input(['bank_loan'], 500 * WAN));
    expect(r.body[0]).toMatch(/^请补充.*地区/);
  });

  it('the unlabelled amount read as the bid price is said so', () => {
    const r = quote(input(['bid_bond'], 5000 * WAN));
    expect(r.body[0]).toBe('“5000万”没有标明是什么金额，按投标总价理解。');
  });
});
