/**
 * Issue #11 readings, one table per reading, each row citing the handbook section or setting it follows
 * (docs/parsing.md): losses (2.3 利润), revenue synonyms (2.3), 1.9 figures, and numbers whose unit is
 * not read (setting: asked, never given a unit).
 */
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/core/parse/index.js';
import { completeQuoteText, followUpText } from '../../../src/core/quote-followup.js';

describe('losses → negative 利润 (2.3 利润50万以下)', () => {
  it.each([
    ['亏损300万', -3_000_000],
    ['利润-300万', -3_000_000],
    ['负利润100万', -1_000_000],
    ['今年亏了200万', -2_000_000],
    ['净亏损50万', -500_000],
    ['虧損100萬', -1_000_000],
    ['亏损-300万', -3_000_000],
    ['利润200万', 2_000_000],
  ])('%s → profit %d (2.3)', (text, profit) => {
    expect(parseInput(text).figures.profit).toBe(profit);
  });

  it('only 利润 may be below zero: 净资产-300万 is still an error', () => {
    const p = parseInput('净资产-300万');
    expect(p.figures.netAssets).toBeUndefined();
    expect(p.errors).toHaveLength(1);
  });
});

describe('revenue synonyms → 销售收入 (2.3)', () => {
  it.each(['销售3500万', '营收3500万', '营业额3500万', '营业收入3500万', '年销售额3500万', '主营业务收入3500万', '銷售額3500萬'])('%s → revenue 3500万 (2.3)', (text) => {
    expect(parseInput(text).figures.revenue).toBe(35_000_000);
  });
});

describe('1.9 项目总投资 and 自筹 (1.9 案例: 预计投入资金2000万元，其中自筹800万元)', () => {
  it.each([
    ['项目总投资2000万 自筹800万', 20_000_000, 8_000_000],
    ['预计投入资金2000万元，其中自筹800万元', 20_000_000, 8_000_000],
    ['总投资3000万 自有资金1000万', 30_000_000, 10_000_000],
  ])('%s (1.9)', (text, projectInvestment, ownFunds) => {
    expect(parseInput(text).figures).toMatchObject({ projectInvestment, ownFunds });
  });
});

describe('a number next to a unit the parser does not read is never given a unit (setting)', () => {
  it.each([
    ['贷款 500k 合肥', '500k', 'amount'],
    ['贷款 500K 合肥', '500K', 'amount'],
    ['贷款 300刀 合肥', '300刀', 'amount'],
    ['贷款 80兆 合肥', '80兆', 'amount'],
    ['贷款 500万美元', '500万美元', 'amount'],
    ['贷款 $500', '$500', 'amount'],
    ['贷款 5000 美元', '5000 美元', 'amount'],
    ['净资产1200k', '净资产1200k', 'netAssets'],
    ['投标总价5000镑', '投标总价5000镑', 'bidPrice'],
  ])('%s → unclear %s', (text, source, field) => {
    const p = parseInput(text);
    expect(p.unclear).toEqual([{ source, field }]);
    expect(p.amounts).toEqual([]);
    expect(Object.values(p.figures).filter((v) => v !== undefined)).toEqual([]);
  });

  it.each([
    ['2个亿', 200_000_000],
    ['两个亿', 200_000_000],
  ])('%s is read with its unit (regression: 2个亿 was 2万, the 个 taken as a harmless stop word)', (text, yuan) => {
    expect(parseInput(`贷款 ${text} 合肥`).amount?.yuan).toBe(yuan);
  });

  it('2个 alone is asked', () => {
    expect(parseInput('贷款 2个 合肥').unclear).toHaveLength(1);
  });

  it.each(['贷款 500 合肥', '贷款500左右', '贷款 500万 合肥', '净资产1200 销售收入3500万', '贷款五百万一年'])('%s: nothing unit-like next to the number, nothing unclear', (text) => {
    expect(parseInput(text).unclear).toBeUndefined();
  });

  it('stays unclear even when a readable figure follows: the reply asks, never picks', () => {
    expect(parseInput('贷款 500k 合肥 500万').unclear).toHaveLength(1);
    expect(parseInput('贷款 2.5k个点 合肥 1万').unclear).toHaveLength(1);
  });
});

describe('the answer to the question replaces the unclear number (follow-ups and modal)', () => {
  it.each([
    ['贷款 500k 合肥', { amount: '500万' }, 5_000_000],
    ['银行贷款担保 300刀 合肥 1年', { amount: '300万' }, 3_000_000],
  ])('%s + %j', (text, answers, yuan) => {
    const full = completeQuoteText(text, answers);
    const p = parseInput(full);
    expect(p.unclear).toBeUndefined();
    expect(p.amounts.map((a) => a.yuan)).toEqual([yuan]);
  });

  it('an answered rate replaces the rate whose period was not written (modal and DM)', () => {
    expect(parseInput(completeQuoteText('民间借贷担保 100万 一个月 千分之五', { rate: '日千分之五' })).rate).toEqual({ percent: 0.5, per: 'day', source: '日千分之五' });
    const full = followUpText({ kind: 'quote', text: '民间借贷担保 100万 一个月 千分之五', asked: ['rate'], since: 0 }, '日息万五');
    expect(parseInput(full).rate).toEqual({ percent: 0.05, per: 'day', source: '日息万五' });
  });

  it('a DM answer does the same', () => {
    const full = followUpText({ kind: 'classify', text: '净资产1200k 销售收入3500万', asked: ['figures'], since: 0 }, '净资产1200万');
    expect(parseInput(full)).toMatchObject({ figures: { netAssets: 12_000_000, revenue: 35_000_000 } });
    expect(parseInput(full).unclear).toBeUndefined();
  });
});
