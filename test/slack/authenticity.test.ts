import { describe, expect, it } from 'vitest';
import { judgeTimestamp } from '../../src/slack/authenticity.js';
import { eventKeys } from '../../src/slack/dedupe.js';

const NOW = 1_800_000_000_000;
const s = (offset: number) => String(Math.floor(NOW / 1000) + offset);

describe('judgeTimestamp (±5 minutes)', () => {
  it.each([
    [s(0), 'v0=x', 'ok'],
    [s(-300), 'v0=x', 'ok'],
    [s(300), 'v0=x', 'ok'],
    [s(-301), 'v0=x', 'stale'],
    [s(301), 'v0=x', 'future'],
    [undefined, 'v0=x', 'missing'],
    [s(0), undefined, 'missing'],
    ['', 'v0=x', 'missing'],
    ['12a', 'v0=x', 'malformed'],
    ['-5', 'v0=x', 'malformed'],
  ] as const)('%s → %s', (ts, sig, verdict) => {
    expect(judgeTimestamp(ts, sig, NOW)).toBe(verdict);
  });
});

describe('eventKeys', () => {
  it.each([
    [{ type: 'event_callback', event_id: 'E1', event: { type: 'message', channel: 'D1', ts: '1.2' } }, ['event:E1', 'msg:D1:1.2']],
    [{ type: 'event_callback', event_id: 'E2', event: { type: 'app_mention', channel: 'C1', ts: '1.3' } }, ['event:E2', 'msg:C1:1.3']],
    [{ type: 'event_callback', event_id: 'E3', event: { type: 'app_home_opened' } }, ['event:E3']],
    [{ type: 'event_callback', event_id: 'E4', event: { type: 'message', subtype: 'message_changed', channel: 'D1', ts: '1.2' } }, ['event:E4']],
    [{ type: 'block_actions' }, []],
  ])('%j', (body, keys) => {
    expect(eventKeys(body)).toEqual(keys);
  });
});
