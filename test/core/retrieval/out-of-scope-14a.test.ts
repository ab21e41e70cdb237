/**
 * Out-of-scope classes found on dev 9's three replies that showed a figure (平仓线, 保险公司的保函比我们便宜多少, 银行要我们
 * 存多少保证金) and on the other sets' out-of-scope misses (issue #12, 14a). Each class in wordings written for it, and
 * in-scope questions sharing its words that must still be answered. docs/handbook-data.md (Out of scope, 14a).
 */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { route } from '../../../src/core/intents/route.js';
import { showsFeeOrAmount } from '../../../src/core/retrieval/eval.js';
import { correctProductTypos } from '../../../src/core/retrieval/product-typo.js';
import { askedRate, unstatedRate } from '../../../src/core/retrieval/rates.js';
import { outOfScope } from '../../../src/core/retrieval/scope.js';
import { replyText } from '../../../src/core/reply.js';

function refused(q: string): void {
  const r = answerMessage(q)!;
  expect(r.key).toBe('handbook.not_covered');
  expect(showsFeeOrAmount(replyText(r))).toBe(false);
}

describe('a figure asked of a charge the handbook never names (保证金, 评审费, 过桥费): whatever the question names', () => {
  it.each(['银行要我们存多少保证金', '开票银行让客户压几成保证金', '评审费一般收多少'])('%s → 手册未涉及, no figure (not a product pitch)', (q) => {
    expect(route(q).kind).toBe('handbook');
    refused(q);
  });
  it('the deposit kind names no section: 保证金 is nowhere in the handbook', () => {
    expect(unstatedRate('银行要我们存多少保证金')).toMatchObject({ kind: { id: 'deposit' }, section: undefined });
  });
  it.each(['投标保证金一般交多少', '客户交不起投标保证金 有啥办法'])('%s: 投标保证金 is 1.3 (a bid deposit the 保函 replaces) — answered', (q) => {
    expect(answerMessage(q)!.key).not.toBe('handbook.not_covered');
  });
});

describe('a product’s fee said as 〈product〉费 (投标保函费, 过桥费) is that product’s fee', () => {
  it.each(['投标保函费多少钱', '履约保函费大概几个点', '过桥费一般几个点'])('%s → 手册未涉及 (its section states no rate)', (q) => {
    expect(askedRate(q)?.id).toBe('fee');
    refused(q);
  });
  it('1.1 states its rates: 贷款担保费多少 is answered', () => {
    expect(answerMessage('贷款担保费多少')!.key).not.toBe('handbook.not_covered');
  });
});

describe('a handling time asked of a product whose section states none (only 1.1: 一至二周会办好手续)', () => {
  it.each(['投标保函从申请到出函要几天', '预付款保函大概几个工作日能出具', '民借多久能放款'])('%s → 手册未涉及', (q) => {
    expect(askedRate(q)?.id).toBe('time');
    refused(q);
  });
  it.each([
    ['贷款担保手续多久办完', '1.1'],
    ['民间借贷最长能借多久', '1.2'],
    ['贷保一般多久能办完 民借最长能借多久 两个对比下', '1.2'],
  ])('%s → answered from %s', (q, section) => {
    const r = answerMessage(q)!;
    expect(r.key).not.toBe('handbook.not_covered');
    expect(r.sections).toContain(section);
  });
});

describe('another institution’s guarantee or price, and comparisons with us', () => {
  it.each(['保险公司出的保函比我们便宜多少', '银行开的履约保函收费比咱们高还是低', '跟我们比 兴泰那边放款快不快', '过桥资金哪家最便宜', '银行直接开保函要多少钱'])('%s → 手册未涉及, no figure', (q) =>
    refused(q),
  );
  it('a comparison with us is out of scope only when it compares a price, speed or merit', () => {
    expect(outOfScope('兴泰担保跟我们比怎么样')?.topic).toBe('compare');
    expect(outOfScope('客户比我们更了解行业 咋沟通')).toBeNull();
  });
  it.each(['履约担保可以由保险公司提供吗', '客户嫌我们费率高 谈判时咋应对', '客户比我们更了解行业 咋沟通'])('%s: shares the words, is still answered', (q) => {
    expect(answerMessage(q)!.key).not.toBe('handbook.not_covered');
  });
});

