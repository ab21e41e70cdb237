/**
 * Issue #12 (branch issue-14d), fact recall on yes/no questions:
 * - the A不A form (做不做, 算不算, 担不担, 要不要) asks a yes/no question (can), answered by the deciding sentence, not the
 *   section's passage; 是不是 is not (it questions a claim inside another question: 是不是只能我们让步);
 * - whether a case is an X (属于X吗, 算不算X) is decided by the sentence defining X, whatever the case's words match
 *   (个人 names 1.2's 反担保企业或个人, but 民间借贷是指公民之间、公民与法人之间… decides);
 * - a question asking the number of steps (分几步) is answered by the enumeration stating steps (两个步骤), not classes;
 * - a list the ranked text was preferred to is not brought back by its label (民间借贷指的是哪些主体之间的借钱: 借钱 ≈ 借款
 *   names 客户借款的条件, but the definition says who).
 */
import { describe, expect, it } from 'vitest';
import { replyText } from '../../../src/core/reply.js';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';
import { questionType } from '../../../src/core/retrieval/question-type.js';

const text = (q: string): string => replyText(answerQuestion(q));

describe('yes/no questions and membership', () => {
  it.each([
    ['民间借贷做不做', 'can'],
    ['这种客户算不算目标客户', 'can'],
    ['工作日记有没有必要天天记', 'can'],
    ['有没有封顶', 'can'],
    ['谈判陷入僵局了 是不是只能我们让步', 'other'],
  ])('questionType(%s) → %s', (q, type) => {
    expect(questionType(q)).toBe(type);
  });

  it.each([
    ['公司向老板个人借款算不算民间借贷', '公民与法人之间'],
    ['两个老百姓之间借钱属于民间借贷吗', '公民之间'],
    ['民间借贷说的是哪几种人之间借钱', '公民与其它组织之间'],
  ])('%s → %s', (q, fact) => {
    expect(text(q)).toContain(fact);
  });

  it('a yes/no question gets the one deciding criterion, not the whole list', () => {
    const t = text('贷款担保的客户需不需要贷款卡');
    expect(t).toContain('贷款卡');
    expect(t).not.toContain('经营三年以上');
  });
});

describe('the enumeration stating the kind of member asked for', () => {
  // 分几步 asks for steps: 识别有价值客户需要两个步骤:…, not the list 分为三类 the word 分 shares.
  it('客户识别里找有价值客户分几步做 → the two steps', () => {
    expect(text('客户识别里找有价值客户分几步做')).toContain('分离出交易型客户');
  });

  it('分几类 still gets the three classes', () => {
    expect(text('有价值的关系型客户分几类')).toContain('正在失去价值的客户');
  });
});
