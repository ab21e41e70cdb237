/**
 * The one number reader (core/parse/numerals.ts), shared by the parser and the figure guard.
 * The cases the two former readers disagreed on (一万亿, 二〇二六, a bare 万, 五百万万) come first;
 * each is read the same way whether a manager typed it or a model wrote it.
 */
import { describe, expect, it } from 'vitest';
import { checkFigures, extractFigures } from '../../../src/core/guard/figures.js';
import { parseInput } from '../../../src/core/parse/index.js';
import { fmt, readChinese, readNumber } from '../../../src/core/parse/numerals.js';

describe('readChinese: the cases the parser and the guard used to read differently', () => {
  it.each<[string, number]>([
    ['一万亿', 1e12], // parser refused it (单位重复)
    ['三万二千亿', 3.2e12],
    ['二〇二六', 2026], // parser read 6
    ['二零二六', 2026],
    ['一九九八', 1998],
    ['一〇', 10],
    ['一点八', 1.8], // parser had no 点 decimals
    ['一点五万', 15000],
    ['两千五百万', 25_000_000],
    ['一千零五十万', 10_500_000],
    ['两万零五', 20005],
    ['一亿五', 150_000_000],
  ])('%s → %d', (text, value) => {
    expect(readChinese(text)).toEqual({ ok: true, value });
    expect(readNumber(text)).toEqual({ ok: true, value });
  });

  it.each<[string, RegExp]>([
    ['万', /缺少数字/], // the guard read 0
    ['亿', /缺少数字/],
    ['五百万万', /单位重复/], // the guard read 5,000,000
    ['一亿亿', /单位重复/],
    ['一万千', /缺少数字/], // the guard read 11,000
    ['三五', /约数/], // the guard read 35: 三五年 is three to five years
    ['一两', /约数/],
    ['一点', /无法识别/],
  ])('%s is refused', (text, reason) => {
    const r = readChinese(text);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toMatch(reason);
  });

  it.each<[string, number]>([
    ['5,000,000', 5e6],
    ['1.8', 1.8],
    ['半', 0.5],
  ])('readNumber(%s) → %d', (text, value) => {
    expect(readNumber(text)).toEqual({ ok: true, value });
  });

  it('fmt drops float noise (one function for messages and for the guard)', () => {
    expect(fmt(0.1 + 0.2)).toBe('0.3');
    expect(fmt(1e12)).toBe('1000000000000');
  });
});

describe('the parser reads them as the guard does', () => {
  it.each<[string, number]>([
    ['一万亿', 1e12], // refused before as 单位重复
    ['一点五万', 15_000],
  ])('amount %s → %d 元', (text, yuan) => {
    expect(parseInput(text).amount?.yuan).toBe(yuan);
  });

  it('两年 after 二〇二六 is not glued onto it: the year is read as 2026, never 6', () => {
    expect(readNumber('二〇二六').ok && readNumber('二〇二六')).toEqual({ ok: true, value: 2026 });
  });
});

describe('the guard: same readings, and changed figures still caught', () => {
  const read = (text: string) => extractFigures(text).map((f) => `${f.kind}:${f.value}`);
  it.each<[string, string[]]>([
    ['一万亿元', ['money:1000000000000']],
    ['二〇二六年', ['year:2026']],
    ['15萬元', ['money:150000']],
    ['９万－１５万元', ['money-range:90000–150000']],
  ])('%s → %j', (text, figures) => {
    expect(read(text)).toEqual(figures);
  });

  it.each<[string, string]>([
    ['担保费500万元。', '担保费五百万万元。'],
    ['期限3年。', '期限三五年。'],
    ['期限3年。', '期限3年，约三五天办完。'],
    ['金额1万亿元。', '金额1万元。'],
    ['金额一万亿元。', '金额一万元。'],
    ['2026年12月1日到期。', '二〇二七年12月1日到期。'],
  ])('%s → %s fails the check', (core, model) => {
    expect(checkFigures(core, model).ok).toBe(false);
  });

  it.each<[string, string]>([
    ['金额1万亿元。', '金额一万亿元。'],
    ['2026年到期。', '二〇二六年到期。'],
    ['担保费15万元。', '擔保費15萬元。'],
  ])('%s → %s passes', (core, model) => {
    expect(checkFigures(core, model)).toEqual({ ok: true });
  });
});
