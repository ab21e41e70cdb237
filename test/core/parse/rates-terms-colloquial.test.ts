/**
 * Colloquial terms and rate words (issue #11), each row with the reading it follows (docs/parsing.md).
 * Regression: the period word of a term (the 月 of 一个月) was taken as the rate's period, so
 * `民间借贷 100万 一个月 千分之五` lost its term and was priced on a monthly rate — 30× too low for a
 * daily rate and never what was written.
 */
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/core/parse/index.js';

describe('terms (setting: 周 = 7天, 半个月 = 15天)', () => {
  it.each([
    ['半个月', { days: 15 }],
    ['一个半月', { days: 45 }],
    ['两周', { days: 14 }],
    ['3个星期', { days: 21 }],
    ['一个礼拜', { days: 7 }],
    ['一年半', { months: 18 }],
    ['期限两周', { days: 14 }],
  ])('%s', (text, term) => {
    expect(parseInput(text).term).toMatchObject(term);
  });

  it('经营5周年 is years in business, not a term', () => {
    expect(parseInput('经营5周年').term).toBeUndefined();
  });
});

describe('rate words', () => {
  it.each([
    ['日息万五', 0.05, 'day', '1.2 按日计费; 万五 = 万分之五'],
    ['每天万分之五', 0.05, 'day', ''],
    ['日息千分之一', 0.1, 'day', ''],
    ['月息一分', 1, 'month', 'setting: 月息一分 = 1%/月'],
    ['月息2分', 2, 'month', ''],
    ['年息一分', 10, 'year', 'setting: 年息一分 = 10%/年'],
    ['月息8厘', 0.8, 'month', 'setting: 月息一厘 = 0.1%/月'],
    ['年化18%', 18, 'year', ''],
    ['2.2个点', 2.2, 'year', '1.1 %/年, period assumed'],
    ['日息0.5‰', 0.05, 'day', '‰ = 千分之'],
  ])('%s → %s%%/%s %s', (text, percent, per) => {
    expect(parseInput(text).rate).toMatchObject({ percent, per });
  });

  it.each(['千分之五', '费率0.5%', '百分之二'])('%s has no period: marked perAssumed', (text) => {
    expect(parseInput(text).rate?.perAssumed).toBe(true);
  });

  it.each([
    ['100万 一个月 千分之五', { months: 1 }],
    ['100万 一个月费率1%', { months: 1 }],
    ['100万 30天千分之五', { days: 30 }],
  ])('%s: the term keeps its period word, the rate has none', (text, term) => {
    const p = parseInput(text);
    expect(p.term).toMatchObject(term);
    expect(p.rate?.perAssumed).toBe(true);
  });

  it.each([
    ['费率2.2% 年化2.5%', '年化2.5%'],
    ['日息万五 日息万三', '日息万三'],
  ])('%s: two different rates → the first, marked in conflict with %s (never an agreed rate)', (text, conflict) => {
    expect(parseInput(text).rate?.conflict).toBe(conflict);
  });

  it.each(['费率2.2%-2.5%', '费率2.2%到2.5%', '2.2个点到2.5个点'])('%s is a range: an error, no rate', (text) => {
    const p = parseInput(text);
    expect(p.rate).toBeUndefined();
    expect(p.errors[0]).toContain('是一个范围');
  });
});

describe('a calendar date is not a term (到明年3月 was quoted as 3 months)', () => {
  it.each(['到明年3月', '2027年3月到期', '3月份', '借到3月底', '3月15号还', '截至6月'])('%s → no term, said as a date', (text) => {
    const p = parseInput(`贷款500万 合肥 ${text}`);
    expect(p.term).toBeUndefined();
    expect(p.errors.join()).toContain('是日期，不是期限');
  });
  it.each([
    ['期限3月', 3],
    ['借3月', 3],
    ['三个月', 3],
  ])('%s stays a term of %d months', (text, months) => {
    expect(parseInput(text).term?.months).toBe(months);
  });
});

describe('quarters (个 required: 一季度 is a date)', () => {
  it.each([
    ['三个季度', { months: 9 }],
    ['两个季度', { months: 6 }],
    ['半个季度', { days: 45 }],
  ])('%s → %o', (text, term) => {
    expect(parseInput(text).term).toMatchObject(term);
  });
  it('一季度 is no term', () => {
    expect(parseInput('一季度').term).toBeUndefined();
  });
});
