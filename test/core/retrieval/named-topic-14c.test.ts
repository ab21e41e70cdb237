/**
 * Issue #12, the right section among neighbours (stop 14): a section the question names by a word of its own title answers
 * before a section that never mentions that word. 谈判前要准备几套方案 ranked 4.1 拜访前准备 first (its title shares 前准备, its
 * text not a word of 谈判) above 8.3.2 谈判要点, whose 提出多样选择方案 answers; 借民间资金还银行贷款 ranked 1.1 银行贷款担保
 * (title 银行贷款) above 1.2 民间借贷担保, whose 客户借款的条件 names that very use. The order changes only among sections that
 * answer anyway: the best section covers at least COVERAGE_MIN and under TOPIC_GAP of the question, the named one clearly more.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';

const first = (q: string): string | undefined => answerQuestion(q).sections[0];

describe('a section named by a word of its title, which the best-scoring section never says, answers', () => {
  it.each([
    ['和客户谈判之前方案准备一个够不够', '8.3.2'],
    ['谈判前要不要多准备几套方案', '8.3.2'],
    ['借民间的钱还银行贷款 可以担保不', '1.2'],
  ])('%s → %s', (q, id) => {
    expect(first(q)).toBe(id);
  });

  it.each([
    ['拜访前要准备什么', '4.1'],
    ['去拜访前营销工具要准备几样', '4.1'],
    ['银行贷款担保借款理由有啥要求', '1.1'],
  ])('a question about the best section stays with it: %s → %s', (q, id) => {
    expect(first(q)).toBe(id);
  });
});
