/** A DM asking only a client's class (算几类/哪类) with figures is answered at that grain: 2.3 alone (issue #12). */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { replyText } from '../../../src/core/reply.js';

describe('class-only questions with figures → 2.3, not the full checklists', () => {
  it.each([
    ['这家公司净资产一千五百万，年收入四千万，属于哪一类', 'B类客户'],
    ['客户净资产三百万、销售收入八百万，定级是什么', 'D类'],
  ])('%s → 2.3 only, naming %s', (q, fact) => {
    const r = answerMessage(q)!;
    expect(r.key).toBe('classify.result');
    expect(r.sections).toEqual(['2.3']);
    expect(replyText(r)).toContain(fact);
    expect(replyText(r)).not.toContain('1.1 银行贷款担保客户基本条件');
  });
  it('figures without a class word keep the full classification (checklists cited)', () => {
    const r = answerMessage('净资产2000万 销售收入5000万 负债率60%')!;
    expect(r.key).toBe('classify.result');
    expect(r.sections.length).toBeGreaterThan(1);
  });
});

describe('a request to classify is not a class-only question', () => {
  it('帮我分类 + figures → the full classification', () => {
    expect(answerMessage('帮我分类 净资产2000万 销售收入5000万 负债率60%')!.sections.length).toBeGreaterThan(1);
  });
});

describe('which product, with client facts only: the checklists still answer; with a need: the need', () => {
  it.each(['客户成立两年，有没有产品可以做', '负债率80%，有什么产品能做吗'])('%s → eligibility', (q) => {
    expect(answerMessage(q)!.key).toBe('eligibility.result');
  });
  it('拿不出反担保，有没有啥产品 → the need (1.9 first)', () => {
    const r = answerMessage('这个企业反担保拿不出，有没有什么产品')!;
    expect(r.key).toBe('needs.products');
    expect(r.sections[0]).toBe('1.9');
  });
});
