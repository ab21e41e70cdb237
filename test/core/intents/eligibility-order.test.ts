/**
 * Issue #12 (eligibility order): the checklist that decides the question leads the reply and its citation — the one
 * the question names (算不算目标客户 → 2.5), else the only one a stated fact fails (法人征信有问题 → 2.5第4条, a
 * criterion 1.1 does not have); a claim about a person's credit is that person's (2.5第4条), not the company's record.
 */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';

const reply = (q: string) => {
  const r = answerMessage(q)!;
  expect(r.key).toBe('eligibility.result');
  return r;
};

describe('the deciding checklist leads', () => {
  it.each([
    ['董事长征信不太好 这单还能做吗', '2.5第4条'],
    ['实控人信用有问题 能给担保吗', '2.5第4条'],
    ['老总爱赌博 可以合作吗', '2.5第4条'],
  ])('%s → 2.5 first, 不符合 %s only', (q, criterion) => {
    const r = reply(q);
    expect(r.sections).toEqual(['2.5', '1.1']);
    expect(r.vars['unmet']).toBe(criterion);
    // The body and the citation list 2.5 first as well.
    expect(r.body.findIndex((l) => l.includes('2.5 目标客户的条件'))).toBeLessThan(r.body.findIndex((l) => l.includes('1.1 银行贷款担保')));
    expect(r.context[0]).toMatch(/出处：《产品与营销》2\.5.*；1\.1/u);
  });

  it.each([
    ['企业征信不好 还能做吗', '1.1第7条,2.5第3条'],
    ['负债率80% 能做贷款担保吗', '1.1第4条,2.5第3条'],
  ])('%s: a fact both checklists decide → 1.1 first (%s)', (q, unmet) => {
    const r = reply(q);
    expect(r.sections[0]).toBe('1.1');
    expect(r.vars['unmet']).toBe(unmet);
  });

  it('a person in one clause, the company in another: each claim decides its own criterion', () => {
    expect(reply('老板信用不好，企业也逾期了 能做吗').vars['unmet']).toBe('1.1第7条,2.5第3条,2.5第4条');
  });

  it('a question naming 目标客户 leads with 2.5 even when 1.1 fails too', () => {
    expect(reply('负债率80% 还算目标客户吗').sections[0]).toBe('2.5');
  });
});
