/**
 * Issue #12, routing (stop 14): a need asked as “is there a product” without a question word before 产品 (还有产品能做吗, 有产品
 * 可以做不) asks which product fits, as 有没有啥产品 does: with a need the handbook answers by a product (没啥反担保 / 么得反担保 /
 * 拿不出反担保 → 1.9 担保股权融资), the need answers, not the 1.1 / 2.5 checklists. With client facts only (成立两年 有产品能做吗)
 * the checklists still answer.
 */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';

describe('a need asked as “还有产品能做吗” → the need’s product', () => {
  it.each(['客户反担保给不了 还有产品能做吗', '这家企业么得反担保 有产品可以做不', '没什么反担保的客户 有产品能做吗'])('%s → 1.9 first', (q) => {
    const r = answerMessage(q)!;
    expect(r.key).toBe('needs.products');
    expect(r.sections[0]).toBe('1.9');
  });

  it.each(['成立两年 有产品能做吗', '负债率80% 还有产品可以做吗'])('client facts only stay with the checklists: %s', (q) => {
    expect(answerMessage(q)!.key).toBe('eligibility.result');
  });
});
