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

describe('how does a product work: its definition states the mechanism', () => {
  it.each([
    ['预付款保函是怎么运作的', '1.5', '预付款数额相等'],
    ['民间借贷担保的运作模式', '1.2', '信用保证'],
  ])('%s → %s', (q, id, fact) => {
    const r = answerQuestion(q);
    expect(r.sections[0]).toBe(id);
    expect(replyText(r)).toContain(fact);
  });
});

describe('a how question in manager words reaches the operative clause', () => {
  it('工程还没完工承包商就做不下去了 → 1.4’s remedies', () => {
    const r = answerQuestion('工程还没完工承包商就做不下去了，担保公司怎么办');
    expect(r.sections[0]).toBe('1.4');
    expect(replyText(r)).toContain('新的承包商');
  });
  it('谈判谈僵了 → 8.3.2 化解冲突', () => {
    const r = answerQuestion('谈判谈僵了怎么处理');
    expect(r.sections[0]).toBe('8.3.2');
    expect(replyText(r)).toContain('化解冲突');
  });
});

describe('either/or between sibling sections: their parent answers', () => {
  it.each(['客户关系管理是机制还是解决方案', 'CRM是一种理念还是一种技术'])('%s → 15.2', (q) => {
    const r = answerQuestion(q);
    expect(r.sections[0]).toBe('15.2');
    expect(replyText(r)).toContain('理念、机制、技术');
  });
  it('without 还是 the best child answers (CRM是一种管理理念吗 stays a child of 15.2)', () => {
    expect(answerQuestion('客户关系管理的理念核心是什么').sections[0]).not.toBe('15.2');
  });
});

describe('a list question naming a child’s own topic: that child, not the family overview', () => {
  it('按行业客户可以分哪几类 → 2.1', () => {
    const r = answerQuestion('按行业客户可以分哪几类');
    expect(r.key).toBe('handbook.answer');
    expect(r.sections[0]).toBe('2.1');
  });
  it('a family question keeps the overview (客户分类有哪几种 → 2)', () => {
    expect(answerQuestion('客户分类有哪几种').sections).toEqual(['2']);
  });
});

describe('a question repeating a handbook topic’s title is answered from it, not as a need', () => {
  it('企业想扩大规模，融资建议怎么给 → 12.8', () => {
    const r = dm('企业想扩大规模，融资建议怎么给');
    expect(r.key).toBe('handbook.answer');
    expect(r.sections[0]).toBe('12.8');
    expect(replyText(r)).toContain('委托贷款');
  });
  it('a need without a topic title stays a need', () => {
    expect(dm('客户想扩大生产缺钱').key).toBe('needs.products');
  });
});

describe('a list question answered by one item that is itself the enumeration', () => {
  it('银行贷款担保接受哪几种反担保方式 → 1.1’s 抵押,质押,保证反担保 item', () => {
    const r = answerQuestion('银行贷款担保接受哪几种反担保方式');
    expect(r.sections[0]).toBe('1.1');
    for (const f of ['抵押', '质押', '保证反担保']) expect(replyText(r)).toContain(f);
  });
  it('an item that enumerates but scores like its siblings does not replace the list (客户经理要懂哪些专业知识)', () => {
    const text = replyText(answerQuestion('客户经理应该掌握哪些方面的专业知识'));
    for (const f of ['经济学知识', '法律知识', '金融学知识']) expect(text).toContain(f);
    expect(text).not.toContain('（第');
  });
  it('asking for the label itself keeps the whole list (贷款担保有什么特点 → every 产品特点 item)', () => {
    const text = replyText(answerQuestion('贷款担保有什么特点'));
    for (const f of ['合作银行多', '单笔担保金额可达3000万元', '一至二周']) expect(text).toContain(f);
  });
});
