/** The pure nudge engine: which nudges are due on a day, their keys, reasons, and the log. */
import { describe, expect, it } from 'vitest';
import type { NudgeLog } from '../../src/core/archive/model.js';
import { addDays, nextYearly, nudgesFor, nudgeSettings, parseNudgeKey, pendingNudges, withSettings, yearlyOn } from '../../src/core/nudges/index.js';
import { claimNudges, dismissNudge, markFailed, snoozeNudge } from './log-helpers.js';
import { archive, client } from './helpers.js';

const TZ = 'Asia/Shanghai';
const keysOn = (a: ReturnType<typeof archive>, today: string, settings = nudgeSettings) => nudgesFor({ archive: a, today, tz: TZ, settings }).map((n) => n.key);
const recent = { lastContact: '2099-01-01' }; // never dormant in these tests

describe('settings (data/nudges.json)', () => {
  it('every entry is a company setting naming its handbook sections', () => {
    for (const s of Object.values(nudgeSettings)) expect(s.kind).toBe('setting');
    expect(nudgeSettings.dormantDays.byClass).toEqual({ A: 30, B: 30, C: 30, D: 30 });
    expect(nudgeSettings.eventLeadDays.sections).toContain('10.4');
  });
});

describe('yearly dates, 29 February', () => {
  it.each([
    ['02-29', 2027, '2027-02-28'],
    ['02-29', 2028, '2028-02-29'],
    ['1992-02-29', 2100, '2100-02-28'],
    ['2000-02-29', 2400, '2400-02-29'],
    ['12-31', 2026, '2026-12-31'],
  ])('yearlyOn(%s, %i) = %s', (d, y, want) => expect(yearlyOn(d, y)).toBe(want));
  it.each([
    ['01-02', '2026-12-31', '2027-01-02'],
    ['12-31', '2026-12-31', '2026-12-31'],
    ['02-29', '2027-03-01', '2028-02-29'],
    ['02-29', '2027-02-01', '2027-02-28'],
  ])('nextYearly(%s) from %s = %s', (d, today, want) => expect(nextYearly(d, today)).toBe(want));
});

describe('birthdays: 3 days ahead and on the day', () => {
  const a = (birthday: string) => archive([client('c1', { ...recent, contacts: [{ name: '张三', birthday }] })]);
  it.each([
    // [birthday, today, keys]
    ['12-04', '2026-12-01', ['birthday:c1:0:2026-12-04:ahead']],
    ['12-04', '2026-11-30', []], // 4 days ahead: too early
    ['12-04', '2026-12-03', ['birthday:c1:0:2026-12-04:ahead']],
    ['12-04', '2026-12-04', ['birthday:c1:0:2026-12-04']],
    ['12-04', '2026-12-05', []],
    ['1975-12-01', '2026-12-01', ['birthday:c1:0:2026-12-01']],
    // across the year end
    ['01-02', '2026-12-30', ['birthday:c1:0:2027-01-02:ahead']],
    ['01-01', '2026-12-31', ['birthday:c1:0:2027-01-01:ahead']],
    ['01-01', '2027-01-01', ['birthday:c1:0:2027-01-01']],
    // across a month end
    ['03-01', '2027-02-26', ['birthday:c1:0:2027-03-01:ahead']],
    ['03-01', '2028-02-26', []], // 2028 is leap: 4 days ahead
    // 29 February: on 28 February in 2027, on the 29th in 2028
    ['02-29', '2027-02-25', ['birthday:c1:0:2027-02-28:ahead']],
    ['02-29', '2027-02-28', ['birthday:c1:0:2027-02-28']],
    ['02-29', '2027-03-01', []],
    ['02-29', '2028-02-28', ['birthday:c1:0:2028-02-29:ahead']],
    ['02-29', '2028-02-29', ['birthday:c1:0:2028-02-29']],
    ['1988-02-29', '2027-02-28', ['birthday:c1:0:2027-02-28']],
  ])('birthday %s seen on %s → %j', (birthday, today, keys) => {
    expect(keysOn(a(birthday), today)).toEqual(keys);
  });

  it('the reason names the contact, the day and the days left', () => {
    const [n] = nudgesFor({ archive: archive([client('c1', { ...recent, contacts: [{ name: '张三', role: '财务总监', birthday: '12-04' }] })]), today: '2026-12-01', tz: TZ });
    expect(n!.reason).toBe('联系人张三（财务总监）生日：12月4日（还有3天）');
    expect(n!.vars).toMatchObject({ contact: '张三', daysLeft: 3, stage: 'ahead' });
  });
});

