import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/core/parse/index.js';

const termOf = (text: string) => {
  const t = parseInput(text).term;
  return t && { months: t.months, days: t.days };
};

describe('terms: months for 年/月, days for 天', () => {
  it.each([
    ['1年', { months: 12, days: undefined }],
    ['一年', { months: 12, days: undefined }],
    ['12个月', { months: 12, days: undefined }],
    ['半年', { months: 6, days: undefined }],
    ['三个月', { months: 3, days: undefined }],
    ['30天', { months: undefined, days: 30 }],
    ['两年', { months: 24, days: undefined }],
    ['1.5年', { months: 18, days: undefined }],
    ['一年半', { months: 18, days: undefined }],
    ['期限6个月', { months: 6, days: undefined }],
    ['期限：十二个月', { months: 12, days: undefined }],
    ['借款期限 20天', { months: undefined, days: 20 }],
    ['半个月', { months: undefined, days: 15 }],
  ])('%s', (text, expected) => {
    expect(termOf(text)).toEqual(expected);
  });

  it.each([
    ['0天', '期限“0天”无效：期限必须大于0'],
    ['期限0个月', '期限“期限0个月”无效：期限必须大于0'],
    ['1-3年', '期限“1-3年”是一个范围，请给出一个期限'],
    ['100年', '期限“100年”无效：超过30年'],
  ])('%s is an error', (text, message) => {
    expect(parseInput(text).errors).toEqual([message]);
  });

  it('a second, different term makes the term ambiguous (asked by 1.1 and 1.2, never the first taken)', () => {
    expect(parseInput('1年 6个月').ambiguous).toEqual([{ field: 'term', sources: ['1年', '6个月'] }]);
    expect(parseInput('1年 一年').ambiguous).toBeUndefined();
  });
});

const rateOf = (text: string) => {
  const r = parseInput(text).rate;
  return r && { percent: r.percent, per: r.per };
};

describe('rates in percent per period', () => {
  it.each([
    ['年费率12%', { percent: 12, per: 'year' }],
    ['月费率1%', { percent: 1, per: 'month' }],
    ['日费率0.05%', { percent: 0.05, per: 'day' }],
    ['费率2.4%', { percent: 2.4, per: 'year' }],
    ['2.4%/年', { percent: 2.4, per: 'year' }],
    ['1%/月', { percent: 1, per: 'month' }],
    ['担保费率：1.8%', { percent: 1.8, per: 'year' }],
    ['日息万五', { percent: 0.05, per: 'day' }],
    ['年化3%', { percent: 3, per: 'year' }],
    ['费率３％', { percent: 3, per: 'year' }],
    ['1年费率2%', { percent: 2, per: 'year' }],
    ['3个点', { percent: 3, per: 'year' }],
  ])('%s', (text, expected) => {
    expect(rateOf(text)).toEqual(expected);
  });

  it.each([
    ['费率2.4%', '“费率2.4%”没有写明期间，按年费率理解'],
    ['3%', '“3%”没有写明期间，按年费率理解'],
  ])('%s without a period is read per year, with a note', (text, note) => {
    expect(parseInput(text).notes).toContain(note);
  });

  it.each([
    ['费率-2%', '费率“费率-2%”无效：费率必须大于0'],
    ['费率0%', '费率“费率0%”无效：费率必须大于0'],
    ['年费率200%', '费率“年费率200%”无效：超过100%'],
  ])('%s is an error', (text, message) => {
    expect(parseInput(text).errors).toEqual([message]);
  });

  it('1年费率2% keeps the term too', () => {
    expect(termOf('1年费率2%')).toEqual({ months: 12, days: undefined });
  });
});
