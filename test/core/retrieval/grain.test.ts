/** Answers at the grain asked: overviews list the children; specific questions quote the sentence; nothing is cut. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replyText } from '../../../src/core/reply.js';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';
import { parseEvalRows } from '../../../src/core/retrieval/eval.js';
import { questionType } from '../../../src/core/retrieval/question-type.js';

describe('questionType', () => {
  it.each([
    ['民间借贷一般借多久', 'how_long'],
    ['投标保函最多开多少', 'how_much'],
    ['你们有哪些担保产品', 'list'],
    ['挖掘需求分哪几步', 'list'],
    ['为什么要维护老客户', 'why'],
    ['履约保函是什么', 'what'],
    ['客户自己上门算哪种方法', 'which'],
    ['怎么跟客户谈判', 'how'],
    ['做担保需要贷款卡吗', 'can'],
    ['稳定期特征', 'list'],
    ['交锋阶段干什么', 'other'],
  ])('%s → %s', (q, t) => {
    expect(questionType(q)).toBe(t);
  });
});

describe('overview questions → the parent with its children', () => {
  it.each([
    ['你们有哪些担保产品', '1', ['1.1 银行贷款担保', '1.9 担保股权融资']],
    ['怎么找客户', '3', ['3.1 实地营销法', '3.6 群体介绍法']],
    ['挖掘需求分哪几步', '5', ['5.1 调查', '5.8 等待']],
    ['客户维护包括什么', '7', ['7.1 客户关系维护的涵义', '7.2 客户关系维护的意义']],
    ['开发新客户有什么途径', '3', ['3.2 客户自我推介法', '3.5 中介介绍法']],
  ])('%s → %s', (q, id, children) => {
    const r = answerQuestion(q);
    expect(r.key).toBe('handbook.overview');
    expect(r.sections).toEqual([id]);
    for (const c of children) expect(replyText(r)).toContain(c);
  });

  it('a specific question about one member is not an overview', () => {
    expect(answerQuestion('投标保函能用在哪些招投标').sections[0]).toBe('1.3');
    expect(answerQuestion('谈判分几个阶段').sections[0]).toBe('8.3.1');
  });
});

describe('specific questions → the sentence that answers', () => {
  it.each([
    ['民间借贷一般借多久', '1.2', '一个月以内'],
    ['约客户见面有哪几种方式', '4.1', '电话约见、托人约见和当面约见'],
    ['D类客户是什么标准', '2.3', '利润50万以下'],
    ['投标保函最多开多少', '1.3', '80万元'],
  ])('%s → %s quoting %s', (q, id, fact) => {
    const r = answerQuestion(q);
    expect(r.sections[0]).toBe(id);
    expect(replyText(r)).toContain(fact);
  });

  it('a figure question takes the sentence where the rule is stated, even in the second-ranked section', () => {
    const r = answerQuestion('履约保函的数额最低是合同价款的多少');
    expect(r.sections[0]).toBe('1.6');
    expect(replyText(r)).toContain('百分之十');
  });

  it('a how-long question takes the sentence stating the duration, though it repeats only the title’s words', () => {
    expect(replyText(answerQuestion('民间借贷最多借几个月'))).toContain('最长不超过三个月');
  });

  it('a how-long / how-much question takes a sentence stating the figure, not one naming the topic (约定期限)', () => {
    // 1.9's definition says 约定期限 and repeats the title; the answer is the case's 24个月.
    expect(replyText(answerQuestion('担保股权融资一般多久把股份撤出来'))).toContain('24个月');
    // Filler words and the product's full name make the definition score high on title words alone.
    expect(replyText(answerQuestion('嗯就是民间借贷担保的话借多久'))).toContain('一个月以内');
    // 千万元 is a figure too (2.3).
    expect(replyText(answerQuestion('A类客户销售收入要多少'))).toMatch(/亿元|千万元/);
  });

  it('the best section stating a figure on the question’s words answers; another section’s figure is about something else', () => {
    // 1.1 (named) says 一至二周 for the processing; 1.2's 一个月以内 is the borrowing term of private lending.
    for (const q of ['申请贷款担保手续要办多长时间', '办个贷款担保得多长时间', '做贷款担保大概要多久']) {
      const r = answerQuestion(q);
      expect(r.sections[0]).toBe('1.1');
      expect(replyText(r)).toContain('一至二周');
    }
  });

  it('a question naming a passage’s label (好处/优势/优点 → 产品特点) is answered by that passage, not the definition', () => {
    const r = answerQuestion('担保股权融资的优势在哪');
    expect(r.sections[0]).toBe('1.9');
    expect(replyText(r)).toContain('无法提供反担保');
    expect(replyText(answerQuestion('民间借贷担保有啥优点'))).toContain('手续简便');
  });

  it('a list item is one criterion: shown whole, label and explanation together', () => {
    expect(replyText(answerQuestion('妥协阶段干什么'))).toContain('最终达成妥协');
    expect(replyText(answerQuestion('客户经理要懂哪些统计学知识'))).toContain('统计调查');
  });

  it('a “what” question gets the definition that opens the section', () => {
    expect(replyText(answerQuestion('考察期是什么'))).toContain('关系的探索和试验阶段');
  });

  it('a sentence defining the very words asked about answers before the section’s opening', () => {
    // 1.2 opens with the guarantee's definition; 民间借贷 itself is defined in its second sentence.
    for (const q of ['民间借贷指的是什么', '民间借贷到底是啥意思']) expect(replyText(answerQuestion(q))).toContain('公民之间');
    expect(replyText(answerQuestion('考察期是什么'))).toContain('关系的探索和试验阶段');
  });

  it('a label sentence comes with the sentence that explains it', () => {
    expect(replyText(answerQuestion('虚实结合是什么意思'))).toContain('实中带虚');
  });

  it('says 全文见 <section> when part of the section is left out', () => {
    expect(answerQuestion('民间借贷一般借多久').context).toContain('全文见 1.2 民间借贷担保');
  });
});

describe('spoken fillers carry no content', () => {
  it.each([
    ['嗯 拜访报告到底要写啥', '4.2'],
    ['谈判老是陷入僵局咋弄', '8.3.2'],
  ])('%s → %s, not 手册未涉及', (q, id) => {
    expect(answerQuestion(q).sections[0]).toBe(id);
  });
});

describe('never cut through a criterion', () => {
  const rows = parseEvalRows(readFileSync(new URL('../../eval/qa.jsonl', import.meta.url), 'utf8'));
  it('no quoted line of any tuned-set answer ends or starts with “…”', () => {
    for (const row of rows) {
      const r = answerQuestion(row.q);
      if (r.key !== 'handbook.answer') continue;
      for (const line of r.body) expect(line, row.q).not.toMatch(/^…|…$/u);
    }
  });
});
