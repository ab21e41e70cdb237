/**
 * Authenticity and Slack retries over real signed HTTP: bad requests → 401 and no handler runs;
 * one event delivered four times, or as message + app_mention, has exactly one effect — also
 * across a restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpApp, tempDataDir, type RunningApp } from '../helpers/app-process.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { commandBody, eventBody, signedRequest, slackSignature } from '../helpers/signing.js';

const SECRET = 'auth-secret';
let slack: FakeSlack;
let app: RunningApp;
const dataDir = tempDataDir();
const env = () => ({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, LOG_LEVEL: 'warn', DATA_DIR: dataDir });

beforeAll(async () => {
  slack = await new FakeSlack().start();
  app = await startHttpApp(env());
});
afterAll(async () => {
  await app?.stop();
  await slack?.stop();
});

const now = () => Math.floor(Date.now() / 1000);
const quoteBody = (id: string) => commandBody({ command: '/quote', text: '', response_url: slack.responseUrl(id), trigger_id: '' });
const form = 'application/x-www-form-urlencoded' as const;

async function expectRejected(id: string, init: RequestInit) {
  const r = await fetch(`${app.url}/slack/events`, init);
  expect(r.status).toBe(401);
  await new Promise((res) => setTimeout(res, 400));
  expect(slack.calls.some((c) => c.path === `/response/${id}`)).toBe(false);
}

describe('request authenticity', () => {
  it('wrong secret → 401, no handler', async () => {
    await expectRejected('a1', signedRequest({ secret: 'not-the-secret', body: quoteBody('a1'), contentType: form }));
  });

  it('replayed (6 minutes old) → 401, no handler', async () => {
    await expectRejected('a2', signedRequest({ secret: SECRET, body: quoteBody('a2'), contentType: form, timestamp: now() - 360 }));
  });

  it('future-dated (6 minutes ahead) → 401, no handler', async () => {
    await expectRejected('a3', signedRequest({ secret: SECRET, body: quoteBody('a3'), contentType: form, timestamp: now() + 360 }));
  });

  it('headers missing → 401, no handler', async () => {
    await expectRejected('a4', { method: 'POST', headers: { 'content-type': form }, body: quoteBody('a4') });
  });

  it('a non-numeric timestamp → 401, no handler', async () => {
    const body = quoteBody('a5');
    await expectRejected('a5', { method: 'POST', headers: { 'content-type': form, 'x-slack-request-timestamp': 'soon', 'x-slack-signature': slackSignature(SECRET, now(), body) }, body });
  });

  it('body altered after signing → 401, no handler', async () => {
    const init = signedRequest({ secret: SECRET, body: quoteBody('a6'), contentType: form });
    await expectRejected('a6', { ...init, body: quoteBody('a6').replace('text=', 'text=%E6%8A%95%E6%A0%87') });
  });

  it('4 minutes ahead is within the window → accepted', async () => {
    const r = await fetch(`${app.url}/slack/events`, signedRequest({ secret: SECRET, body: quoteBody('a7'), contentType: form, timestamp: now() + 240 }));
    expect(r.status).toBe(200);
    await slack.waitFor((calls) => calls.some((c) => c.path === '/response/a7'));
  });
});

async function deliver(body: string, retry?: number) {
  const headers = retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : undefined;
  const r = await fetch(`${app.url}/slack/events`, signedRequest({ secret: SECRET, body, contentType: 'application/json', ...(headers ? { headers } : {}) }));
  expect(r.status).toBe(200);
}

const postsTo = (channel: string) => slack.callsTo('chat.postMessage').filter((c) => c.body.channel === channel).length;

describe('Slack retries', () => {
  it('one event delivered four times has exactly one effect', async () => {
    const body = eventBody({ type: 'message', channel_type: 'im', channel: 'D-retry', user: 'U1', text: '谈判分几个阶段', ts: '1700000500.000001' }, 'Ev-retry-1');
    await deliver(body);
    for (const n of [1, 2, 3]) await deliver(body, n);
    await slack.waitFor(() => postsTo('D-retry') >= 1);
    await new Promise((res) => setTimeout(res, 800));
    expect(postsTo('D-retry')).toBe(1);
  });

  it('a message and an app_mention for the same ts are answered once', async () => {
    const ts = '1700000500.000002';
    await deliver(eventBody({ type: 'message', channel_type: 'im', channel: 'D-both', user: 'U1', text: '<@UBOT> 谈判分几个阶段', ts }, 'Ev-both-1'));
    await deliver(eventBody({ type: 'app_mention', channel: 'D-both', user: 'U1', text: '<@UBOT> 谈判分几个阶段', ts }, 'Ev-both-2'));
    await slack.waitFor(() => postsTo('D-both') >= 1);
    await new Promise((res) => setTimeout(res, 800));
    expect(postsTo('D-both')).toBe(1);
  });

  it('a restart keeps what was handled', async () => {
    const body = eventBody({ type: 'message', channel_type: 'im', channel: 'D-restart', user: 'U1', text: '谈判分几个阶段', ts: '1700000500.000003' }, 'Ev-restart-1');
    await deliver(body);
    await slack.waitFor(() => postsTo('D-restart') >= 1);
    await app.stop();
    app = await startHttpApp(env());
    await deliver(body, 1);
    await new Promise((res) => setTimeout(res, 800));
    expect(postsTo('D-restart')).toBe(1);
  });
});
