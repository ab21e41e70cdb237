import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/core/parse/index.js';
import { readChinese } from '../../../src/core/parse/numerals.js';

describe('key=value input', () => {
  it.each([
    ['product=bank', { products: ['bank_loan'] }],
    ['product=bid_bond', { products: ['bid_bond'] }],
    ['product=receivables', { products: ['receivables_financing'] }],
    ['product=预付款保函', { products: ['advance_payment'] }],
    ['amount=5000000', { amount: 5_000_000 }],
    ['amount=500万', { amount: 5_000_000 }],
    ['region=hefei', { place: 'hefei' }],
    ['region=outside', { place: 'outside' }],
    ['region=芜湖', { place: 'outside' }],
    ['client=returning', { clientStatus: 'returning' }],
    ['client=new', { clientStatus: 'new' }],
    ['term=12m', { months: 12 }],
    ['term=1y', { months: 12 }],
    ['term=30d', { days: 30 }],
    ['rate=2.4', { rate: { percent: 2.4, per: 'year' } }],
    ['rate=0.05%/d', { rate: { percent: 0.05, per: 'day' } }],
    ['bid_price=5000万', { figures: { bidPrice: 50_000_000 } }],
    ['net_assets=12000000', { figures: { netAssets: 12_000_000 } }],
    ['debt_ratio=60', { figures: { debtRatio: 60 } }],
    ['years=5', { figures: { yearsInBusiness: 5 } }],
    ['employees=80', { figures: { employees: 80 } }],
    ['industry=trade', { industry: 'trade' }],
  ])('%s', (text, expected) => {
    const p = parseInput(text);
    const got: Record<string, unknown> = {
      products: p.products.length ? p.products : undefined,
      amount: p.amount?.yuan,
      place: p.place?.kind,
      clientStatus: p.clientStatus,
      months: p.term?.months,
      days: p.term?.days,
      rate: p.rate && { percent: p.rate.percent, per: p.rate.per },
      figures: Object.keys(p.figures).length ? p.figures : undefined,
      industry: p.industry,
    };
    expect(Object.fromEntries(Object.entries(got).filter(([, v]) => v !== undefined))).toEqual(expected);
  });

  it.each([
    ['product=xyz', '“product=xyz”无效：没有这个产品'],
    ['term=forever', '“term=forever”无效：应写成 12m、1y 或 30d'],
    ['amount=-5', '金额“amount=-5”无效：金额必须大于0'],
    ['client=vip', '“client=vip”无效：应为 new 或 returning'],
  ])('%s is an error', (text, message) => {
    expect(parseInput(text).errors).toEqual([message]);
  });

  it('mixes with free text', () => {
    const p = parseInput('product=bank 500万 合肥 新客户');
    expect([p.products, p.amount?.yuan, p.place?.kind, p.clientStatus]).toEqual([['bank_loan'], 5_000_000, 'hefei', 'new']);
  });
});

describe('examples from the issue', () => {
  it('银行贷款担保 500万 合肥 新客户 1年', () => {
    const p = parseInput('银行贷款担保 500万 合肥 新客户 1年');
    expect({
      products: p.products,
      yuan: p.amount?.yuan,
      place: p.place?.kind,
      status: p.clientStatus,
      months: p.term?.months,
      unused: p.unused,
      notes: p.notes,
      errors: p.errors,
    }).toEqual({ products: ['bank_loan'], yuan: 5_000_000, place: 'hefei', status: 'new', months: 12, unused: [], notes: [], errors: [] });
  });

  it('投标保函 投标总价 5000万', () => {
    const p = parseInput('投标保函 投标总价 5000万');
    expect({ products: p.products, figures: p.figures, amounts: p.amounts }).toEqual({
      products: ['bid_bond'],
      figures: { bidPrice: 50_000_000 },
      amounts: [],
    });
  });

  it('外地老客户费率多少', () => {
    const p = parseInput('外地老客户费率多少');
    expect({ place: p.place?.kind, status: p.clientStatus, unused: p.unused }).toEqual({
      place: 'outside',
      status: 'returning',
      unused: [],
    });
  });

  it('民间借贷 200万 30天 日费率0.05% 提前5天还款 外地 老客户', () => {
    const p = parseInput('民间借贷 200万 30天 日费率0.05% 提前5天还款 外地 老客户');
    expect([p.products, p.amount?.yuan, p.term?.days, p.rate?.per, p.earlyRepaymentDays, p.place?.kind, p.clientStatus]).toEqual([
      ['private_lending'],
      2_000_000,
      30,
      'day',
      5,
      'outside',
      'returning',
    ]);
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['三百五', 350],
    ['五百万', 5_000_000],
    ['一千万', 10_000_000],
    ['一亿二千万', 120_000_000],
    ['一万五', 15_000],
  ])('%s → %d', (text, value) => {
    expect(readChinese(text)).toEqual({ ok: true, value });
  });

  it.each([['万万'], ['五万万'], ['百']])('%s is refused', (text) => {
    expect(readChinese(text).ok).toBe(false);
  });
});
