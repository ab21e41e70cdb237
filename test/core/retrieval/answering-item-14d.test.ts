/**
 * Issue #12 (branch issue-14d), fact recall: a how-question over a list of long items (8.3.2's four points, each a
 * paragraph) was answered by the whole list, every item cut to its first sentence — so the sentence saying what to do
 * (所以,谈判中必须淡化立场) was never shown. The item holding the question's words clearly above the others is quoted by
 * its answering sentences; a question asking for the points (哪些要点, 要注意啥) keeps the whole list.
 */
import { describe, expect, it } from 'vitest';
import { replyText } from '../../../src/core/reply.js';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';

const text = (q: string): string => replyText(answerQuestion(q));

describe('a how-question answered by the one long item that says what to do', () => {
  it.each([['谈判卡住了 怎么打破', '淡化立场']])('%s → %s', (q, fact) => {
    expect(text(q)).toContain(fact);
  });

  it.each([
    ['谈判有哪些要点', ['宽松的环境', '提出最佳选择']],
    ['第一次拜访客户要注意啥', ['第一印象', '拜访总结']],
  ])('keeps the whole list: %s', (q, facts) => {
    for (const f of facts) expect(text(q)).toContain(f);
  });

  it('the how-verb names no content (处理 is in the 情绪 item, not what 谈崩了如何处理 asks)', () => {
    expect(text('谈判谈崩了如何处理')).toContain('淡化立场');
  });
});
