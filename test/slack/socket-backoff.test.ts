/** Socket Mode reconnect back-off (src/slack/socket-mode.ts): doubling from 1 s to the cap, for ever. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { backoffMs, connectErrorCode } from '../../src/slack/socket-mode.js';

describe('backoffMs', () => {
  const b = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack.socketRetry;
  it('defaults: 1 s doubling up to 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 100, 10_000].map((a) => backoffMs(a, b))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000]);
  });
  it('a 60 s outage at the default back-off is about 6 attempts, each logged', () => {
    let t = 0;
    let attempts = 0;
    while (t < 60_000) t += backoffMs(++attempts, b);
    expect(attempts).toBe(6);
  });
  it('SLACK_SOCKET_RETRY_MAX_MS caps the wait (and the first wait)', () => {
    const small = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_SOCKET_RETRY_MAX_MS: '400' }).slack.socketRetry;
    expect([1, 2, 5].map((a) => backoffMs(a, small))).toEqual([400, 400, 400]);
  });
});

describe('connectErrorCode', () => {
  it.each([
    [{ data: { error: 'invalid_auth' } }, 'invalid_auth'],
    [{ statusCode: 503 }, 'http_503'],
    [{ original: { code: 'ECONNREFUSED' } }, 'ECONNREFUSED'],
    [undefined, 'closed'],
  ])('%j → %s', (err, code) => expect(connectErrorCode(err)).toBe(code));
});
