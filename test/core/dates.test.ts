import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, localDate, readDate, readDateWords } from '../../src/core/dates.js';

describe('localDate', () => {
  it.each([
    ['2026-11-30T15:59:59Z', 'Asia/Shanghai', '2026-11-30'],
    ['2026-11-30T16:00:00Z', 'Asia/Shanghai', '2026-12-01'],
    ['2026-12-31T16:30:00Z', 'Asia/Shanghai', '2027-01-01'],
    ['2026-12-31T16:30:00Z', 'UTC', '2026-12-31'],
  ])('%s in %s → %s', (iso, tz, date) => {
    expect(localDate(new Date(iso), tz)).toBe(date);
  });
});

describe('day arithmetic', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('addDays(%s, %i) → %s', (d, n, out) => {
    expect(addDays(d, n)).toBe(out);
  });
  it('daysBetween across a year end', () => {
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
  });
});

describe('readDate (today = 2026-11-28)', () => {
  it.each([
    ['2026-11-20', '2026-11-20'],
    ['2026/11/2', '2026-11-02'],
    ['2026年1月5日', '2026-01-05'],
    ['11月20日', '2026-11-20'],
    ['12月20日', '2025-12-20'],
    ['今天', '2026-11-28'],
    ['昨天', '2026-11-27'],
    ['前天', '2026-11-26'],
    ['2026-02-30', undefined],
    ['下周', undefined],
  ])('%s → %s', (text, date) => {
    expect(readDate(text, '2026-11-28')).toBe(date);
  });
});

describe('readDateWords (2026-11-26 is a Thursday)', () => {
  const B = '2026-11-26';
  const SF = ['2026-02-17', '2027-02-06'];
  it.each([
    ['下周二再去', '2026-12-01'],
    ['下星期一', '2026-11-30'],
    ['下下周一', '2026-12-07'],
    ['周五去拿', '2026-11-27'],
    ['周四再约', '2026-12-03'],
    ['这周五', '2026-11-27'],
    ['下周', '2026-11-30'],
    ['月底前', '2026-11-30'],
    ['三天后', '2026-11-29'],
    ['两周后', '2026-12-10'],
    ['一个月后', '2026-12-26'],
    ['过两天', '2026-11-28'],
    ['明天', '2026-11-27'],
    ['12月5日送材料', '2026-12-05'],
    ['11月20日', '2027-11-20'],
    ['年后再去', '2027-02-15'],
    ['下个月初', '2026-12-01'],
    ['我和小周一起去', undefined],
  ] as const)('future %s → %s', (text, want) => {
    expect(readDateWords(text, B, { direction: 'future', springFestivals: SF })?.date).toBe(want);
  });
  it.each([
    ['今天和王总', B],
    ['昨天下午', '2026-11-25'],
    ['前天去的', '2026-11-24'],
    ['上周五去的', '2026-11-20'],
    ['周二去的', '2026-11-24'],
    ['周五去的', '2026-11-20'],
    ['11月20日在工地', '2026-11-20'],
    ['12月5日', '2025-12-05'],
  ] as const)('past %s → %s', (text, want) => {
    expect(readDateWords(text, B, { direction: 'past' })?.date).toBe(want);
  });
  it('月底 on the last day of a month is the next month’s end', () => {
    expect(readDateWords('月底', '2026-11-30', { direction: 'future' })?.date).toBe('2026-12-31');
  });
  it('年后 beyond the calendar table is not read', () => {
    expect(readDateWords('年后', '2027-03-01', { direction: 'future', springFestivals: SF })).toBeUndefined();
  });
});
