/**
 * Issue #12: an eligibility or class reply quotes each criterion as the handbook prints it (its own `,` `;`
 * `(`), not as the company's tables write it (，；（): a manager searching the handbook for the quoted words,
 * and the eval's fact check, find them verbatim.
 */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { asPrinted, sectionById } from '../../../src/core/retrieval/handbook.js';
import { replyText } from '../../../src/core/reply.js';

const criterionLines = (q: string): string[] =>
  replyText(answerMessage(q)!)
    .split('\n')
    .flatMap((l) => {
      const m = /— \d\. ([^（\n]+?)(?:（|$)/u.exec(l);
      return m ? [m[1]!] : [];
    });

describe('criteria are quoted in the handbook’s words', () => {
  it.each([
    ['客户成立五年 净资产1500万 销售4000万 负债率65% 能做吗', '净资产1000万元以上,年销售收入3000万元以上'],
    ['负债率80%的企业还能做贷款担保吗', '净资产一般大于1000万元,销售收入大于3000万元,企业资产负债率应不大于70%'],
    ['客户征信有逾期，贷款担保行不行', '持有人民银行核发的年检合格的贷款卡(证)'],
    ['民间借贷想借半年能做吗', '借款时间一般限定在一个月以内,时间最长不超过三个月'],
  ])('%s → “%s”', (q, printed) => {
    expect(replyText(answerMessage(q)!)).toContain(printed);
  });

  it('every criterion line of a 1.1 / 2.5 reply is a verbatim piece of its section', () => {
    const shown = criterionLines('负债率65% 净资产1200万 年销售4000万 经营5年 算不算目标客户');
    expect(shown.length).toBe(13);
    const text = ['1.1', '2.5'].map((id) => sectionById(id)!.text).join('\n');
    for (const c of shown) expect(text).toContain(c);
  });

  it('the full classification (/classify, and a DM with figures) quotes 2.5 as printed', () => {
    const r = answerMessage('老板说净资产2000万 销售收入6000万 负债率55% 能进目标客户名单吗')!;
    expect(r.key).toBe('classify.result');
    expect(replyText(r)).toContain('净资产1000万元以上,年销售收入3000万元以上');
  });

  it('a class line quotes 2.3 as printed', () => {
    expect(replyText(answerMessage('净资产1200万 年销售4000万 算几类客户')!)).toContain('净资产在千万元以上,年销售收入在3千万以上');
  });
});

describe('asPrinted', () => {
  it.each([
    ['2.5', '净资产1000万元以上，年销售收入3000万元以上', '净资产1000万元以上,年销售收入3000万元以上'],
    ['2.3', '净资产在千万元以上，年销售收入在3千万以上，融资渠道有限，定为公司的准客户。', '净资产在千万元以上,年销售收入在3千万以上,融资渠道有限,定为公司的准客户'],
    ['2.5', '不在手册里的话', '不在手册里的话'],
    ['9.9.9', '净资产', '净资产'],
  ])('%s: %s → %s', (id, text, printed) => {
    expect(asPrinted(id, text)).toBe(printed);
  });
});
