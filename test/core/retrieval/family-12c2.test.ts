/**
 * Issue #12 (round 2): a list question over a family is answered by the parent even when one section of another
 * family ranks among the siblings (2.4 按产品需求分类 among the 1.x products for 产品一共几种), and when the parent's
 * title matches clearly, if less than half again, better than the best section's.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';

describe('a list question over a family gets the parent', () => {
  it.each(['担保产品一共几种 帮我归纳一下 要发客户', '我们担保产品一共几种呀 给我理一下 我要转给客户'])('%s → 1 公司产品介绍', (q) => {
    const r = answerQuestion(q);
    expect(r.key).toBe('handbook.overview');
    expect(r.sections[0]).toBe('1');
  });

  it('我们的客户有几种分法 → 2 客户的分类 (its title clearly better than 15.3.2.1 客户关系的类型)', () => {
    expect(answerQuestion('我们的客户有几种分法').sections[0]).toBe('2');
  });

  it('a question about one child keeps the child (按需求客户能分几类 → 2.4)', () => {
    expect(answerQuestion('按需求客户能分几类').sections[0]).toBe('2.4');
  });
});
