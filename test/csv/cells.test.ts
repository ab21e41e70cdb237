import { describe, expect, it } from 'vitest';
import {
  readAnniversariesCell,
  readClassCell,
  readCountCell,
  readDateCell,
  readMoneyCell,
  readOwnerCell,
  readPercentCell,
  readPhoneCell,
  readProductCell,
  readStageCell,
  readYearlyDateCell,
} from '../../src/core/archive/cells.js';
import { readHeader } from '../../src/core/archive/columns.js';

const value = (r: { ok: boolean; value?: unknown }) => (r.ok ? r.value : 'ERR');

describe('readMoneyCell', () => {
  it.each([
    ['1200万', null, false, 12_000_000],
    ['1.2亿', null, false, 120_000_000],
    ['5,000,000元', null, false, 5_000_000],
    ['¥5000000', null, false, 5_000_000],
    ['五百万', null, false, 5_000_000],
    ['１２００万', null, false, 12_000_000],
    ['1200', 10_000, false, 12_000_000],
    ['1,234.56', 10_000, false, 12_345_600],
    ['5000000', 1, false, 5_000_000],
    ['1.5', 100_000_000, false, 150_000_000],
    ['300万', 10_000, false, 3_000_000],
    ['1200', null, false, 12_000_000],
    ['5000000', null, false, 5_000_000],
    ['-50万', null, true, -500_000],
    ['-50', 10_000, true, -500_000],
    ['0', null, true, 0],
    ['-50万', null, false, 'ERR'],
    ['0', null, false, 'ERR'],
    ['abc', null, false, 'ERR'],
    ['1e9', null, false, 'ERR'],
    ['500万万', null, false, 'ERR'],
  ] as const)('%s (header unit %s, signed %s) → %s', (text, unit, signed, yuan) => {
    expect(value(readMoneyCell(text, unit, signed))).toBe(yuan);
  });

  it('says how a bare number was read', () => {
    expect(readMoneyCell('1200', null)).toMatchObject({ ok: true, note: expect.stringContaining('万元') });
    expect(readMoneyCell('1200', 10_000)).not.toHaveProperty('note');
  });
});

describe('dates', () => {
  it.each([
    ['2025-03-01', '2025-03-01'],
    ['2025/3/1', '2025-03-01'],
    ['2025.3.1', '2025-03-01'],
    ['2025年3月1日', '2025-03-01'],
    ['2024-02-29', '2024-02-29'],
    ['2025-02-29', 'ERR'],
    ['3月1日', 'ERR'],
    ['明天', 'ERR'],
  ])('readDateCell(%s) → %s', (t, v) => {
    expect(value(readDateCell(t))).toBe(v);
  });

  it.each([
    ['5月12日', '05-12'],
    ['05-12', '05-12'],
    ['5/12', '05-12'],
    ['02-29', '02-29'],
    ['1980-11-02', '1980-11-02'],
    ['1980/11/2', '1980-11-02'],
    ['13-01', 'ERR'],
    ['02-30', 'ERR'],
  ])('readYearlyDateCell(%s) → %s', (t, v) => {
    expect(value(readYearlyDateCell(t))).toBe(v);
  });

  it('reads anniversaries with and without labels', () => {
    expect(value(readAnniversariesCell('成立日:2010-05-01；结婚纪念日：6月18日'))).toEqual([
      { label: '成立日', date: '2010-05-01' },
      { label: '结婚纪念日', date: '06-18' },
    ]);
    expect(value(readAnniversariesCell('6月18日'))).toEqual([{ label: '纪念日', date: '06-18' }]);
    expect(value(readAnniversariesCell('成立日:某天'))).toBe('ERR');
  });
});

