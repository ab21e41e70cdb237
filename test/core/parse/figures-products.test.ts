import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/core/parse/index.js';

describe('labelled figures', () => {
  it.each([
    ['投标总价5000万', { bidPrice: 50_000_000 }],
    ['投标价：800万元', { bidPrice: 8_000_000 }],
    ['合同价2000万', { contractPrice: 20_000_000 }],
    ['合同价款 3000 万', { contractPrice: 30_000_000 }],
    ['合同金额1亿', { contractPrice: 100_000_000 }],
    ['预付款300万', { advancePayment: 3_000_000 }],
    ['应收账款800万', { receivables: 8_000_000 }],
    ['应收帐款800万', { receivables: 8_000_000 }],
    ['净资产1200万', { netAssets: 12_000_000 }],
    ['净资产：1200万元', { netAssets: 12_000_000 }],
    ['净资产 1200 万', { netAssets: 12_000_000 }],
    ['净资产为五百万', { netAssets: 5_000_000 }],
    ['总资产1.5亿', { totalAssets: 150_000_000 }],
    ['资产5000万', { totalAssets: 50_000_000 }],
    ['销售收入3500万', { revenue: 35_000_000 }],
    ['年销售收入3000万', { revenue: 30_000_000 }],
    ['营业收入1亿', { revenue: 100_000_000 }],
    ['营收2000万', { revenue: 20_000_000 }],
    ['收入900万', { revenue: 9_000_000 }],
    ['利润50万', { profit: 500_000 }],
    ['净利润120万', { profit: 1_200_000 }],
    ['年利润200万', { profit: 2_000_000 }],
    ['资产负债率60%', { debtRatio: 60 }],
    ['负债率55%', { debtRatio: 55 }],
    ['资产负债率百分之七十', { debtRatio: 70 }],
    // 成 is tenths: 七成 is 70%, never 7% (it was: 八成 read as 8% met 1.1's ≤ 70%).
    ['负债率七成了', { debtRatio: 70 }],
    ['负债率八成', { debtRatio: 80 }],
    ['负债率六成五', { debtRatio: 65 }],
    // A fraction with no % sign is a fraction (noted in the reply).
    ['负债率0.75', { debtRatio: 75 }],
    ['资负率78%', { debtRatio: 78 }],
    ['经营5年', { yearsInBusiness: 5 }],
    ['经营三年以上', { yearsInBusiness: 3 }],
    ['成立10年', { yearsInBusiness: 10 }],
    ['经营年限8年', { yearsInBusiness: 8 }],
    ['职工人数200', { employees: 200 }],
    ['员工50人', { employees: 50 }],
    ['净资产1200', { netAssets: 12_000_000 }],
    ['净资产1200万 销售收入3500万 资产负债率60% 经营5年', { netAssets: 12e6, revenue: 35e6, debtRatio: 60, yearsInBusiness: 5 }],
  ])('%s', (text, figures) => {
    expect(parseInput(text).figures).toEqual(figures);
  });

  it.each([
    ['净资产-100万', '净资产“-100万”无效：金额必须大于0'],
    ['资产负债率150%', '资产负债率“150%”无效：应在0%到100%之间'],
    ['员工2.5人', '员工“2.5人”无效：人数应是正整数'],
  ])('%s is an error', (text, message) => {
    expect(parseInput(text).errors).toEqual([message]);
  });

  it('a labelled figure is not also an unlabelled amount', () => {
    expect(parseInput('净资产1200万').amounts).toEqual([]);
  });

  it('a label with no number stays unused', () => {
    expect(parseInput('净资产多少').unused).toEqual(['净资产']);
  });
});

