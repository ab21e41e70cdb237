/** Topics the handbook lacks (data/scope.json) → 手册未涉及 before any quote/facts route, never a fee or amount. */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { route } from '../../../src/core/intents/route.js';
import { replyText } from '../../../src/core/reply.js';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';
import { showsFeeOrAmount } from '../../../src/core/retrieval/eval.js';
import { outOfScope } from '../../../src/core/retrieval/scope.js';

describe('outOfScope', () => {
  it.each([
    ['融资租赁担保费率多少', 'product'],
    ['诉前财产保全担保怎么收', 'product'],
    ['做保理的话费率怎么算', 'product'],
    ['质量保函怎么开', 'product'],
    ['投标保函和关税保函有啥区别', 'product'],
    ['公司的注册资本是多少', 'company'],
    ['这个月提成怎么算', 'hr'],
    ['政府补贴能申请吗', 'subsidy'],
    ['代偿以后怎么追偿', 'risk'],
    ['增值税怎么交', 'legal_tax'],
    ['徽商银行的贷款利率', 'market'],
    ['去肥西开车多久', 'travel'],
    ['讲个笑话吧', 'chat'],
    ['訴訟保全擔保收費', 'product'],
    // Issue #12, held-out 4's first run (classes, new wording): another institution's product, a legal matter of the
    // client's family, a financial ratio, a collateral discount rate were answered with our figures.
    ['工程保证保险和保函哪个划算', 'product'],
    ['省再担保能分走多少风险', 'product'],
    ['老板夫妻共同财产能拿来抵押吗', 'legal_tax'],
    ['股东去世了股权继承怎么弄', 'legal_tax'],
    ['企业要做工商变更要多久', 'legal_tax'],
    ['应收账款周转率多少算正常', 'ratios'],
    ['毛利率低于多少不能做', 'ratios'],
    ['厂房抵押率一般给到多少', 'risk'],
    ['合肥这几家担保公司谁家费率低', 'market'],
    // Dev 6 (classes, new wording): a current fact or news item about a handbook word (世界杯 of 10.3, CPI of 10.2),
    // the company's own admin (用印, 会议, 考勤), registering a company: each was answered from a passage sharing a word.
    ['欧冠今年谁夺冠', 'chat'],
    ['上个月GDP增速多少', 'market'],
    ['下午要用印 找哪个部门盖章', 'office'],
    ['早上忘了打卡算迟到吗', 'office'],
    ['新公司注册要多久能拿执照', 'company'],
    // A manager's own life (a spoken frame like 碰到 no longer weighs, so 碰到交通事故咋处理 reached 8.3.2 on 处理).
    ['碰到交通事故咋处理', 'personal'],
    ['周末去医院体检要预约吗', 'personal'],
    ['想在合肥租房 房东靠谱吗', 'personal'],
    ['客户经理一个月能挣多少', 'hr'],
    ['跟老婆吵架了咋沟通', 'family'],
  ])('%s → %s', (q, topic) => {
    expect(outOfScope(q)?.topic).toBe(topic);
  });

  it.each([
    '投标保函最高多少',
    '预付款保函怎么开',
    '出具保函要多久',
    '能开哪些保函',
    '民间借贷的利率有上限吗',
    '税务筹划要懂吗',
    '客户生日怎么关怀',
    '客户喜欢足球 聊世界杯行吗',
    '金融学知识 CPI汇率这些要懂吗',
    '客户老板喜欢旅游 咋投其所好',
    '客户老婆过生日要送礼吗',
  ])('%s → in scope', (q) => {
    expect(outOfScope(q)).toBeNull();
  });
});

describe('a product or topic the handbook lacks is never answered with figures', () => {
  it.each([
    '融资租赁担保费率多少',
    '合肥老客户融资租赁担保收几个点',
    '外地新客户保理费率多少',
    '融资租赁300万担保费多少',
    '小额贷款公司的贷款利息多少',
    '质量保函最高开多少',
    '客户经理提成多少',
    '民借的担保费率多少',
    '民借担保费率高不高',
    '工程保证保险和保函哪个划算',
    '老板夫妻共同财产能拿来抵押吗',
    '应收账款周转率多少算正常',
    '厂房抵押率一般给到多少',
  ])('%s → 手册未涉及, no fee or amount', (q) => {
    expect(route(q).kind).toBe('handbook');
    const r = answerMessage(q)!;
    expect(r.key).toBe('handbook.not_covered');
    expect(showsFeeOrAmount(replyText(r))).toBe(false);
  });

  it('offers the nearest covered topics by title only', () => {
    const r = answerQuestion('融资租赁担保费率多少');
    expect(r.vars.topic).toBe('product');
    expect(replyText(r)).toContain('1 公司产品介绍');
    expect(replyText(r)).not.toMatch(/\d+(\.\d+)?%|万元/);
  });

  it('a miss of retrieval also shows no figure', () => {
    const r = answerQuestion('火星上有没有水');
    expect(r.key).toBe('handbook.not_covered');
    expect(showsFeeOrAmount(replyText(r))).toBe(false);
  });
});
