/**
 * Issue #12 class 2: the figure-bearing sentence that decides the question, in the handbook's words (a manager
 * repeats it to a client): a place outside 合肥 → 1.1's 合肥以外 sentence; a term over the maximum → 最长不超过三个月;
 * a how-much question on a product → its own limit sentence.
 */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { replyText } from '../../../src/core/reply.js';

describe('the sentence stating the figure asked about', () => {
  it.each([
    ['安庆那边新户做贷款担保费率多少', '合肥以外的地区新客户一般为3%'],
    ['外地的老户续贷款担保收几个点', '老客户可享受2.4%至3%之间的优惠担保费率'],
    ['合肥本地客户做贷款担保费率什么范围', '合肥地区客户享受优惠担保费率1.8%/年至3%/年'],
    ['民间借贷借五个月可以吗', '最长不超过三个月'],
    ['拆借担保借两个月行不行', '最长不超过三个月'],
    ['民间借贷客户想借一年 咱能担吗', '最长不超过三个月'],
    ['投标保函最高开多少', '最高不得超过80万元人民币'],
    ['赊销担保我们承保多少', '担保人承保比例为90'],
  ])('%s → %s', (q, sentence) => {
    expect(replyText(answerMessage(q)!)).toContain(sentence);
  });
});
