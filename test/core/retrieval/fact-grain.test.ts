/**
 * Issue #12 (fact recall, branch issue-12a): the reply holds the sentence that answers, at the grain asked.
 * Each block is one class of misses seen on the blind sets, tested in new wording.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';
import { askedLabels, questionType } from '../../../src/core/retrieval/question-type.js';
import { replyText } from '../../../src/core/reply.js';

const text = (q: string): string => replyText(answerQuestion(q));

describe('an overview opens with the parent’s sentence naming its children', () => {
  it.each([
    ['客户关系生命周期包括哪些时期', '15.3.2.5', '客户关系生命周期可分为考察期、形成期、稳定期和退化期。'],
    ['对客户能提供哪些方面的建议', '12', '对宏观形势、客户所处行业、经营管理、法律、财务、税务、投资、融资等方面提供对客户有益的建议'],
  ])('%s → %s', (q, id, sentence) => {
    const r = answerQuestion(q);
    expect(r.key).toBe('handbook.overview');
    expect(r.sections).toEqual([id]);
    expect(r.body[0]).toContain(sentence);
  });
});

describe('an overview without such a sentence opens with the parent’s sentence answering the question’s own words', () => {
  it.each([
    ['关系营销和交易营销区别在哪 有哪些不同', '15', '核心是建立客户忠诚'],
    ['客户关系管理理论讲了哪些 关系营销的目的是什么', '15', '关系营销的目的是通过提升客户价值来提高客户满意度'],
  ])('%s → %s opening “…%s…”', (q, id, words) => {
    const r = answerQuestion(q);
    expect(r.key).toBe('handbook.overview');
    expect(r.sections).toEqual([id]);
    expect(r.body[0]).toContain(words);
  });
});

describe('a question naming one list item by its label is answered by that item’s sentences, not the list cut', () => {
  it.each([
    ['金融学知识对客户经理有什么帮助', '为客户提供资金使用的合理建议', '价值规律理论'],
    ['谈判中以攻为守是啥意思', '强调对方的错误', '针锋相对'],
    ['虚实结合这招怎么用', '放置各种烟雾弹', '针锋相对'],
    ['为啥说c类客户眼下不好合作', '反担保方式达不到', '暂时没有机会合作的大客户'],
  ])('%s → “%s”, without %s', (q, fact, other) => {
    const t = text(q);
    expect(t).toContain(fact);
    expect(t).not.toContain(other);
  });

  it.each([
    ['专业知识有哪些', 6],
    ['谈判的特别技巧有哪些', 5],
  ])('a question asking for the enumeration keeps the whole list: %s', (q, n) => {
    expect(answerQuestion(q).body.filter((l) => l.startsWith('• ')).length).toBe(n);
  });
});

describe('one list item is quoted with what the text after the list says of it', () => {
  it.each([
    ['有可能成为最大利润来源的客户要怎么维护', '对于第二类客户,开展客户关系管理营销同样重要'],
    ['正在失去价值的那类客户 怎么办', '对于第三类客户,经过分析确定后,剔除即可。'],
    ['个性成熟的客户经理一般啥样', '兴趣广泛、思维缜密、见解独到、性情温和是个性温和的主要表现。'],
  ])('%s → “%s”', (q, sentence) => {
    expect(text(q)).toContain(sentence);
  });

  it('an item that is not last, named by no rank, gets no follow-up', () => {
    const t = text('具备金融专家的形象是什么要求');
    expect(t).toContain('具备金融专家的形象');
    expect(t).not.toContain('兴趣广泛');
  });
});

describe('a how question quotes the step after the diagnosis, not more of the diagnosis', () => {
  it.each([
    ['中小企业账目混乱 客户经理该怎么帮', '为此,客户经理应以通俗易懂的语言,帮助客户逐步了解掌握基础财务知识,建立健全财务制度'],
    ['客户老板不懂财务 我们怎么办', '通俗易懂的语言'],
  ])('%s → “%s”', (q, sentence) => {
    expect(text(q)).toContain(sentence);
  });

  it('a question that is not why / how keeps the nearest sentences (大型企业 … 中小企业)', () => {
    expect(text('大公司跟小公司在财务管理上差在哪')).toContain('大型企业的财务管理制度较为健全');
  });
});

describe('a question asking for a product’s use or selling points is answered by its 产品功能 / 产品特点 passage', () => {
  it.each([
    ['贷款担保对客户有啥用', ['抵押不足与信用缺乏问题']],
    ['民间借贷担保卖点是啥', ['手续简便', '一笔担保,终身合作', '资金安全,合法合规']],
    ['股权融资担保有啥亮点', ['解决了部分客户无法提供反担保的问题']],
  ])('%s → %j', (q, facts) => {
    const t = text(q);
    for (const f of facts) expect(t).toContain(f);
  });

  it.each([
    ['贷款担保对企业有什么用', ['功能']],
    ['民间借贷担保卖点是啥', ['特点']],
    ['民间借贷担保是什么', []],
  ])('askedLabels(%s) → %j', (q, labels) => {
    expect(askedLabels(q)).toEqual(labels);
  });
});

describe('“是个啥 / 啥概念” asks what a thing is: the section’s defining sentence answers', () => {
  it.each([
    ['稳定期是个啥阶段 关系还会变吗', '关系发展的最高阶段'],
    ['退化期是个啥概念', '关系水平逆转阶段'],
  ])('%s → “%s”', (q, fact) => {
    expect(questionType(q)).toBe('what');
    expect(text(q)).toContain(fact);
  });
});