describe('other cells', () => {
  it.each([
    [readPercentCell, '60%', 60],
    [readPercentCell, '60', 60],
    [readPercentCell, '0.6', 60],
    [readPercentCell, '６０％', 60],
    [readPercentCell, '高', 'ERR'],
    [(t: string) => readCountCell(t, '年'), '5年', 5],
    [(t: string) => readCountCell(t, '年'), '5', 5],
    [(t: string) => readCountCell(t, '人'), '120人', 120],
    [(t: string) => readCountCell(t, '人'), '12.5', 'ERR'],
    [readStageCell, '形成期', '形成期'],
    [readStageCell, '稳定', '稳定期'],
    [readStageCell, 'decline', '退化期'],
    [readStageCell, '成熟期', 'ERR'],
    [readClassCell, 'B类', 'B'],
    [readClassCell, 'a', 'A'],
    [readClassCell, 'E', 'ERR'],
    [readProductCell, '投标保函', 'bid_bond'],
    [readProductCell, '工程投标保证担保（投标保函）', 'bid_bond'],
    [readProductCell, 'bank_loan', 'bank_loan'],
    [readProductCell, '诉讼保全担保', '诉讼保全担保'],
    [readOwnerCell, 'U012ABCDEF', 'U012ABCDEF'],
    [readOwnerCell, '张三', 'ERR'],
    [readPhoneCell, '138-0000-0000', '138-0000-0000'],
    [readPhoneCell, '1.38E+10', 'ERR'],
  ] as const)('%#: %s → %s', (read, t, v) => {
    expect(value((read as (t: string) => { ok: boolean; value?: unknown })(t))).toBe(v);
  });
});

describe('readHeader', () => {
  it.each([
    ['客户名称', 'name', null],
    ['name', 'name', null],
    ['Name', 'name', null],
    ['客户经理', 'owner', null],
    ['owner', 'owner', null],
    ['行业', 'industry', null],
    ['industry', 'industry', null],
    ['区域', 'region', null],
    ['region', 'region', null],
    ['净资产', 'netAssets', null],
    ['net_assets', 'netAssets', null],
    ['Net Assets', 'netAssets', null],
    ['净资产(万元)', 'netAssets', 10_000],
    ['净资产（万元）', 'netAssets', 10_000],
    ['net_assets (元)', 'netAssets', 1],
    ['总资产', 'totalAssets', null],
    ['total_assets', 'totalAssets', null],
    ['销售收入', 'revenue', null],
    ['revenue', 'revenue', null],
    ['销售收入（亿元）', 'revenue', 100_000_000],
    ['利润', 'profit', null],
    ['profit', 'profit', null],
    ['资产负债率', 'debtRatio', null],
    ['资产负债率(%)', 'debtRatio', null],
    ['debt_ratio', 'debtRatio', null],
    ['经营年限', 'yearsInBusiness', null],
    ['years', 'yearsInBusiness', null],
    ['生命周期', 'stage', null],
    ['stage', 'stage', null],
    ['最近联系日期', 'lastContact', null],
    ['last_contact', 'lastContact', null],
    ['联系人', 'contactName', null],
    ['contact', 'contactName', null],
    ['联系人生日', 'contactBirthday', null],
    ['contact_birthday', 'contactBirthday', null],
    ['纪念日', 'anniversary', null],
    ['anniversary', 'anniversary', null],
    ['在保产品', 'guaranteeProduct', null],
    ['guarantee_product', 'guaranteeProduct', null],
    ['在保金额', 'guaranteeAmount', null],
    ['在保金额(万元)', 'guaranteeAmount', 10_000],
    ['guarantee_amount', 'guaranteeAmount', null],
    ['在保到期日', 'guaranteeDue', null],
    ['guarantee_due', 'guaranteeDue', null],
    ['\uFEFF客户名称', 'name', null],
    ['备注', null, null],
  ])('%s → %s %s', (h, key, unit) => {
    expect(readHeader(h)).toMatchObject({ key, unit });
  });

  it('flags a unit it cannot read', () => {
    expect(readHeader('净资产(美元)').problem).toContain('美元');
  });
});
