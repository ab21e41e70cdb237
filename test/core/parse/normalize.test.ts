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
