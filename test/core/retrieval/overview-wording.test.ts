/**
 * Issue #12 class 5: “X那章/那部分讲了啥” asks for the section titled X as a whole — its children (an overview), not
 * the one child whose text repeats the words most (客户维护 → 7, not 7.2).
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';

describe('a question about what a part of the handbook says → that part, with its children', () => {
  it.each([
    ['客户分类那一章说了什么', '2'],
    ['挖掘需求那套讲了些什么', '5'],
    ['客户关系管理的建立那块讲的啥', '15.3.2'],
  ])('%s → %s', (q, section) => {
    const r = answerQuestion(q);
    expect(r.key).toBe('handbook.overview');
    expect(r.sections).toEqual([section]);
  });
});
