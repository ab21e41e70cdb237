/**
 * Issue #12 (branch issue-13c), fact recall: 谈判中的原则问题能让吗 was read as a list question (原则 is a list cue) and got
 * 8.3.3's whole list. A cue noun used as a modifier (原则性问题, 原则问题, 原则上) names no enumeration
 * (question-types.json list notAsk); the sentence that answers is quoted.
 */
import { describe, expect, it } from 'vitest';
import { replyText } from '../../../src/core/reply.js';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';
import { questionType } from '../../../src/core/retrieval/question-type.js';

describe('a cue noun used as a modifier', () => {
  it.each(['原则性问题谈判时能让步吗', '谈判碰到原则问题可以让一让吗'])('%s → 寸步不让, not the whole list', (q) => {
    expect(questionType(q)).toBe('can');
    const t = replyText(answerQuestion(q));
    expect(t).toContain('有关原则性问题要寸步不让');
    expect(t).not.toContain('针锋相对');
  });

  it.each(['谈判有哪些原则', '沟通要注意什么原则', '银行贷款担保对客户有要求吗'])('%s stays a list question', (q) => {
    expect(questionType(q)).toBe('list');
  });
});
