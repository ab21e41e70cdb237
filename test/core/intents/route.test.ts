import { describe, expect, it } from 'vitest';
import { route } from '../../../src/core/intents/route.js';

describe('route: a DM → an intent', () => {
  it.each([
    ['', 'help'],
    ['你好', 'greeting'],
    ['您好！', 'greeting'],
    ['在吗？', 'greeting'],
    ['谢谢', 'greeting'],
    ['你能做什么', 'help'],
    ['这个怎么用', 'help'],
    ['连锁寻找法怎么用', 'handbook'],
    ['净资产1200万 销售收入3500万 资产负债率60% 经营5年', 'classify'],
    ['这家企业净资产800万，营业收入2000万，算几类', 'classify'],
    ['净资产3000万的企业是哪类', 'classify'],
    ['银行贷款担保 500万 合肥 新客户 1年', 'quote'],
    ['帮我算一下投标保函，投标总价5000万', 'quote'],
    ['履约保函 合同价2000万 多少', 'quote'],
    ['500万一年担保费多少', 'quote'],
    ['投标保函最高多少', 'product_facts'],
    ['银行贷款担保费率多少', 'product_facts'],
    ['外地老客户费率多少', 'product_facts'],
    ['合肥新客户怎么收费', 'product_facts'],
    ['客户下个月要投标，缺保证金', 'needs'],
    ['客户应收账款回款慢怎么办', 'needs'],
    ['企业想扩产但没有抵押物', 'needs'],
    ['客户要还银行贷款周转一个月', 'needs'],
    ['拜访报告要写什么', 'handbook'],
    ['拜访报告 某某科技 今天见了王总，谈了续保', 'visit'],
    ['写拜访报告：某某科技 参加人员：王总', 'visit'],
    ['写拜访报告', 'visit'],
    ['准备拜访 某某科技', 'visit'],
    ['拜访前要准备什么', 'handbook'],
    ['谈判分几个阶段', 'handbook'],
    ['民间借贷担保是什么', 'handbook'],
    ['今天天气怎么样', 'handbook'],
  ])('%s → %s', (text, kind) => {
    expect(route(text).kind).toBe(kind);
  });

  it('外地老客户 → bank-loan facts with the place and status parsed', () => {
    const r = route('外地老客户费率多少');
    expect(r).toMatchObject({ kind: 'product_facts', product: 'bank_loan', input: { place: { kind: 'outside' }, clientStatus: 'returning' } });
  });

  it('names the product asked about', () => {
    expect(route('投标保函最高多少')).toMatchObject({ kind: 'product_facts', product: 'bid_bond' });
  });
});
