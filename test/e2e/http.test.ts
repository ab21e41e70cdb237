/**
 * HTTP mode end to end: the real app process, requests signed as Slack signs them,
 * a fake Slack Web API behind SLACK_API_URL.
 */
import { describe, expect, it } from 'vitest';
import { startHttpApp } from '../helpers/app-process.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { commandBody, eventBody, signedRequest } from '../helpers/signing.js';
import { slackAppHarness } from '../helpers/slack-harness.js';

const SECRET = 'test-signing-secret';
const h = slackAppHarness({}, SECRET);

async function command(command: string, text: string, id: string) {
  const body = commandBody({ command, text, response_url: h.slack.responseUrl(id) });
  return h.post(body, 'application/x-www-form-urlencoded');
}

describe('HTTP mode', () => {
  it('GET /healthz → 200 JSON with status, mode and version', async () => {
    const r = await fetch(`${h.app.url}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ok', mode: 'http', version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  });

  it('answers url_verification with the challenge', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 't' });
    const r = await fetch(`${h.app.url}/slack/events`, signedRequest({ secret: SECRET, body, contentType: 'application/json' }));
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('abc123');
  });

  it('a signed empty /quote → HTTP 200, then an ephemeral usage reply within 3 s', async () => {
    const started = Date.now();
    const r = await command('/quote', '', 'q-empty');
    expect(r.status).toBe(200);
    await h.slack.waitFor((calls) => calls.some((c) => c.path === '/response/q-empty'), 3000);
    const reply = h.slack.calls.find((c) => c.path === '/response/q-empty')!;
    expect(Date.now() - started).toBeLessThan(3000);
    expect(reply.body).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(reply.body.blocks)).toContain('/quote 用法');
    expect(String(reply.body.text)).toContain('/quote 银行贷款担保 500万 合肥 新客户 1年');
  });

  it('a signed empty /classify → usage', async () => {
    const r = await command('/classify', '  ', 'c-empty');
    expect(r.status).toBe(200);
    await h.slack.waitFor((calls) => calls.some((c) => c.path === '/response/c-empty'));
    expect(String(h.slack.calls.find((c) => c.path === '/response/c-empty')!.body.text)).toContain('/classify 用法');
  });

  it('a bad signature → 401 and no handler runs', async () => {
    const body = commandBody({ command: '/quote', text: '', response_url: h.slack.responseUrl('bad-sig') });
    const r = await fetch(`${h.app.url}/slack/events`, signedRequest({ secret: 'wrong-secret', body, contentType: 'application/x-www-form-urlencoded' }));
    expect(r.status).toBe(401);
    await new Promise((res) => setTimeout(res, 300));
    expect(h.slack.calls.some((c) => c.path === '/response/bad-sig')).toBe(false);
  });

  it('a DM is answered in the DM through chat.postMessage', async () => {
    const body = eventBody({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: '你好', ts: '1700000000.000200' });
    const r = await fetch(`${h.app.url}/slack/events`, signedRequest({ secret: SECRET, body, contentType: 'application/json' }));
    expect(r.status).toBe(200);
    await h.slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === 'D1'));
  });

  it('the bot ignores its own messages', async () => {
    const before = h.slack.callsTo('chat.postMessage').length;
    const body = eventBody({ type: 'message', channel_type: 'im', channel: 'D2', bot_id: 'BBOT', user: 'UBOT', text: 'x', ts: '1700000000.000300' });
    await fetch(`${h.app.url}/slack/events`, signedRequest({ secret: SECRET, body, contentType: 'application/json' }));
    await new Promise((res) => setTimeout(res, 300));
    expect(h.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'D2')).toHaveLength(0);
    expect(h.slack.callsTo('chat.postMessage').length).toBe(before);
  });
});

describe('resilience at start and stop', () => {
  it('survives auth.test failing at boot and still acknowledges the first command', async () => {
    const down = await new FakeSlack().start();
    down.on('auth.test', () => ({ status: 500, body: { ok: false, error: 'internal_error' } }));
    const a = await startHttpApp({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: down.apiUrl, LOG_LEVEL: 'warn' });
    try {
      const body = commandBody({ command: '/quote', text: '', response_url: down.responseUrl('after-outage') });
      const started = Date.now();
      const r = await fetch(`${a.url}/slack/events`, signedRequest({ secret: SECRET, body, contentType: 'application/x-www-form-urlencoded' }));
      expect(r.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(3000);
      await down.waitFor((calls) => calls.some((c) => c.path === '/response/after-outage'));
      expect(a.child.exitCode).toBeNull();
    } finally {
      await a.stop();
      await down.stop();
    }
  });

  it('stops gracefully on SIGTERM with exit code 0', async () => {
    const s = await new FakeSlack().start();
    const a = await startHttpApp({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: s.apiUrl, LOG_LEVEL: 'info' });
    const code = await a.stop('SIGTERM');
    await s.stop();
    expect(code).toBe(0);
    expect(a.stderr()).toContain('"msg":"stopped"');
  });
});
