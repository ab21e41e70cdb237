/**
 * “Today” is judged in NUDGE_TZ (Asia/Shanghai), whatever the server's zone: this file runs
 * the process in UTC, where Shanghai's midnight is 16:00 the day before.
 */
process.env.TZ = 'UTC';
import { describe, expect, it } from 'vitest';
import { localDate, nudgesFor } from '../../src/core/nudges/index.js';
import { archive, client } from './helpers.js';

describe('midnight in Shanghai while the server runs in UTC', () => {
  it('the process is in UTC', () => {
    expect(new Date('2026-11-30T16:00:00Z').getHours()).toBe(16);
  });

  it.each([
    ['2026-11-30T15:59:59.999Z', 'Asia/Shanghai', '2026-11-30'],
    ['2026-11-30T16:00:00.000Z', 'Asia/Shanghai', '2026-12-01'],
    ['2026-12-31T16:00:00.000Z', 'Asia/Shanghai', '2027-01-01'],
    ['2028-02-28T16:00:00.000Z', 'Asia/Shanghai', '2028-02-29'],
    ['2026-11-30T16:00:00.000Z', 'UTC', '2026-11-30'],
    ['2026-12-01T04:59:00.000Z', 'America/New_York', '2026-11-30'],
  ])('localDate(%s, %s) = %s', (iso, tz, want) => expect(localDate(new Date(iso), tz)).toBe(want));

  it('a birthday on 12-01 is “today” at 00:00 Shanghai (16:00 UTC on 11-30), not yet at 23:59 Shanghai on 11-30', () => {
    const a = archive([client('c1', { lastContact: '2099-01-01', contacts: [{ name: '张三', birthday: '12-01' }] })]);
    const on = (iso: string) => nudgesFor({ archive: a, today: localDate(new Date(iso), 'Asia/Shanghai'), tz: 'Asia/Shanghai' }).map((n) => n.key);
    expect(on('2026-11-30T15:59:00Z')).toEqual(['birthday:c1:0:2026-12-01:ahead']);
    expect(on('2026-11-30T16:00:00Z')).toEqual(['birthday:c1:0:2026-12-01']);
  });
});
