/**
 * Issue #12 class 1: a fee / interest / deposit rate is answered only from a sentence stating that kind of figure
 * for the product asked about (the handbook states one: 1.1's 担保费率); otherwise 手册未涉及, never a figure.
 */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { replyText } from '../../../src/core/reply.js';
import { showsFeeOrAmount } from '../../../src/core/retrieval/eval.js';
import { askedRate, namedProductSections, unstatedRate } from '../../../src/core/retrieval/rates.js';

describe('askedRate', () => {
  it.each([
    ['履约保函一般收几个点', 'fee'],
    ['支付保函的担保费咋算', null],
    ['支付保函的担保费收多少', 'fee'],
    ['过桥的钱月息多少', 'interest'],
    ['保证金要交多少比例', 'deposit'],
    ['投标保证金最高能开多少', null],
    ['民间借贷的利率有上限吗', null],
    ['民间借贷担保费是按天收吗', null],
  ])('%s → %s', (q, kind) => {
    expect(askedRate(q)?.id ?? null).toBe(kind);
  });
});

describe('namedProductSections', () => {
  it('consumes the longest product word first (民间贷款 names 1.2 only)', () => {
    expect(namedProductSections('民间贷款费率')).toEqual(['1.2']);
  });
});

describe('a rate the handbook does not state for the product', () => {
  it.each(['履约保函一般收几个点', '支付保函担保费一般收多少', '应收账款融资手续费收多少', '股权融资担保费率是多少', '赊销担保费用大概多少', '过桥资金月息几分', '预付款担保的费率高不高'])(
    '%s → 手册未涉及 without any fee or amount',
    (q) => {
      expect(unstatedRate(q)).not.toBeNull();
      const r = answerMessage(q)!;
      expect(r.key).toBe('handbook.not_covered');
      expect(showsFeeOrAmount(replyText(r))).toBe(false);
    },
  );

  it('says what the section does say of the fee (1.2: 按日计算), without a rate', () => {
    const r = answerMessage('拆借担保费率是多少')!;
    expect(r.key).toBe('handbook.not_covered');
    expect(r.vars['nearest']).toBe('1.2');
    expect(replyText(r)).toContain('按日计算');
  });

  it.each(['银行贷款担保费率多少', '合肥客户贷款担保收几个点', '外地新客户贷款担保费率'])('%s → 1.1 states it: answered', (q) => {
    expect(unstatedRate(q)).toBeNull();
    expect(answerMessage(q)!.key).not.toBe('handbook.not_covered');
  });
});

describe('topics the handbook lacks, as classes', () => {
  it.each(['市里对担保业务有补贴吗', '存款保证金比例一般多少', '借款合同有没有范本', '开公司最低出资多少'])('%s → 手册未涉及', (q) => {
    const r = answerMessage(q)!;
    expect(r.key).toBe('handbook.not_covered');
    expect(showsFeeOrAmount(replyText(r))).toBe(false);
  });

  it('补贴 in the handbook’s own sense (15.3.1.2 交易型客户) stays answered', () => {
    expect(answerMessage('为什么说关系型客户在补贴交易型客户')!.key).not.toBe('handbook.not_covered');
  });
});