describe('a product section found through generic words only (担保, 公司, 银行)', () => {
  it.each(['担保公司会不会倒闭', '银行会不会倒闭', '担保公司这行景气不'])('%s → 手册未涉及', (q) => refused(q));
  it.each(['银行贷款担保是什么', '客户一直拿不定主意 要不要催'])('%s: not refused by this rule', (q) => {
    expect(answerMessage(q)!.key).not.toBe('handbook.not_covered');
  });
});

describe('topics the handbook lacks, in new shapes', () => {
  it.each([
    ['上市公司股权质押平仓线多少', 'capital'],
    ['客户股票质押率能到几成', 'capital'],
    ['融资融券的利息怎么算', 'capital'],
    ['投贷联动这块咱们能参与吗', 'product'],
    ['农担公司的费率多少', 'product'],
    ['对赌条款打官司法院认不认', 'legal_tax'],
    ['世界杯几年一届', 'sports'],
    ['信用卡提额有啥技巧', 'personal'],
    ['公司法定代表人咋变更', 'errand'],
    ['名片在哪印', 'office'],
    ['担保公司归谁管', 'market'],
    ['咱公司成立多少年了', 'company'],
    ['公司成立几年了', 'company_age'],
    ['我们有多少个客户经理', 'company'],
    ['我们公司去年营收多少', 'company'],
    ['项目贷能做吗 比如房地产开发', 'product'],
    ['内保外贷咋操作', 'product'],
  ])('%s → %s', (q, topic) => {
    expect(outOfScope(q)?.topic).toBe(topic);
    refused(q);
  });
  it.each([
    '客户喜欢足球聊啥',
    '客户老板是个球迷 咋投其所好',
    '客户生日从信用卡申请表上能看到吗',
    '拜访要带名片吗',
    '营销流程咋走',
    '股权质押能做反担保吗',
    '客户公司成立几年了 能做贷款担保吗',
    '行业协会能介绍客户吗',
  ])('%s: answered', (q) => {
    expect(outOfScope(q)).toBeNull();
    expect(answerMessage(q)!.key).not.toBe('handbook.not_covered');
  });
});

describe('scope words said as managers say them', () => {
  it('a word written with 怎么 also matches 咋 / 如何 (企业征信报告咋查 is an errand)', () => {
    expect(outOfScope('客户的企业征信报告咋查')?.topic).toBe('errand');
    expect(outOfScope('企业征信报告如何查')?.topic).toBe('errand');
  });
  it('a scope word is never read as a product typed off: 农业信贷担保 is not 信用担保', () => {
    expect(correctProductTypos('农业信贷担保有啥政策')).toBe('农业信贷担保有啥政策');
    refused('农业信贷担保有啥政策');
    expect(correctProductTypos('履越保函重新开标以后')).toBe('履约保函重新开标以后');
  });
});

describe('a fee asked with an amount, of a product whose section states no fee (route.ts, before the quote)', () => {
  it.each(['履约保函500万 费用多少', '投标保函 投标价2000万 担保费多少', '履约 合同价2000万 费用多少', '投标 2000万 担保费几个点'])(
    '%s → 手册未涉及, not the guarantee’s amount read as the fee',
    (q) => {
      expect(route(q).kind).toBe('handbook');
      refused(q);
    },
  );
  it.each([
    ['投标保函 投标价2000万 能开多少', 'quote.bid_bond'],
    ['民间借贷 借款人要借90万 用28天 日费率万分之六 担保费多少', 'quote.private_lending'],
    ['贷650万 合肥 新客户 担保费多少', 'quote.bank_loan'],
  ])('%s → %s (an amount asked, a rate given, or 1.1 which states its rates)', (q, key) => {
    expect(answerMessage(q)!.key).toBe(key);
  });
});

describe('another party set beside us with words between (我们和中小担比): the same comparison, 手册未涉及', () => {
  it.each(['我们和中小担比哪个费率低', '咱跟工行比谁放款快', '和兴泰担保比起来我们费率高吗'])('%s', (q) => {
    expect(answerMessage(q)!.key).toBe('handbook.not_covered');
  });
  it('what a guarantee does for the client beside a bank is 1.1’s, not a comparison of prices', () => {
    expect(answerMessage('我们和银行比有啥优势')!.key).toBe('handbook.answer');
  });
});