describe('products: longest alias first, each once, in order', () => {
  it.each([
    ['银行贷款担保', ['bank_loan']],
    ['贷款', ['bank_loan']],
    ['民间借贷', ['private_lending']],
    ['过桥', ['private_lending']],
    // 1.2 民间借贷: the 贷款 inside 民间贷款 is not a bank loan (a wrong product is a wrong fee).
    ['民间贷款 200万 10天', ['private_lending']],
    ['民间借款', ['private_lending']],
    ['投标保函', ['bid_bond']],
    ['履约保函', ['performance_bond']],
    ['预付款保函', ['advance_payment']],
    ['支付保函', ['payment_guarantee']],
    ['国内贸易短期信用担保', ['trade_credit']],
    ['应收账款融资', ['receivables_financing']],
    ['股权融资', ['equity_financing']],
    ['银行贷款 投标保函 500万', ['bank_loan', 'bid_bond']],
    ['投标保函和银行贷款', ['bid_bond', 'bank_loan']],
    ['贷款 贷款担保', ['bank_loan']],
    ['500万', []],
  ])('%s', (text, ids) => {
    expect(parseInput(text).products).toEqual(ids);
  });

  it.each([
    ['预付款保函 预付款300万', { products: ['advance_payment'], figures: { advancePayment: 3_000_000 } }],
    ['预付款300万', { products: [], figures: { advancePayment: 3_000_000 } }],
    ['应收账款融资 应收账款800万', { products: ['receivables_financing'], figures: { receivables: 8_000_000 } }],
  ])('%s: product and figure apart', (text, expected) => {
    const p = parseInput(text);
    expect({ products: p.products, figures: p.figures }).toEqual(expected);
  });

  it('贸易 inside a product name is not an industry', () => {
    expect(parseInput('国内贸易短期信用担保 500万').industry).toBeUndefined();
  });
});

describe('industry (2.1), life stage (4.2), bid method (1.6), early repayment (1.2)', () => {
  it.each([
    ['制造业', 'manufacturing'],
    ['工厂', 'manufacturing'],
    ['商贸公司', 'trade'],
    ['批发', 'trade'],
    ['酒店', 'services'],
    ['物流', 'services'],
    ['房地产', 'real_estate'],
    ['建筑', 'real_estate'],
  ])('%s → %s', (text, industry) => {
    expect(parseInput(text).industry).toBe(industry);
  });

  it.each([
    ['初创期', 'startup'],
    ['创业期', 'startup'],
    ['发展期', 'growth'],
    ['成长期', 'growth'],
    ['成熟期', 'mature'],
    ['衰退期', 'decline'],
  ])('%s → %s', (text, stage) => {
    expect(parseInput(text).lifeStage).toBe(stage);
  });

  it.each([['经评审的最低投标价法'], ['最低投标价法'], ['最低价中标']])('%s', (text) => {
    expect(parseInput(text).lowestEvaluatedBid).toBe(true);
  });

  it('经评审的最低投标价法 is not a bid price', () => {
    expect(parseInput('履约保函 合同价款2000万 经评审的最低投标价法').figures).toEqual({ contractPrice: 20_000_000 });
  });

  it.each([
    ['提前5天还款', 5],
    ['提前三天归还', 3],
    ['提前10天', 10],
  ])('%s → %d', (text, days) => {
    expect(parseInput(text).earlyRepaymentDays).toBe(days);
  });

  it('提前5天 is not a term', () => {
    expect(parseInput('民间借贷 30天 提前5天还款').term?.days).toBe(30);
  });
});

describe('a percentage after a money label is no amount (预付款30% was read as 30万)', () => {
  it.each([
    ['预付款保函 合同价3000万 预付款30%', 30],
    ['预付款保函 合同价3000万 预付30%', 30],
    ['预付款保函 预付款比例三成 合同额5000万', 30],
  ])('%s → 1.5 advance share %d%%', (text, percent) => {
    const p = parseInput(text);
    expect(p.figures.advancePayment).toBeUndefined();
    expect(p.advanceShare?.percent).toBe(percent);
  });
  it('another money label with a percentage is said and not used', () => {
    const p = parseInput('净资产30% 销售收入5000万');
    expect(p.figures.netAssets).toBeUndefined();
    expect(p.errors.join()).toContain('是百分比，不是金额');
  });
});

describe('numbers that are not money, and a loan being repaid (a blind probe)', () => {
  it('客户电话尾号8866 is no amount, and its digits are not echoed', () => {
    const p = parseInput('民借 70万 40天 日万五 客户电话尾号8866');
    expect(p.amounts.map((a) => a.source)).toEqual(['70万']);
    expect(p.notes.join()).not.toContain('8866');
  });
  it('120个员工 is 2.3’s 职工人数, not an unreadable amount', () => {
    const p = parseInput('公司有120个员工 想在蜀山贷款600万 一年');
    expect(p.figures.employees).toBe(120);
    expect(p.unclear ?? []).toEqual([]);
    expect(p.amounts.map((a) => a.yuan)).toEqual([6_000_000]);
  });
  it('还银行贷款 is the purpose of a 1.2 loan, not a second product', () => {
    expect(parseInput('客户要过桥 民借300万 还银行贷款 一个月 月息一分五').products).toEqual(['private_lending']);
    expect(parseInput('还想做银行贷款担保 500万').products).toEqual(['bank_loan']);
  });
});
