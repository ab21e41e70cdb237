import { describe, expect, it } from 'vitest';
import { matchNeeds, needs, needsReply } from '../../../src/core/needs/index.js';

describe('matchNeeds: the situation → the best need', () => {
  it.each([
    ['客户下个月要投标，缺保证金', 'bid_deposit'],
    ['应收账款回款慢', 'slow_receivables'],
    ['想扩产但没有抵押物', 'no_collateral'],
    ['要还银行贷款周转一个月', 'bridge_loan'],
    ['刚中标了，业主要求提交履约担保', 'won_contract'],
    ['业主老拖欠工程款', 'owner_payment'],
    ['客户赊销给下游，怕收不回来', 'slow_receivables'],
    ['企业缺流动资金，银行不放款', 'working_capital'],
    ['续贷前需要过桥资金', 'bridge_loan'],
    ['想建新的生产基地，但反担保不足', 'no_collateral'],
  ])('%s → %s', (text, id) => {
    expect(matchNeeds(text)[0]?.need.id).toBe(id);
  });

  it.each(['今天天气不错', '拜访报告要写什么', ''])('%s → no need', (text) => {
    expect(matchNeeds(text)).toEqual([]);
  });

  it('counts 还银行贷款 once, not also as 贷款', () => {
    expect(matchNeeds('要还银行贷款')[0]?.need.id).toBe('bridge_loan');
  });
});

describe('needsReply', () => {
  const r = needsReply(matchNeeds('客户下个月要投标，缺保证金'));
  it('names the need and products in vars', () => {
    expect(r.vars).toMatchObject({ needs: 'bid_deposit', products: 'bid_bond' });
  });
  it('cites 1.3, 2.4 and 5', () => {
    expect(r.sections).toEqual(expect.arrayContaining(['1.3', '2.4', '5']));
  });
  it('offers a quote command', () => {
    expect(r.body.join('\n')).toContain('/quote 投标保函');
  });
});

describe('needs table', () => {
  it.each(needs.map((n) => [n.id, n] as const))('%s cites a section for every reason and check', (_id, n) => {
    expect([...n.why, ...n.check].every((c) => /^\d/.test(c.section))).toBe(true);
  });
});
