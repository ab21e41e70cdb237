/** The one normaliser (src/core/parse/normalize.ts): OpenCC traditional → simplified, half-width, 大写 numerals; 1:1 length. */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/core/parse/normalize.js';
import { parseInput } from '../../../src/core/parse/index.js';
import { normalize as retrievalNormalize } from '../../../src/core/retrieval/normalize.js';

describe('normalize', () => {
  it.each([
    ['銀行貸款擔保 800萬 合肥 新客戶 1年', '银行贷款担保 800万 合肥 新客户 1年'],
    ['2億', '2亿'],
    ['淨資產1500萬 銷售收入4000萬 利潤200萬 虧損', '净资产1500万 销售收入4000万 利润200万 亏损'],
    ['擔保股權融資 項目總投資5000萬 自籌2000萬', '担保股权融资 项目总投资5000万 自筹2000万'],
    ['長豐 廬陽 瑤海', '长丰 庐阳 瑶海'],
    ['５００万，合肥：１年　２．４％', '500万，合肥:1年 2.4%'],
    ['伍佰万 壹年', '五百万 一年'],
    ['大陆 收拾', '大陆 收拾'],
    ['陆拾万', '六十万'],
  ])('%s → %s', (typed, want) => {
    expect(normalize(typed)).toBe(want);
    expect(normalize(typed)).toHaveLength(typed.length);
  });

  it('is the normaliser retrieval uses (plus lower case and the handbook variant 帐 → 账)', () => {
    expect(retrievalNormalize('拜訪報告ＣＲＭ 應收帳款')).toBe('拜访报告crm 应收账款');
  });

  it('sources stay as typed while the reading is simplified', () => {
    const p = parseInput('銀行貸款擔保 2億 合肥');
    expect(p.products).toEqual(['bank_loan']);
    expect(p.amount).toMatchObject({ yuan: 200_000_000, source: '2億' });
  });
});

describe('a lone Arabic digit inside a Chinese numeral (1千5百万 was two amounts, and asked)', () => {
  it.each([
    ['贷款1千5百万', 15_000_000],
    ['贷款1亿5千万', 150_000_000],
    ['贷款1亿5', 150_000_000],
    ['贷款1万5', 15_000],
    ['贷款1亿5万', 100_050_000],
    ['贷款1千2百万', 12_000_000],
  ])('%s → %d元, one amount, source as typed', (text, yuan) => {
    const p = parseInput(text);
    expect(p.amounts.map((a) => a.yuan)).toEqual([yuan]);
    expect(text).toContain(p.amounts[0]!.source);
  });
  it('a digit before a term stays a term: 1万5年 is 1万 and 5年', () => {
    const p = parseInput('贷款1万5年');
    expect(p.amounts.map((a) => a.yuan)).toEqual([10_000]);
    expect(p.term?.months).toBe(60);
  });
  it('keeps the length, offset for offset', () => {
    for (const t of ['1千5百万', '1亿5', '500万 5年', '15.3.2']) expect(normalize(t).length).toBe(t.length);
    expect(normalize('500万 5年 15.3.2')).toBe('500万 5年 15.3.2');
  });
});
