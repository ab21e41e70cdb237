/**
 * `npm start` runs compiled JavaScript (dist/, built by scripts/build-if-stale.mjs): the built app
 * finds data/, prompts/ and the handbook from dist/, answers as the sources do, the prestart step
 * does not rebuild when nothing changed, and SIGTERM under load exits 0 (no tsx wrapper to exit 143).
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appArgs, baseEnv, ROOT, runApp, startHttpApp } from '../helpers/app-process.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { commandBody, signedRequest } from '../helpers/signing.js';

const STAMP = join(ROOT, 'dist', '.build-stamp');
const input = ['/quote 银行贷款担保 500万 合肥 新客户 1年', '拜访报告要写什么', '/classify 净资产1200万 销售收入3500万', '/exit', ''].join('\n');

describe('compiled start (npm start → node dist/app.js)', () => {
  beforeAll(() => {
    appArgs({ compiled: true }); // builds dist/ if stale (a fresh clone: once, ~30 s)
  }, 240_000);

  it('package.json: start runs dist/app.js after the prestart build step; dev stays on tsx', async () => {
    const { scripts } = (await import('../../package.json', { with: { type: 'json' } })).default as { scripts: Record<string, string> };
    expect(scripts.prestart).toBe('node scripts/build-if-stale.mjs');
    expect(scripts.start).toBe('node dist/app.js');
    expect(scripts.dev).toMatch(/^tsx /);
  });

  it('the prestart step leaves an up-to-date build alone', () => {
    const before = statSync(STAMP).mtimeMs;
    const r = spawnSync(process.execPath, ['scripts/build-if-stale.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(statSync(STAMP).mtimeMs).toBe(before);
  });

  it('the compiled app answers the console exactly as the sources do (data/, prompts/, handbook found from dist/)', async () => {
    const [compiled, source] = await Promise.all([runApp(baseEnv(), input, 60_000, { compiled: true }), runApp(baseEnv(), input, 60_000)]);
    expect(compiled.code).toBe(0);
    expect(compiled.stdout).toContain('90,000–150,000元');
    expect(compiled.stdout).toContain('4.2 拜访客户');
    expect(compiled.stdout).toBe(source.stdout);
  }, 90_000);

  describe('HTTP mode under load', () => {
    const SECRET = 'compiled-secret';
    let slack: FakeSlack;
    beforeAll(async () => {
      slack = await new FakeSlack().start();
    });
    afterAll(async () => {
      await slack.stop();
    });

    it('SIGTERM with 20 requests in flight → exit code 0', async () => {
      const app = await startHttpApp({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl }, { compiled: true });
      const sent = Array.from({ length: 20 }, (_, i) => {
        const body = commandBody({ command: '/quote', text: '银行贷款担保 500万 合肥 新客户 1年', response_url: slack.responseUrl(`load-${i}`) });
        return fetch(`${app.url}/slack/events`, signedRequest({ secret: SECRET, body, contentType: 'application/x-www-form-urlencoded' })).catch(() => undefined);
      });
      await new Promise((r) => setTimeout(r, 20));
      expect(await app.stop('SIGTERM')).toBe(0);
      await Promise.all(sent);
    }, 60_000);
  });
});
