/**
 * Socket Mode end to end: the real app process against a local Socket Mode server
 * (test/helpers/fake-socket-mode.ts) and the fake Web API — every listener kind over the
 * socket, reconnects on `disconnect` and on a dropped socket, outages of apps.connections.open
 * (503, a closed port) at boot and during a reconnect, a rejected token, SIGTERM at any point.
 *
 * Back-off is capped at 400 ms here (SLACK_SOCKET_RETRY_MAX_MS) so outages of a few seconds
 * cover many attempts; production waits up to 30 s between attempts and retries for ever.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort, spawnApp, type SpawnedApp } from '../helpers/app-process.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { FakeSocketMode } from '../helpers/fake-socket-mode.js';
import { eventBody, slackEscape } from '../helpers/signing.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let slack: FakeSlack;
let socket: FakeSocketMode;
const apps: SpawnedApp[] = [];

beforeAll(async () => {
  slack = await new FakeSlack().start();
  socket = await new FakeSocketMode().start();
  slack.socketUrl = () => socket.url;
});
afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.stop('SIGTERM')));
  slack.reset();
  socket.hello = true;
  for (const ws of socket.connections) ws.terminate();
  socket.connections = [];
});
afterAll(async () => {
  await socket.stop();
  await slack.stop();
});

function start(env: Record<string, string> = {}): SpawnedApp {
  const app = spawnApp({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: slack.apiUrl, SLACK_SOCKET_RETRY_MAX_MS: '400', LOG_LEVEL: 'info', ...env });
  apps.push(app);
  return app;
}

let n = 0;
function slashCommand(text: string, command = '/quote') {
  const id = `sock-${++n}`;
  return {
    id,
    payload: {
      token: 't',
      team_id: 'T1',
      team_domain: 'hf',
      channel_id: 'C1',
      channel_name: 'general',
      user_id: 'U1',
      user_name: 'm',
      command,
      text: slackEscape(text),
      api_app_id: 'A1',
      is_enterprise_install: 'false',
      response_url: slack.responseUrl(id),
      trigger_id: '',
    },
  };
}

/** A /quote over the socket: acked on the socket, answered at its response_url. */
async function quoteOverSocket(): Promise<Record<string, unknown>> {
  const { id, payload } = slashCommand('银行贷款担保 500万 合肥 新客户 1年');
  const ack = await socket.send('slash_commands', payload);
  expect(ack.envelope_id).toBeTruthy();
  await slack.waitFor((calls) => calls.some((c) => c.path === `/response/${id}`), 10_000);
  return slack.calls.find((c) => c.path === `/response/${id}`)!.body;
}

const lines = (app: SpawnedApp, msg: string) =>
  app
    .stderr()
    .split('\n')
    .filter((l) => l.includes(msg));

/** Waits until the app has logged `msg` `count` times (the app takes a few seconds to boot on a busy machine). */
async function logged(app: SpawnedApp, msg: string, count = 1, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (lines(app, msg).length < count) {
    if (app.child.exitCode !== null) throw new Error(`app exited ${app.child.exitCode}: ${app.stderr()}`);
    if (Date.now() > deadline) throw new Error(`app did not log "${msg}" ×${count}: ${app.stderr()}`);
    await sleep(50);
  }
}

describe('Socket Mode: every listener kind over the socket', () => {
  it('a slash command, a DM event, a button and a modal submission', async () => {
    start();
    await socket.waitForConnections(1);

    expect(String((await quoteOverSocket()).text)).toContain('9万–15万元');

    const dm = JSON.parse(eventBody({ type: 'message', channel_type: 'im', channel: 'D-sock', user: 'U1', text: '拜访报告要写什么', ts: '1700001000.1' })) as Record<string, unknown>;
    await socket.send('events_api', dm);
    await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === 'D-sock'), 10_000);
    expect(String(slack.callsTo('chat.postMessage').find((c) => c.body.channel === 'D-sock')!.body.text)).toContain('4.2');

    await socket.send('interactive', {
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: 'U1', team_id: 'T1' },
      api_app_id: 'A1',
      container: { type: 'message', is_ephemeral: true },
      channel: { id: 'C1' },
      response_url: slack.responseUrl('sock-share'),
      trigger_id: 't',
      actions: [{ type: 'button', action_id: 'share_quote', block_id: 'b', value: '投标保函 投标总价 5000万', action_ts: '1' }],
    });
    await slack.waitFor((calls) => calls.some((c) => c.path === '/response/sock-share'), 10_000);
    expect(slack.calls.find((c) => c.path === '/response/sock-share')!.body.response_type).toBe('in_channel');

    const ack = await socket.send('interactive', {
      type: 'view_submission',
      team: { id: 'T1' },
      user: { id: 'U1', team_id: 'T1' },
      api_app_id: 'A1',
      trigger_id: 'trig-sock',
      view: {
        id: 'V1',
        type: 'modal',
        callback_id: 'quote_missing',
        private_metadata: JSON.stringify({ text: '银行贷款 300万 1年', responseUrl: slack.responseUrl('sock-modal') }),
        state: { values: { text: { value: { type: 'plain_text_input', value: '银行贷款 300万 1年' } }, place: { value: { type: 'static_select', selected_option: { value: '合肥以外' } } } } },
      },
    });
    expect(ack.payload ?? {}).not.toHaveProperty('response_action', 'errors');
    await slack.waitFor((calls) => calls.some((c) => c.path === '/response/sock-modal'), 10_000);
    expect(String(slack.calls.find((c) => c.path === '/response/sock-modal')!.body.text)).toContain('7.2万–9万元');
  });
});

