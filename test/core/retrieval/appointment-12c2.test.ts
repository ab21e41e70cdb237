/**
 * Issue #12 (round 2): 约时间 names an appointment, not a duration. 跟老板约个时间 怎么约 was read as how long
 * (its 时间) and 1.2's 借款时间 sentence answered before 4.1's 电话约见、托人约见、当面约见.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';
import { questionType } from '../../../src/core/retrieval/question-type.js';

describe('约时间 is an appointment', () => {
  it.each(['想和老板约时间见一面 咋约比较好', '要跟客户约时间见面 怎么约合适'])('%s → not how_long; 4.1 answers', (q) => {
    expect(questionType(q)).not.toBe('how_long');
    expect(answerQuestion(q).sections[0]).toBe('4.1');
  });

  it('想跟老板约个时间碰一下 一般怎么约 is a how question (its ranking is left: 1.2 借款时间 still scores 时间)', () => {
    expect(questionType('想跟老板约个时间碰一下 一般怎么约')).toBe('how');
  });

  it.each(['民间借贷借款时间最长多久', '办下来要花多长时间', '借款时间一般多少'])('%s stays a duration question', (q) => {
    expect(['how_long', 'how_much']).toContain(questionType(q));
  });
});
