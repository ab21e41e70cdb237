/**
 * One e2e fixture: a fake Slack Web API and the real app in HTTP mode against it, started before
 * the file's tests and stopped after; signed requests as Slack sends them.
 */
import { afterAll, beforeAll } from 'vitest';
import { startHttpApp, type RunningApp } from './app-process.js';
import { FakeOpenAI } from './fake-openai.js';
import { blockKitRefusal } from './block-kit-limits.js';
import { FakeSlack } from './fake-slack.js';
import { commandBody, eventBody, signedRequest } from './signing.js';

export interface Harness {
  slack: FakeSlack;
  /** The local OpenAI-compatible server, when started with `{ model: true }`. */
  model: FakeOpenAI;
  app: RunningApp;
  secret: string;
  /** POST a signed body to /slack/events. */
  post(body: string, contentType: 'application/json' | 'application/x-www-form-urlencoded'): Promise<Response>;
  /** POST a signed interactive payload (block_actions, view_submission). */
  interact(payload: unknown): Promise<Response>;
  /** Run a slash command (no trigger_id unless given) and return what arrived at its response_url. */
  command(command: string, text: string, opts?: { user?: string; triggerId?: string }): Promise<Record<string, unknown>>;
  /** Send a DM event and return the bot's chat.postMessage into that DM channel. */
  dm(text: string, opts?: { user?: string; extra?: Record<string, unknown> }): Promise<Record<string, unknown>>;
}

export function slackAppHarness(env: Record<string, string> = {}, secret = 'harness-secret', opts: { model?: boolean } = {}): Harness {
  let n = 0;
  const h = { secret } as Harness;
  beforeAll(async () => {
    h.slack = await new FakeSlack().start();
    const llm: Record<string, string> = {};
    if (opts.model) {
      h.model = new FakeOpenAI();
      Object.assign(llm, { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: await h.model.start(), OPENAI_MODEL: 'fake-model' });
    }
    h.app = await startHttpApp({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: secret, SLACK_API_URL: h.slack.apiUrl, LOG_LEVEL: 'warn', ...llm, ...env });
  });
  afterAll(async () => {
    await h.app?.stop();
    await h.model?.stop();
    await h.slack?.stop();
    // Slack would have refused these: the file fails even if no test looked at the reply.
    if (h.slack?.refused.length) throw new Error(`Block Kit limits broken: ${JSON.stringify(h.slack.refused, null, 1)}`);
  });
  h.post = (body, contentType) => fetch(`${h.app.url}/slack/events`, signedRequest({ secret, body, contentType }));
  h.interact = async (payload) => {
    const r = await h.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
    // A view in the ack (response_action update/push) is held to the same limits as views.update.
    const ack = await r.clone().text();
    const view = ack.startsWith('{') ? (JSON.parse(ack) as { view?: unknown }).view : undefined;
    const refusal = view ? blockKitRefusal('views.update', { view }) : undefined;
    if (refusal) h.slack.refused.push({ method: 'view_submission ack', ...refusal });
    return r;
  };
  h.command = async (command, text, opts = {}) => {
    const id = `cmd-${++n}`;
    const r = await h.post(commandBody({ command, text, user_id: opts.user ?? 'U1', response_url: h.slack.responseUrl(id), trigger_id: opts.triggerId ?? '' }), 'application/x-www-form-urlencoded');
    if (r.status !== 200) throw new Error(`${command} answered HTTP ${r.status}`);
    await h.slack.waitFor((calls) => calls.some((c) => c.path === `/response/${id}`) || (!!opts.triggerId && calls.some((c) => c.method === 'views.open' && c.body.trigger_id === opts.triggerId)));
    return h.slack.calls.find((c) => c.path === `/response/${id}`)?.body ?? {};
  };
  h.dm = async (text, opts = {}) => {
    const channel = `D-h${++n}`;
    const body = eventBody({ type: 'message', channel_type: 'im', channel, user: opts.user ?? 'U1', text, ts: `1700001000.${n}`, ...opts.extra });
    const r = await h.post(body, 'application/json');
    if (r.status !== 200) throw new Error(`DM answered HTTP ${r.status}`);
    await h.slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === channel));
    return h.slack.calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === channel)!.body;
  };
  return h;
}
