/** Eligibility questions with client facts → 1.1 / 2.5 / 1.2 checklists criterion by criterion, never a pitch. */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { route } from '../../../src/core/intents/route.js';
import { replyText } from '../../../src/core/reply.js';

const ask = (q: string) => answerMessage(q)!;

describe('eligibility', () => {
  it.each([
    ['负债率75%还能做贷款担保吗', 'unmet', '资产负债率'],
    ['成立两年的公司能做吗', 'unmet', '经营'],
    ['客户公司去年亏损，还能不能做担保', 'unmet', '连续盈利'],
    ['客户征信有逾期，贷款担保行不行', 'unmet', '信用记录'],
    ['没有抵押物的企业能做贷款担保吗', 'unmet', '反担保'],
    ['资产负债率60%，经营6年，可以做吗', 'unknown', '需核实'],
    ['净资产2000万，销售收入5000万，负债率50%，经营8年，利润300万，能做贷款担保吗', 'unknown', '符合'],
  ])('%s → %s', (q, verdict, word) => {
    expect(route(q).kind).toBe('eligibility');
    const r = ask(q);
    expect(r.key).toBe('eligibility.result');
    expect(r.vars.verdict).toBe(verdict);
    expect(r.sections).toEqual(['1.1', '2.5']);
    expect(replyText(r)).toContain(word);
    expect(r.confidential).toBe(true);
  });

  it.each([
    ['客户成立才半年，可以给他办贷款担保吗', '经营三年以上'],
    ['厂子开了一年多一点，能申请银行贷款担保不', '经营三年以上'],
    ['客户有逾期记录可以申请贷款担保吗', '信用记录'],
  ])('asked with words in between (可以申请…吗): %s → the checklist, 不符合', (q, word) => {
    expect(route(q).kind).toBe('eligibility');
    const r = ask(q);
    expect(r.vars.verdict).toBe('unmet');
    expect(replyText(r)).toMatch(new RegExp(`不符合 — \\d\\. [^\\n]*${word}`));
  });

  it.each(['经营不善的企业可以合作吗', '能讲讲经营三年的要求吗', '可以介绍一下贷款担保吗'])('a can-we question without a client fact of its own stays a handbook question: %s', (q) => {
    expect(route(q).kind).toBe('handbook');
  });

  it('a positive claim stays 需核实 (the manager’s word is not the credit report)', () => {
    const r = ask('客户信用良好，经营五年，能做吗');
    expect(replyText(r)).toMatch(/需核实 — 7\. 信用记录良好/);
  });

  it.each([
    ['客户想民间借贷借四个月，行不行', 'unmet'],
    ['民间借贷借二十天可以吗', 'unknown'],
  ])('1.2 term: %s → %s', (q, verdict) => {
    const r = ask(q);
    expect(r.sections).toEqual(['1.2']);
    expect(r.vars.verdict).toBe(verdict);
    expect(replyText(r)).toContain('三个月');
  });

  it.each([
    ['客户对贷款担保没兴趣咋办', '4.2'],
    ['客户对我们的产品不感兴趣怎么办', '4.2'],
  ])('a client’s attitude is a practice question, not a recommendation: %s', (q, section) => {
    expect(route(q).kind).toBe('handbook');
    expect(ask(q).sections[0]).toBe(section);
  });

  it('a question about another product is answered from its section', () => {
    expect(route('没有反担保能做担保股权融资吗').kind).toBe('handbook');
  });
});
