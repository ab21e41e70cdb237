/** DATABASE_URL and NUDGE_CRON are checked with the rest of the config: one line, exit 2 (#15 item 3). */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { baseEnv, runApp, startHttpApp } from '../helpers/app-process.js';

describe('loadConfig: NUDGE_CRON', () => {
  it.each([
    ['0 9 * * 1-5', '0 9 * * 1-5'],
    ['*/5 * * * *', '*/5 * * * *'],
    ['off', null],
    ['OFF', null],
  ])('%s → %s', (raw, cron) => {
    expect(loadConfig({ NUDGE_CRON: raw }).nudge.cron).toBe(cron);
  });
  it.each(['61 * * * *', 'every day', '0 9 * *', '0 25 * * *'])('%s is refused with the fix', (raw) => {
    expect(() => loadConfig({ NUDGE_CRON: raw })).toThrowError(ConfigError);
    expect(() => loadConfig({ NUDGE_CRON: raw })).toThrowError(/NUDGE_CRON=".*" is not a cron pattern: .*"off"/);
  });
});

describe('loadConfig: DATABASE_URL', () => {
  it('unset → the embedded store', () => {
    expect(loadConfig({}).database).toBeUndefined();
  });
  it.each(['postgres://u:p@db:5432/gd', 'postgresql://db/gd'])('%s → PostgreSQL', (url) => {
    expect(loadConfig({ DATABASE_URL: url }).database).toEqual({ url, poolMax: 10 });
  });
  it.each(['mysql://u:secret-pw@db/gd', 'secret-pw', 'postgres://'])('%s is refused without echoing it (it may hold a password)', (url) => {
    let message = '';
    try {
      loadConfig({ DATABASE_URL: url });
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      message = (e as Error).message;
    }
    expect(message).toMatch(/^DATABASE_URL is not a PostgreSQL URL: use postgres:\/\//);
    expect(message).not.toContain('secret-pw');
  });
  it('DATABASE_POOL_MAX is a whole number', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/gd', DATABASE_POOL_MAX: 'many' })).toThrowError(/DATABASE_POOL_MAX="many"/);
  });
});

describe('the real process', () => {
  it('a bad NUDGE_CRON in HTTP mode: one line and exit 2, before serving (no stack trace)', async () => {
    const r = await runApp(baseEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', NUDGE_CRON: '0 9 * * mon-xyz' }));
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^配置错误 \(config error\): NUDGE_CRON="0 9 \* \* mon-xyz" is not a cron pattern/);
  });

  it('a bad DATABASE_URL: one line and exit 2', async () => {
    const r = await runApp(baseEnv({ DATABASE_URL: 'mysql://root:hunter2@db/gd' }), '/help\n');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/DATABASE_URL is not a PostgreSQL URL/);
    expect(r.stderr).not.toContain('hunter2');
  });

  it('NUDGE_CRON=off: the app serves and runs no nudge job', async () => {
    const slack = await new FakeSlack().start();
    const app = await startHttpApp({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: slack.apiUrl, NUDGE_CRON: 'off', LOG_LEVEL: 'info' });
    try {
      await expect.poll(() => app.stderr()).toMatch(/nudge job off/);
      expect(app.stderr()).not.toMatch(/nudge job (done|failed)|catching up/);
    } finally {
      expect(await app.stop()).toBe(0);
      await slack.stop();
    }
  });
});