describe('anniversaries (10.4)', () => {
  it.each([
    ['2015-12-01', '2026-12-01', 'anniversary:c1:0:0:2026-12-01', '公司成立日（11周年）'],
    ['06-18', '2027-06-15', 'anniversary:c1:0:0:2027-06-18:ahead', '公司成立日'],
  ])('%s seen on %s → %s', (date, today, key, words) => {
    const a = archive([client('c1', { ...recent, contacts: [{ name: '王五', anniversaries: [{ label: '公司成立日', date }] }] })]);
    const [n] = nudgesFor({ archive: a, today, tz: TZ });
    expect(n!.key).toBe(key);
    expect(n!.reason).toContain(words);
  });
});

describe('guarantees falling due: within 30 days, and on the day', () => {
  const a = (due: string, product = 'bank_loan') => archive([client('c1', { ...recent, guarantees: [{ product, amount: 5_000_000, due }] })]);
  it.each([
    ['2026-12-31', '2026-12-01', ['due:c1:2026-12-31:ahead']],
    ['2027-01-01', '2026-12-01', []], // 31 days
    ['2027-01-01', '2026-12-02', ['due:c1:2027-01-01:ahead']],
    ['2026-12-01', '2026-12-01', ['due:c1:2026-12-01']],
    ['2026-11-30', '2026-12-01', []], // already past
    ['2028-03-01', '2028-01-31', ['due:c1:2028-03-01:ahead']], // 30 days over a leap February
    ['2027-03-02', '2027-01-31', ['due:c1:2027-03-02:ahead']], // 30 days over a 28-day February
    ['2027-03-03', '2027-01-31', []],
  ])('due %s seen on %s → %j', (due, today, keys) => {
    expect(keysOn(a(due), today)).toEqual(keys);
  });

  it('private loans are guarantees with product private_lending: a renewal prompt', () => {
    const [n] = nudgesFor({ archive: a('2026-12-10', 'private_lending'), today: '2026-12-01', tz: TZ });
    expect(n!.reason).toBe('在保业务12月10日到期（还有9天）：民间借贷担保 500万元——借款到期，商谈续借或其他需求');
    expect(n!.vars.privateLending).toBe(1);
  });

  it('guarantees due the same day make one nudge', () => {
    const two = archive([
      client('c1', {
        ...recent,
        guarantees: [
          { product: 'bank_loan', amount: 1e6, due: '2026-12-20' },
          { product: 'bid_bond', amount: 2e5, due: '2026-12-20' },
        ],
      }),
    ]);
    const ns = nudgesFor({ archive: two, today: '2026-12-01', tz: TZ });
    expect(ns.map((n) => [n.key, n.vars.count, n.vars.amount])).toEqual([['due:c1:2026-12-20:ahead', 2, 1_200_000]]);
  });
});

