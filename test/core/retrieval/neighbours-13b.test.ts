/**
 * Issue #12, the right section among neighbours (held-out 5, dev 5 and dev 6 misses, fixed by class):
 * - A choice among kinds stating its conditions (客户数量多利润低 选啥关系类型) is answered by the section that chooses
 *   (15.3.2.2 客户关系选择, which holds the conditions), not by the one listing the kinds, whose title the question's kind
 *   words repeat (15.3.2.1 客户关系的类型).
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';
import { CHOICE_ASKED } from '../../../src/core/retrieval/search.js';

const first = (q: string): string | undefined => answerQuestion(q).sections[0];

describe('a choice among kinds, with its conditions → the section that chooses', () => {
  it.each([
    ['少量高端客户利润高 选什么关系类型', '15.3.2.2'],
    ['利润空间大的少数大客户 适合哪种关系', '15.3.2.2'],
    ['客户数量庞大 利润低 该用哪种关系类型', '15.3.2.2'],
  ])('%s → %s', (q, id) => {
    expect(first(q)).toBe(id);
  });

  it.each([
    ['客户关系有哪几种类型', '15.3.2.1'],
    ['建立客户关系要选啥类型 依据是啥', '15.3.2.1'],
  ])('asking for the kinds themselves stays with the list: %s → %s', (q, id) => {
    expect(first(q)).toBe(id);
  });

  it.each(['选哪种', '该选啥', '用什么关系类型', '适合哪类', '采用哪种'])('%s asks a choice', (q) => {
    expect(CHOICE_ASKED.test(q)).toBe(true);
  });

  it.each(['用什么方法', '谈判技巧有哪些', '选择渠道是什么'])('%s does not', (q) => {
    expect(CHOICE_ASKED.test(q)).toBe(false);
  });
});
