/**
 * Issue #12 (branch issue-13c), fact recall: 财务不规范 我们能帮啥 asks how we help, as 怎么帮 does; it was read as no
 * type and got 12.5's diagnosis, not 为此,客户经理应…建立健全财务制度 (question-types.json how: 帮啥, 能帮什么, 帮什么忙).
 */
import { describe, expect, it } from 'vitest';
import { replyText } from '../../../src/core/reply.js';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';
import { questionType } from '../../../src/core/retrieval/question-type.js';

describe('what can we help with: a how question', () => {
  it.each(['客户财务管理水平不高 我们能帮啥', '企业财务乱 客户经理能帮什么', '客户不懂财务 我们帮什么忙'])('%s', (q) => {
    expect(questionType(q)).toBe('how');
  });

  it('quotes the step, not the diagnosis', () => {
    expect(replyText(answerQuestion('客户财务管理水平不高 我们能帮啥'))).toContain('建立健全财务制度');
  });
});