describe('dormant: no contact or visit for N days (per class), repeated every 7 days', () => {
  const a = (over: Parameters<typeof client>[1], extra: Partial<ReturnType<typeof archive>> = {}) => archive([client('c1', over)], extra);
  it.each([
    // [class, lastContact, today, key or null, days]
    ['B', '2026-10-20', '2026-12-01', 'dormant:c1:2026-11-26', 42],
    ['B', '2026-11-01', '2026-11-30', null, 29],
    ['B', '2026-11-01', '2026-12-01', 'dormant:c1:2026-12-01', 30],
    ['B', '2026-11-01', '2026-12-07', 'dormant:c1:2026-12-01', 36], // same week: same key
    ['B', '2026-11-01', '2026-12-08', 'dormant:c1:2026-12-08', 37], // 7 days later: new key
    ['B', '2026-12-01', '2026-12-31', 'dormant:c1:2026-12-31', 30],
    ['B', '2026-12-02', '2027-01-01', 'dormant:c1:2027-01-01', 30], // over the year end
    ['B', '2028-01-31', '2028-03-01', 'dormant:c1:2028-03-01', 30], // leap February
  ])('class %s, last contact %s, on %s → %s', (cls, lastContact, today, key, days) => {
    const ns = nudgesFor({ archive: a({ class: cls as 'B', lastContact }), today, tz: TZ });
    expect(ns.map((n) => n.key)).toEqual(key ? [key] : []);
    if (key) expect(ns[0]!.reason).toBe(`已${days}天未联系（B类阈值30天）`);
  });

  it.each([
    ['B', 45, true],
    ['C', 45, false],
    ['C', 60, true],
    ['D', 89, false],
    ['D', 90, true],
    [undefined, 30, true],
  ])('per-class table B 30 / C 60 / D 90: class %s after %i days → %s', (cls, days, due) => {
    const settings = withSettings({ dormantByClass: { B: 30, C: 60, D: 90 } });
    const today = '2026-12-01';
    const ns = nudgesFor({ archive: a({ ...(cls ? { class: cls as 'C' } : {}), lastContact: addDays(today, -days) }), today, tz: TZ, settings });
    expect(ns.length > 0).toBe(due);
    if (due && cls === undefined) expect(ns[0]!.reason).toBe('已30天未联系（未分类，阈值30天）');
  });

  it.each([
    ['a contact log', { contacts: [{ id: 'l1', clientId: 'c1', date: '2026-11-25', note: '电话', by: 'U0AAA' }] }],
    ['a visit', { visits: [{ id: 'v1', clientId: 'c1', date: '2026-11-25', author: 'U0AAA', fields: {} }] }],
  ])('reset by %s', (_what, extra) => {
    expect(keysOn(a({ lastContact: '2026-10-01' }), '2026-12-01')).toHaveLength(1);
    expect(keysOn(a({ lastContact: '2026-10-01' }, extra), '2026-12-01')).toEqual([]);
  });

  it("another client's visit does not reset it", () => {
    const other = { visits: [{ id: 'v1', clientId: 'c2', date: '2026-11-25', author: 'U0AAA', fields: {} }] };
    expect(keysOn(a({ lastContact: '2026-10-01' }, other), '2026-12-01')).toHaveLength(1);
  });

  it('a client never contacted counts from its creation, in the company zone', () => {
    // created 2026-10-31 16:30 UTC = 2026-11-01 00:30 in Shanghai
    const ns = nudgesFor({ archive: a({ createdAt: '2026-10-31T16:30:00.000Z' }), today: '2026-12-01', tz: TZ });
    expect(ns.map((n) => [n.key, n.reason])).toEqual([['dormant:c1:2026-12-01', '建档30天仍无联系记录（未分类，阈值30天）']]);
  });
});

