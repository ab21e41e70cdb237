/**
 * Slack misbehaving, end to end against the real app process: a 429 with Retry-After on the DM
 * reply is waited out and the reply delivered once; Slack unreachable at start does not stop the
 * first signed request being acknowledged in time; a response_url answering 500 is logged with a
 * code and the process stays up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startHttpApp, type RunningApp } from '../helpers/app-process.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { commandBody, eventBody, signedRequest } from '../helpers/signing.js';

const SECRET = 'faults-secret';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function post(app: RunningApp, body: string, contentType: 'application/json' | 'application/x-www-form-urlencoded') {
  return fetch(`${app.url}/slack/events`, signedRequest({ secret: SECRET, body, contentType }));
}

function jsonLines(app: RunningApp): Array<Record<string, unknown>> {
  return app
    .stderr()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('Slack rate limits', () => {
  let slack: FakeSlack;
  let app: RunningApp;
  beforeAll(async () => {
    slack = await new FakeSlack().start();
    app = await startHttpApp({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, LOG_LEVEL: 'warn' });
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.stop();
  });

  it('429 with Retry-After: 1 on the DM reply → waited out, delivered exactly once', async () => {
    let limited = 0;
    slack.on('chat.postMessage', (c) => {
      if (c.body.channel === 'D429' && limited === 0) {
        limited += 1;
        return { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } };
      }
      return { body: { ok: true, channel: c.body.channel, ts: '1700000000.000999' } };
    });
    const r = await post(app, eventBody({ type: 'message', channel_type: 'im', channel: 'D429', user: 'U1', text: '谈判分几个阶段', ts: '1700000500.000001' }), 'application/json');
    expect(r.status).toBe(200);
    const posts = () => slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'D429');
    await slack.waitFor(() => posts().length >= 2, 8000);
    await sleep(1500); // nothing more arrives
    const [first, second] = posts();
    expect(posts()).toHaveLength(2); // the refused one and the delivered one
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
    expect(String(second!.body.text)).toContain('8.3.1');
    expect(slack.callsTo('chat.update').filter((c) => c.body.channel === 'D429')).toHaveLength(0);
    expect(app.child.exitCode).toBeNull();
  }, 20_000);
});

describe('Slack unreachable at start', () => {
  it('the first signed request is acknowledged within 3 s and the process stays up', async () => {
    const closed = await freePort(); // nothing listens here
    const responses = await new FakeSlack().start(); // response_url still works: only the Web API is down
    const app = await startHttpApp({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: `http://127.0.0.1:${closed}/api/`, LOG_LEVEL: 'info' });
    try {
      const started = Date.now();
      const r = await post(
        app,
        commandBody({ command: '/quote', text: '银行贷款担保 500万 合肥 新客户 1年', response_url: responses.responseUrl('down-1'), trigger_id: '' }),
        'application/x-www-form-urlencoded',
      );
      expect(r.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(3000);
      await responses.waitFor((calls) => calls.some((c) => c.path === '/response/down-1'), 5000);
      // A DM needs the Web API to answer: acknowledged at once, the failure logged, the process alive.
      const dmStarted = Date.now();
      const d = await post(app, eventBody({ type: 'message', channel_type: 'im', channel: 'DDOWN', user: 'U1', text: '你好', ts: '1700000600.000001' }), 'application/json');
      expect(d.status).toBe(200);
      expect(Date.now() - dmStarted).toBeLessThan(3000);
      await sleep(1500);
      expect(app.child.exitCode).toBeNull();
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
      // auth.test gives up after its bounded retries (~10 s) and says so with a code.
      const authFailed = () => jsonLines(app).some((l) => l.msg === 'auth.test failed; will retry on the next request' && typeof l.code === 'string');
      const deadline = Date.now() + 15_000;
      while (!authFailed() && Date.now() < deadline) await sleep(200);
      expect(authFailed(), app.stderr()).toBe(true);
      expect(app.child.exitCode).toBeNull();
    } finally {
      await app.stop();
      await responses.stop();
    }
  }, 45_000);
});

describe('response_url failing', () => {
  it('500 from response_url → logged with a code, the process stays up and answers the next request', async () => {
    const slack = await new FakeSlack().start();
    slack.on('response_url', () => ({ status: 500, body: { ok: false } }));
    const app = await startHttpApp({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, LOG_LEVEL: 'warn' });
    try {
      const r = await post(app, commandBody({ command: '/quote', text: '投标保函 投标总价 5000万', response_url: slack.responseUrl('r500'), trigger_id: '' }), 'application/x-www-form-urlencoded');
      expect(r.status).toBe(200);
      await slack.waitFor((calls) => calls.some((c) => c.path === '/response/r500'), 5000);
      const deadline = Date.now() + 5000;
      while (!jsonLines(app).some((l) => l.level === 'error') && Date.now() < deadline) await sleep(100);
      const failure = jsonLines(app).find((l) => l.msg === 'handler failed');
      expect(failure, app.stderr()).toMatchObject({ level: 'error', code: expect.stringMatching(/\S/) });
      expect(app.child.exitCode).toBeNull();
      slack.reset();
      const again = await post(app, commandBody({ command: '/quote', text: '', response_url: slack.responseUrl('after'), trigger_id: '' }), 'application/x-www-form-urlencoded');
      expect(again.status).toBe(200);
      await slack.waitFor((calls) => calls.some((c) => c.path === '/response/after'), 5000);
    } finally {
      await app.stop();
      await slack.stop();
    }
  }, 30_000);
});
