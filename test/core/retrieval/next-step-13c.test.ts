/**
 * Issue #12 (branch issue-13c), fact recall. Two classes of misses where the right section quoted the wrong sentence:
 * - a question asking what comes after a step (拜访完了要干嘛) got the section's opening, not the sentence saying
 *   what follows (拜访结束后…尽快撰写拜访报告; 客户的承认就是…的开始);
 * - a question asking when a product pays (哪些情况赔) got its definition, not its 担保范围 passage.
 */
import { describe, expect, it } from 'vitest';
import { replyText } from '../../../src/core/reply.js';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';
import { askedLabels, nextCues } from '../../../src/core/retrieval/question-type.js';

const text = (q: string): string => replyText(answerQuestion(q));

describe('what comes after a step', () => {
  it.each([
    ['拜访客户完了还要干点什么', '尽快撰写拜访报告'],
    ['拜访结束以后客户经理该做点什么', '尽快撰写拜访报告'],
    ['客户承认了自己的需求之后要干什么', '讨论融资条件、价格、具体合作细节的开始'],
    ['客户承认需求了 接下来要做啥', '讨论融资条件、价格、具体合作细节的开始'],
  ])('%s → %s', (q, fact) => {
    expect(text(q)).toContain(fact);
  });

  it('is asked by its wording only', () => {
    expect(nextCues('拜访完了要干嘛')).toContain('结束后');
    expect(nextCues('拜访前要准备什么')).toEqual([]);
  });
});

describe('when a product pays: its 担保范围 passage', () => {
  it.each([
    ['国内贸易信用担保啥情况下赔', '买方丧失清偿能力或者恶意拖欠'],
    ['贸易信用担保买方赖账了管不管赔', '买方丧失清偿能力或者恶意拖欠'],
  ])('%s → %s', (q, fact) => {
    expect(askedLabels(q)).toContain('范围');
    expect(text(q)).toContain(fact);
  });
});
