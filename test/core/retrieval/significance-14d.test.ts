/**
 * Issue #12 (branch issue-14d), fact recall: 有啥意义 / 有什么意义 asks why a thing matters (why), not for an enumeration —
 * 有啥 made it a list question, and 7.2 客户关系维护的意义 was answered by its flow chart's box labels. A why-question is
 * answered by a reason, which a flow chart never states: the section's best text passage.
 */
import { describe, expect, it } from 'vitest';
import { replyText } from '../../../src/core/reply.js';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';
import { questionType } from '../../../src/core/retrieval/question-type.js';

const text = (q: string): string => replyText(answerQuestion(q));

describe('the significance of a thing is a reason', () => {
  it.each(['搞好客户维护对公司有什么意义', '客户维护做得好 对我们有啥意义'])('%s is a why-question answered by 7.2’s text', (q) => {
    expect(questionType(q)).toBe('why');
    const t = text(q);
    expect(t).toContain('长期业务绩效');
    expect(t).not.toContain('选择渠道');
  });

  it('the flow chart still answers a question asking for the process', () => {
    expect(text('我们公司营销的流程是啥样的')).toContain('选择渠道');
  });
});
