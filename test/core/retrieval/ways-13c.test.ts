/**
 * Issue #12 (branch issue-13c), fact recall: 反担保能接受啥形式 got 1.1's whole 客户基本条件 list. Asking in what ways or
 * forms is asking for the enumeration (question-types.json list: 什么方式, 啥形式), and the item enumerating them
 * (反担保方式灵活,抵押,质押,保证反担保) answers even when the product's name in the question lifts every item alike.
 */
import { describe, expect, it } from 'vitest';
import { replyText } from '../../../src/core/reply.js';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';
import { questionType } from '../../../src/core/retrieval/question-type.js';

describe('in what ways or forms: the item enumerating them', () => {
  it.each(['银行贷款担保的反担保可以用什么形式', '贷款担保客户拿什么方式做反担保', '贷款担保反担保收哪些方式'])('%s', (q) => {
    const t = replyText(answerQuestion(q));
    expect(t).toContain('抵押,质押,保证反担保');
    expect(t).not.toContain('经过工商部门登记');
  });

  it('is a list question', () => {
    expect(questionType('反担保能接受啥形式')).toBe('list');
  });
});
