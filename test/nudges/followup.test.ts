/** The follow-up nudge: a saved visit report's 下次跟进 date reminds its owner (4.2; docs/nudges.md). */
import { describe, expect, it } from 'vitest';
import { nudgesFor, parseNudgeKey, pendingNudges, withSettings } from '../../src/core/nudges/index.js';
import { claimNudges, dismissNudge, snoozeNudge } from './log-helpers.js';
import type { Archive } from '../../src/core/archive/model.js';
import { archive, client } from './helpers.js';

const TZ = 'Asia/Shanghai';
const visit = (over: Partial<Archive['visits'][number]> = {}): Archive['visits'][number] => ({
  id: 'v1',
  clientId: 'c1',
  date: '2026-11-26',
  author: 'U0AAA',
  fields: { 下一步工作重点及建议: '下周二再去送材料' },
  nextFollowUp: '2026-12-01',
  ...over,
});
const withVisits = (visits: Archive['visits'], contacts: Archive['contacts'] = []) => archive([client('c1', { lastContact: '2026-11-26' })], { visits, contacts });
const followups = (a: Archive, today: string, settings = withSettings({})) => nudgesFor({ archive: a, today, tz: TZ, settings }).filter((n) => n.kind === 'followup');

describe('follow-up nudges', () => {
  it.each([
    ['2026-11-29', []],
    ['2026-11-30', ['followup:c1:v1:2026-12-01:ahead']],
    ['2026-12-01', ['followup:c1:v1:2026-12-01']],
    ['2026-12-02', ['followup:c1:v1:2026-12-01:overdue:2026-12-02']],
    ['2026-12-08', ['followup:c1:v1:2026-12-01:overdue:2026-12-02']],
    ['2026-12-09', ['followup:c1:v1:2026-12-01:overdue:2026-12-09']],
  ] as const)('on %s → %j', (today, keys) => {
    expect(followups(withVisits([visit()]), today).map((n) => n.key)).toEqual(keys);
  });

  it('carries the report’s 下一步 line and the section', () => {
    const [n] = followups(withVisits([visit()]), '2026-12-01');
    expect(n!.vars).toMatchObject({ nextStep: '下周二再去送材料', visitDate: '2026-11-26', stage: 'day' });
    expect(n!.reason).toContain('下周二再去送材料');
    expect(n!.sections).toEqual(['4.2']);
  });

  it('missed on its day (no run on a weekend), it is sent at the first run after, once per period', () => {
    const a = withVisits([visit({ nextFollowUp: '2026-12-06' })]); // a Sunday
    const first = claimNudges(a, { today: '2026-12-07', tz: TZ, at: '2026-12-07T01:00:00.000Z' }).filter((n) => n.kind === 'followup');
    expect(first.map((n) => [n.key, n.vars.stage])).toEqual([['followup:c1:v1:2026-12-06:overdue:2026-12-07', 'overdue']]);
    expect(first[0]!.reason).toContain('已过1天');
    expect(claimNudges(a, { today: '2026-12-08', tz: TZ, at: '2026-12-08T01:00:00.000Z' }).filter((n) => n.kind === 'followup')).toEqual([]);
  });

  it('不再提醒 on an overdue reminder ends the follow-up', () => {
    const a = withVisits([visit()]);
    dismissNudge(a, parseNudgeKey('followup:c1:v1:2026-12-01:overdue:2026-12-02')!.occurrence, '2026-12-02T01:00:00.000Z');
    expect(pendingNudges({ archive: a, today: '2026-12-20', tz: TZ }).filter((n) => n.kind === 'followup')).toEqual([]);
  });

  it('the lead is a setting: 0 → on the day only', () => {
    expect(followups(withVisits([visit()]), '2026-11-30', withSettings({ followUpLeadDays: 0 }))).toEqual([]);
  });

  it('a contact logged after the report clears it', () => {
    expect(followups(withVisits([visit()], [{ id: 'k1', clientId: 'c1', date: '2026-11-28', note: '电话', by: 'U0AAA' }]), '2026-12-01')).toEqual([]);
  });

  it('a newer visit replaces it with its own follow-up', () => {
    const a = withVisits([visit(), visit({ id: 'v2', date: '2026-11-28', nextFollowUp: '2026-12-10' })]);
    expect(followups(a, '2026-12-01')).toEqual([]);
    expect(followups(a, '2026-12-10').map((n) => n.key)).toEqual(['followup:c1:v2:2026-12-10']);
  });

  it('exactly once: a second run the same day claims nothing; dismissing the day-before one dismisses both', () => {
    const a = withVisits([visit()]);
    expect(claimNudges(a, { today: '2026-12-01', tz: TZ, at: '2026-12-01T01:00:00.000Z' }).filter((n) => n.kind === 'followup')).toHaveLength(1);
    expect(claimNudges(a, { today: '2026-12-01', tz: TZ, at: '2026-12-01T02:00:00.000Z' }).filter((n) => n.kind === 'followup')).toHaveLength(0);
    const b = withVisits([visit()]);
    dismissNudge(b, 'followup:c1:v1:2026-12-01', '2026-11-30T01:00:00.000Z');
    expect(pendingNudges({ archive: b, today: '2026-12-01', tz: TZ }).filter((n) => n.kind === 'followup')).toEqual([]);
  });
});

describe('稍后提醒 on a follow-up', () => {
  it('puts off its overdue reminders until the snooze ends, then reminds again', () => {
    const a = withVisits([visit()]);
    snoozeNudge(a, 'followup:c1:v1:2026-12-01', '2026-12-01', '2026-12-01T01:00:00.000Z', 7);
    const on = (today: string) =>
      pendingNudges({ archive: a, today, tz: TZ })
        .filter((n) => n.kind === 'followup')
        .map((n) => n.key);
    expect(on('2026-12-02')).toEqual([]);
    expect(on('2026-12-07')).toEqual([]);
    expect(on('2026-12-08')).toEqual(['followup:c1:v1:2026-12-01:overdue:2026-12-02']);
  });
});
