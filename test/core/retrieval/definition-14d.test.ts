/**
 * Issue #12 (branch issue-14d), fact recall on what-questions: the right section, but not the sentence that defines.
 * - A Latin abbreviation is a subject too, and so is a member of its synonym group (crm → 客户关系管理): 15.1's
 *   opening is a preamble (…还没有形成一个统一的权威定义), its definition is 客户关系管理绝不仅仅是技术,更是…管理模式.
 * - A thing named only as a member of an enumeration (分为两类:交易型客户和关系型客户。) is described by the next
 *   sentence (前者…;后者…): the two go together.
 * - 稳定期是关系的哪个阶段 is a which-question asking what kind a thing is: the section's definition answers
 *   (关系发展的最高阶段。), as for a what-question.
 */
import { describe, expect, it } from 'vitest';
import { replyText } from '../../../src/core/reply.js';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';

const text = (q: string): string => replyText(answerQuestion(q));

describe('the sentence that defines what is asked', () => {
  it.each([
    ['Crm这个词啥概念', '企业经营理念和管理模式'],
    ['CRM是啥', '企业经营理念和管理模式'],
    ['关系型客户指的是啥样的客户', '更关注商品的质量和服务'],
    ['交易型客户是什么', '只关心价格'],
    ['形成期属于哪个阶段', '关系的快速发展期'],
    ['退化期算关系里哪一阶段', '关系水平逆转阶段'],
  ])('%s → %s', (q, fact) => {
    expect(text(q)).toContain(fact);
  });

  it('a which-question that does not ask what kind a thing is keeps its sentence', () => {
    expect(text('民间借贷最长能借多久')).toContain('最长不超过三个月');
  });
});