describe('Socket Mode: reconnects', () => {
  it.each(['refresh_requested', 'link_disabled'] as const)('after `disconnect` (%s) it opens a new socket and answers on it', async (reason) => {
    const app = start();
    await socket.waitForConnections(1);
    socket.disconnect(reason);
    await socket.waitForConnections(2);
    expect(slack.callsTo('apps.connections.open').length).toBeGreaterThanOrEqual(2);
    expect(String((await quoteOverSocket()).text)).toContain('9万–15万元');
    expect(app.child.exitCode).toBeNull();
  });

  it('a dropped socket reconnects', async () => {
    start();
    await socket.waitForConnections(1);
    socket.drop();
    await socket.waitForConnections(2);
    expect(String((await quoteOverSocket()).text)).toContain('9万–15万元');
  });
});

describe('Socket Mode: Slack outages', () => {
  it('apps.connections.open answers 503 at boot: the process stays up, logs one line per attempt with back-off, and answers once Slack is back', async () => {
    slack.on('apps.connections.open', () => ({ status: 503, body: { ok: false, error: 'service_unavailable' } }));
    const app = start();
    await logged(app, 'socket mode: cannot connect');
    await sleep(3000);
    expect(app.child.exitCode).toBeNull();
    const attempts = lines(app, 'socket mode: cannot connect');
    expect(attempts.length).toBeGreaterThanOrEqual(4);
    // one line per attempt (the call in flight may not be logged yet), no library noise
    expect(slack.callsTo('apps.connections.open').length - attempts.length).toBeLessThanOrEqual(1);
    const waits = attempts.map((l) => (JSON.parse(l) as { retryInMs: number }).retryInMs);
    expect(waits.slice(0, 3)).toEqual([400, 400, 400]); // min(1 s, cap): capped in this test
    expect(app.stderr()).not.toMatch(/Failed to retrieve|http request failed|at .*\.js:\d+/);

    slack.on('apps.connections.open', () => ({ body: { ok: true, url: socket.url } }));
    await socket.waitForConnections(1);
    expect(String((await quoteOverSocket()).text)).toContain('9万–15万元');
  });

  it('the socket URL is a closed port during a reconnect: the process stays up and reconnects when it opens', async () => {
    const app = start();
    await socket.waitForConnections(1);
    const closed = `ws://127.0.0.1:${await freePort()}/link`;
    slack.on('apps.connections.open', () => ({ body: { ok: true, url: closed } }));
    socket.disconnect('refresh_requested');
    await logged(app, 'socket mode: cannot connect');
    await sleep(3000);
    expect(app.child.exitCode).toBeNull();
    expect(lines(app, 'socket mode: cannot connect').length).toBeGreaterThanOrEqual(3);

    slack.on('apps.connections.open', () => ({ body: { ok: true, url: socket.url } }));
    await socket.waitForConnections(2);
    expect(String((await quoteOverSocket()).text)).toContain('9万–15万元');
  });

  it('503 during a reconnect: the process stays up and answers once Slack is back', async () => {
    const app = start();
    await socket.waitForConnections(1);
    slack.on('apps.connections.open', () => ({ status: 503, body: { ok: false, error: 'service_unavailable' } }));
    socket.drop();
    await logged(app, 'socket mode: cannot connect');
    await sleep(3000);
    expect(app.child.exitCode).toBeNull();
    slack.on('apps.connections.open', () => ({ body: { ok: true, url: socket.url } }));
    await socket.waitForConnections(2);
    expect(String((await quoteOverSocket()).text)).toContain('9万–15万元');
  });
});

describe('Socket Mode: start-up errors and stopping', () => {
  it('a rejected app token (invalid_auth) → one line, exit 2', async () => {
    const app = start({ SLACK_APP_TOKEN: 'xapp-revoked' });
    expect(await app.exited).toBe(2);
    const out = app
      .stderr()
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('{'));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^配置错误 \(config error\): .*invalid_auth.*SLACK_APP_TOKEN/);
    expect(app.stderr()).not.toMatch(/\n\s+at /);
  });

  it('the token revoked while running (invalid_auth on a reconnect) → one line, exit 2', async () => {
    const app = start();
    await logged(app, 'socket mode: connected');
    slack.on('apps.connections.open', () => ({ body: { ok: false, error: 'token_revoked' } }));
    socket.disconnect('refresh_requested');
    expect(await app.exited).toBe(2);
    expect(
      app
        .stderr()
        .split('\n')
        .filter((l) => l.startsWith('配置错误')),
    ).toHaveLength(1);
    expect(app.stderr()).not.toMatch(/\n\s+at /);
  });

  it('SIGTERM before Slack says hello → exit 0', async () => {
    socket.hello = false;
    const app = start();
    await socket.waitForConnections(1);
    expect(await app.stop('SIGTERM')).toBe(0);
    expect(app.stderr()).not.toMatch(/^undefined$/m);
  });

  it('SIGTERM while waiting out an outage → exit 0', async () => {
    slack.on('apps.connections.open', () => ({ status: 503, body: { ok: false, error: 'service_unavailable' } }));
    const app = start();
    await logged(app, 'socket mode: cannot connect', 2);
    expect(await app.stop('SIGTERM')).toBe(0);
  });

  it('SIGTERM when connected → exit 0', async () => {
    const app = start();
    await logged(app, 'socket mode: connected');
    expect(await app.stop('SIGTERM')).toBe(0);
  });
});
