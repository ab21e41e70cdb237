import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, localDate, readDate } from '../../src/core/dates.js';

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
