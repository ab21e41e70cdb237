/** Real app processes on PostgreSQL for e2e tests: signed slash commands and events to a chosen instance. */
import type { RunningApp } from './app-process.js';
import type { FakeSlack } from './fake-slack.js';
import { commandBody, signedRequest } from './signing.js';

let n = 0;

/** A signed POST to `app`'s /slack/events. */
export function postTo(app: RunningApp, secret: string, body: string, contentType: 'application/json' | 'application/x-www-form-urlencoded', headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${app.url}/slack/events`, signedRequest({ secret, body, contentType, headers }));
}

/** A slash command through `app`; resolves with the text that arrived at its response_url. */
export async function commandTo(app: RunningApp, slack: FakeSlack, secret: string, command: string, text: string, user: string, timeoutMs = 15_000): Promise<string> {
  const id = `pg-${process.pid}-${++n}`;
  const r = await postTo(app, secret, commandBody({ command, text, user_id: user, response_url: slack.responseUrl(id) }), 'application/x-www-form-urlencoded');
  if (r.status !== 200) throw new Error(`${command} answered HTTP ${r.status}`);
  await slack.waitFor((calls) => calls.some((c) => c.path === `/response/${id}`), timeoutMs);
  return String(slack.calls.find((c) => c.path === `/response/${id}`)!.body.text);
}
