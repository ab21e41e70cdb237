/** /client end to end over signed HTTP: add, card (ephemeral), and access refused for another manager. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpApp, type RunningApp } from '../helpers/app-process.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { commandBody, eventBody, signedRequest } from '../helpers/signing.js';

const SECRET = 'client-secret';
let slack: FakeSlack;
let app: RunningApp;
let n = 0;

beforeAll(async () => {
  slack = await new FakeSlack().start();
  app = await startHttpApp({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, LOG_LEVEL: 'warn', ADMIN_USER_IDS: 'UADMIN' });
});
afterAll(async () => {
  await app?.stop();
  await slack?.stop();
});

async function client(user: string, text: string) {
  const id = `cl-${++n}`;
  const r = await fetch(
    `${app.url}/slack/events`,
    signedRequest({ secret: SECRET, body: commandBody({ command: '/client', text, user_id: user, response_url: slack.responseUrl(id), trigger_id: '' }), contentType: 'application/x-www-form-urlencoded' }),
  );
  expect(r.status).toBe(200);
  await slack.waitFor((calls) => calls.some((c) => c.path === `/response/${id}`));
  return slack.calls.find((c) => c.path === `/response/${id}`)!.body;
}

describe('/client over signed HTTP', () => {
  it('adds a client, then shows its card ephemerally to its owner', async () => {
    expect(String((await client('UZHANG', 'add 合肥某某科技有限公司 净资产1200万 销售收入3500万 利润300万')).text)).toContain('B类');
    const card = await client('UZHANG', '合肥某某');
    expect(card.response_type).toBe('ephemeral');
    expect(String(card.text)).toContain('合肥某某科技有限公司');
    expect(JSON.stringify(card.blocks)).toContain('<@UZHANG>');
  });

  it('another manager is told there is no such client of theirs', async () => {
    const card = await client('ULI', '合肥某某');
    expect(String(card.text)).toContain('没有找到这个客户');
    expect(String(card.text)).not.toContain('1200万');
  });

  it('an @mention in a channel never shows the card', async () => {
    const body = eventBody({ type: 'app_mention', channel: 'C7', user: 'UZHANG', text: '<@UBOT> /client 合肥某某', ts: '1700000200.000001' });
    await fetch(`${app.url}/slack/events`, signedRequest({ secret: SECRET, body, contentType: 'application/json' }));
    await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === 'C7'));
    const msg = slack.calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === 'C7')!.body;
    expect(JSON.stringify(msg)).not.toContain('合肥某某科技有限公司');
    expect(JSON.stringify(msg)).not.toContain('UZHANG');
  });
});
