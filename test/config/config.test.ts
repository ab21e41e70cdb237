import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { baseEnv, runApp } from '../helpers/app-process.js';

describe('loadConfig: mode', () => {
  it.each([
    [{}, 'console'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }, 'socket'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }, 'http'],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_SIGNING_SECRET: 's' }, 'socket'],
    [{ SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '  ' }, 'console'],
  ])('%j → %s', (env, mode) => {
    expect(loadConfig(env).mode).toBe(mode);
  });
});

describe('loadConfig: defaults', () => {
  const c = loadConfig({});
  it.each([
    ['port', c.port, 3000],
    ['dataDir', c.dataDir, './var'],
    ['apiUrl', c.slack.apiUrl, 'https://slack.com/api/'],
    ['deadline', c.openai.deadlineMs, 4000],
    ['cron', c.nudge.cron, '0 9 * * 1-5'],
    ['tz', c.nudge.tz, 'Asia/Shanghai'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('adds the trailing slash to SLACK_API_URL', () => {
    expect(loadConfig({ SLACK_API_URL: 'http://127.0.0.1:9/api' }).slack.apiUrl).toBe('http://127.0.0.1:9/api/');
  });

  it('splits ADMIN_USER_IDS on commas and spaces', () => {
    expect(loadConfig({ ADMIN_USER_IDS: 'U1, U2 U3' }).adminUserIds).toEqual(['U1', 'U2', 'U3']);
  });
});

describe('loadConfig: misconfiguration names the variable and the fix', () => {
  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /neither SLACK_APP_TOKEN .* nor SLACK_SIGNING_SECRET/],
    [{ SLACK_APP_TOKEN: 'xapp-1' }, /SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not/],
    [{ SLACK_SIGNING_SECRET: 's' }, /SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is not/],
    [{ SLACK_BOT_TOKEN: 'xoxp-1', SLACK_SIGNING_SECRET: 's' }, /must be a bot token starting with "xoxb-"/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' }, /starting with "xapp-"/],
    [{ PORT: 'abc' }, /PORT="abc" is not a whole number/],
    [{ PORT: '70000' }, /PORT=70000 is out of range/],
    [{ LLM_DEADLINE_MS: '4s' }, /LLM_DEADLINE_MS="4s" is not a whole number/],
    [{ SLACK_API_URL: 'slack.com' }, /SLACK_API_URL="slack.com" is not an http\(s\) URL/],
    [{ NUDGE_TZ: 'Mars/Olympus' }, /NUDGE_TZ="Mars\/Olympus" is not a known time zone/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL="loud"/],
  ])('%j', (env, message) => {
    expect(() => loadConfig(env)).toThrowError(message);
    expect(() => loadConfig(env)).toThrowError(ConfigError);
  });
});

describe('the process on a misconfiguration', () => {
  it('prints one line saying what is wrong and exits non-zero', async () => {
    const r = await runApp(baseEnv({ SLACK_BOT_TOKEN: 'xoxb-1', PORT: 'x' }));
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^配置错误 \(config error\): SLACK_BOT_TOKEN is set but neither/);
  });

  it('rejects a non-numeric PORT in HTTP mode', async () => {
    const r = await runApp(baseEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: 'eighty' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/PORT="eighty" is not a whole number/);
  });
});
