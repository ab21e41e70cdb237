/**
 * Issue #12 (branch issue-13c), fact recall: a list or how question was answered by the section's list whenever it
 * scored half the best unit, even when the text ranked first says what is asked and the list says none of it
 * (民间借贷是指哪些…之间 → 1.2's definition, not 客户借款的条件; CRM怎么定义 → 15.1's definition, not 四个方面).
 */
import { describe, expect, it } from 'vitest';
import { replyText } from '../../../src/core/reply.js';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';

const text = (q: string): string => replyText(answerQuestion(q));

describe('the text that says what is asked, over a list that does not', () => {
  it.each([
    ['民间借贷是指哪些主体之间的借贷行为', '公民与法人之间'],
    ['CRM到底怎么定义', '绝不仅仅是技术'],
  ])('%s → %s', (q, fact) => {
    expect(text(q)).toContain(fact);
  });

  it('keeps the list a question asks for', () => {
    expect(text('民间借贷担保客户借款要满足哪些条件')).toContain('反担保措施有效落实');
  });
});
