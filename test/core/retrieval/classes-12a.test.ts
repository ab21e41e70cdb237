/**
 * Failure classes of the second held-out set (issue #12), fixed by class and tested here in new wording
 * (docs/handbook-data.md, “Held-out 2 follow-up”). Each case failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { replyText } from '../../../src/core/reply.js';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';

const dm = (q: string) => answerMessage(q)!;

describe('a figure stated with its exception: the rule and the exception together', () => {
  it.each([
    ['履约担保的数额下限是合同价款的多少', ['百分之十。', '百分之十五']],
    ['履约担保数额至少要占合同价款多少', ['百分之十。', '百分之十五']],
  ])('%s → 1.6 with both figures', (q, facts) => {
    const r = answerQuestion(q);
    expect(r.sections[0]).toBe('1.6');
    for (const f of facts) expect(replyText(r)).toContain(f);
  });
});

describe('a product whose figures another section states: that section answers a how-much question', () => {
  it.each(['履约保函的金额一般要开多少', '做履约担保，担保数额最少多少'])('%s → 1.6 first, in the handbook’s words', (q) => {
    const r = dm(q);
    expect(r.sections[0]).toBe('1.6');
    expect(replyText(r)).toContain('履约担保数额不得低于合同价款的百分之十');
  });
  it('a product stating its own figures keeps its section (投标保函 → 1.3)', () => {
    expect(dm('投标保函上限是多少').sections[0]).toBe('1.3');
  });
  it('a question that is not how-much keeps the product sheet (履约保函是什么 → 1.4)', () => {
    expect(answerQuestion('履约保函是什么').sections[0]).toBe('1.4');
  });
});

describe('asking for a product for a need is not an eligibility check', () => {
  it.each(['企业反担保提供不了，有什么担保产品适合', '这家公司无法提供反担保，有没有别的产品'])('%s → 1.9 first', (q) => {
    const r = dm(q);
    expect(r.key).not.toBe('eligibility.result');
    expect(r.sections[0]).toBe('1.9');
    expect(replyText(r)).toContain('无法提供反担保');
  });
  it('a client fact with 能做…吗 about one product stays an eligibility check', () => {
    expect(dm('企业没有反担保，能做贷款担保吗').key).toBe('eligibility.result');
  });
});

describe('a what-question about a thing named inside a section: the sentence naming it, not the opening', () => {
  it('对赌协议 (inside 1.9’s case) → its sentence', () => {
    const r = answerQuestion('担保股权融资中的对赌协议是什么');
    expect(r.sections[0]).toBe('1.9');
    expect(replyText(r)).toContain('保护投资人利益');
  });
  it('a subject that is the section’s own title keeps the opening definition (民间借贷是啥意思)', () => {
    expect(replyText(answerQuestion('民间借贷是啥意思'))).toContain('民间借贷是指');
  });
});

describe('a question naming a passage’s label (案例) is answered from that passage', () => {
  it('股权融资案例中股份约定几个月后撤出 → 24个月', () => {
    const r = answerQuestion('股权融资的案例，投资方多长时间撤出');
    expect(r.sections[0]).toBe('1.9');
    expect(replyText(r)).toContain('24个月');
  });
});