describe('the log: sent, failed, snoozed, dismissed', () => {
  const base = () => archive([client('c1', { lastContact: '2026-10-20', contacts: [{ name: '张三', birthday: '12-04' }], guarantees: [{ product: 'bank_loan', amount: 1e6, due: '2026-12-31' }] })]);
  const at = '2026-12-01T01:00:00.000Z';
  const pending = (a: ReturnType<typeof archive>, today: string) => pendingNudges({ archive: a, today, tz: TZ }).map((n) => n.key);

  it('claiming records each key sent and the run; a second claim the same day finds nothing', () => {
    const a = base();
    const first = claimNudges(a, { today: '2026-12-01', tz: TZ, at }).map((n) => n.key);
    expect(first).toEqual(['due:c1:2026-12-31:ahead', 'birthday:c1:0:2026-12-04:ahead', 'dormant:c1:2026-11-26']);
    expect(a.nudges.map((l) => [l.key, l.status])).toContainEqual(['run:2026-12-01', 'sent']);
    expect(claimNudges(a, { today: '2026-12-01', tz: TZ, at })).toEqual([]);
  });

  it('the next days: the due and birthday reminders are not repeated; dormant comes back 7 days later', () => {
    const a = base();
    claimNudges(a, { today: '2026-12-01', tz: TZ, at });
    expect(pending(a, '2026-12-02')).toEqual([]);
    expect(pending(a, '2026-12-03')).toEqual(['dormant:c1:2026-12-03']);
    expect(pending(a, '2026-12-04')).toEqual(['birthday:c1:0:2026-12-04', 'dormant:c1:2026-12-03']);
  });

  it('a failed key is tried again; a failed mark does not undo a snooze', () => {
    const a = base();
    claimNudges(a, { today: '2026-12-01', tz: TZ, at });
    markFailed(a, ['due:c1:2026-12-31:ahead'], at);
    expect(pending(a, '2026-12-01')).toEqual(['due:c1:2026-12-31:ahead']);
    snoozeNudge(a, 'dormant:c1:2026-11-26', '2026-12-01', at);
    markFailed(a, ['dormant:c1:2026-11-26'], at);
    expect(a.nudges.find((l) => l.key === 'dormant:c1:2026-11-26')!.status).toBe('snoozed');
  });

  it('snooze: 7 days; for dormant it holds back the next weekly reminder too', () => {
    const a = base();
    claimNudges(a, { today: '2026-12-01', tz: TZ, at });
    expect(snoozeNudge(a, 'due:c1:2026-12-31:ahead', '2026-12-01', at)).toBe('2026-12-08');
    snoozeNudge(a, 'dormant:c1:2026-11-26', '2026-12-01', at);
    expect(pending(a, '2026-12-07')).toEqual([]); // the birthday was on 12-04 (sent that day in a real run)
    expect(pending(a, '2026-12-08')).toEqual(['due:c1:2026-12-31:ahead', 'dormant:c1:2026-12-03']);
  });

  it('dismiss: the occurrence — both its reminders', () => {
    const a = base();
    dismissNudge(a, parseNudgeKey('birthday:c1:0:2026-12-04:ahead')!.occurrence, at);
    expect(pending(a, '2026-12-01')).not.toContain('birthday:c1:0:2026-12-04:ahead');
    expect(pending(a, '2026-12-04')).not.toContain('birthday:c1:0:2026-12-04');
    // next year's birthday is another occurrence
    expect(pending(a, '2027-12-04')).toContain('birthday:c1:0:2027-12-04');
  });

  it('dismissing a dormant week leaves the next week', () => {
    const a = base();
    dismissNudge(a, 'dormant:c1:2026-11-26', at);
    expect(pending(a, '2026-12-01')).not.toContain('dormant:c1:2026-11-26');
    expect(pending(a, '2026-12-03')).toContain('dormant:c1:2026-12-03');
  });

  it('old log entries are dropped when claiming, live snoozes kept', () => {
    const a = base();
    const old: NudgeLog[] = [
      { key: 'birthday:c1:0:2024-12-04', status: 'sent', at: '2024-12-04T01:00:00.000Z' },
      { key: 'due:c1:2027-06-30:ahead', status: 'snoozed', at: '2024-01-01T01:00:00.000Z', until: '2027-01-01' },
    ];
    a.nudges.push(...old);
    claimNudges(a, { today: '2026-12-01', tz: TZ, at });
    expect(a.nudges.map((l) => l.key)).not.toContain('birthday:c1:0:2024-12-04');
    expect(a.nudges.map((l) => l.key)).toContain('due:c1:2027-06-30:ahead');
  });
});

describe('keys', () => {
  it.each([
    ['birthday:c1:0:2026-12-01', { kind: 'birthday', clientId: 'c1', occurrence: 'birthday:c1:0:2026-12-01' }],
    ['due:a%3Ab:2026-12-31:ahead', { kind: 'due', clientId: 'a:b', occurrence: 'due:a%3Ab:2026-12-31' }],
    ['run:2026-12-01', undefined],
    ['nonsense', undefined],
  ])('parseNudgeKey(%s)', (key, want) => expect(parseNudgeKey(key)).toEqual(want));

  it('a client id with a colon is encoded in the key', () => {
    const a = archive([client('a:b', { lastContact: '2026-10-01' })]);
    expect(keysOn(a, '2026-12-01')).toEqual(['dormant:a%3Ab:2026-11-28']);
  });

  it('nudges are sorted by owner, then due, birthday, anniversary, dormant', () => {
    const a = archive([
      client('c1', { owner: 'U0BBB', lastContact: '2026-10-01', guarantees: [{ product: 'bank_loan', amount: 1e6, due: '2026-12-05' }] }),
      client('c2', { owner: 'U0AAA', lastContact: '2026-10-01', contacts: [{ name: '赵六', birthday: '12-02' }] }),
    ]);
    expect(nudgesFor({ archive: a, today: '2026-12-01', tz: TZ }).map((n) => `${n.owner} ${n.kind}`)).toEqual(['U0AAA birthday', 'U0AAA dormant', 'U0BBB due', 'U0BBB dormant']);
  });
});
