import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/core/parse/index.js';

describe('amounts are held in 元', () => {
  it.each([
    ['500万', 5_000_000],
    ['500万元', 5_000_000],
    ['5,000,000元', 5_000_000],
    ['1.2亿', 120_000_000],
    ['1.2亿元', 120_000_000],
    ['3000 万', 30_000_000],
    ['¥5000000', 5_000_000],
    ['￥500万', 5_000_000],
    ['５００万', 5_000_000],
    ['五百万', 5_000_000],
    ['一千万', 10_000_000],
    ['三千万', 30_000_000],
    ['十万元', 100_000],
    ['两百万', 2_000_000],
    ['一亿二千万', 120_000_000],
    ['一万五', 15_000],
    ['3千万', 30_000_000],
    ['1.1万', 11_000],
    ['RMB500万', 5_000_000],
    ['人民币500万元', 5_000_000],
    ['500w', 5_000_000],
    ['贷款金额：800万', 8_000_000],
  ])('%s → %d 元', (text, yuan) => {
    expect(parseInput(text).amount?.yuan).toBe(yuan);
  });
});

describe('a bare number: below 100000 in 万元, from 100000 up in 元 (docs/parsing.md)', () => {
  it.each([
    ['5000', { yuan: 50_000_000, assumedUnit: '万元' }],
    ['99999', { yuan: 999_990_000, assumedUnit: '万元' }],
    ['100000', { yuan: 100_000, assumedUnit: '元' }],
    ['5000000', { yuan: 5_000_000, assumedUnit: '元' }],
  ])('%s', (text, expected) => {
    const a = parseInput(text).amount;
    expect({ yuan: a?.yuan, assumedUnit: a?.assumedUnit }).toEqual(expected);
  });

  it.each([
    ['5000', '“5000”没有单位，按5000万元理解'],
    ['200000', '“200000”没有单位，按200000元理解'],
  ])('%s notes how it was read', (text, note) => {
    expect(parseInput(text).notes).toContain(note);
  });

  it.each([['500万'], ['¥5000'], ['五百万']])('%s assumes no unit', (text) => {
    expect(parseInput(text).amount?.assumedUnit).toBeUndefined();
  });
});

describe('invalid amounts are errors and are not set', () => {
  it.each([
    ['-500万', '金额“-500万”无效：金额必须大于0'],
    ['0元', '金额“0元”无效：金额必须大于0'],
    ['0', '金额“0”无效：金额必须大于0'],
    ['NaN', '金额“NaN”无效：不是数字'],
    ['1e308', '金额“1e308”无效：不接受科学计数法，请写成“500万”或“5000000元”'],
    ['Infinity元', '金额“Infinity元”无效：不是有限的数字'],
    ['99999999亿', '金额“99999999亿”无效：超过合理范围（10万亿元）'],
    ['500万万', '金额“500万万”无效：单位重复'],
    ['五百万万', '金额“五百万万”无效：单位重复'],
    ['万万', '金额“万万”无效：单位重复，也没有数字'],
    ['100-200万', '金额“100-200万”是一个范围，请给出一个金额'],
  ])('%s', (text, message) => {
    expect(parseInput(text).errors).toEqual([message]);
  });

  it.each([['-500万'], ['0'], ['NaN'], ['1e308'], ['500万万'], ['2e13元']])('%s sets no amount', (text) => {
    expect(parseInput(text).amounts).toEqual([]);
  });
});

describe('several amounts', () => {
  it.each([
    ['500万 800万', [5_000_000, 8_000_000]],
    ['先借300万，再借五百万', [3_000_000, 5_000_000]],
    ['没有数字', []],
  ])('%s', (text, yuan) => {
    expect(parseInput(text).amounts.map((a) => a.yuan)).toEqual(yuan);
  });

  it('keeps the text an amount was read from, as typed', () => {
    expect(parseInput('贷款５００万元').amount?.source).toBe('５００万元');
  });
});
