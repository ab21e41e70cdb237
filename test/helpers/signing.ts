/** Signs requests exactly as Slack does: v0=HMAC-SHA256(secret, `v0:${timestamp}:${body}`). */
import { createHmac } from 'node:crypto';

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedInit {
  secret: string;
  body: string;
  contentType: 'application/json' | 'application/x-www-form-urlencoded';
  timestamp?: number;
  headers?: Record<string, string>;
}

export function signedRequest({ secret, body, contentType, timestamp, headers }: SignedInit): RequestInit {
  const ts = timestamp ?? Math.floor(Date.now() / 1000);
  return {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': slackSignature(secret, ts, body),
      ...headers,
    },
    body,
  };
}

/**
 * Text as Slack sends it in commands and message events: `&` `<` `>` escaped as `&amp;` `&lt;`
 * `&gt;`, except Slack's own markup the test means as such (`<@U…>`, `<#C…|…>`, `<!here>`).
 * Modal values (view_submission) are not escaped by Slack, and not here.
 * @example slackEscape('A&B <@U1> 负债率>70%') // 'A&amp;B <@U1> 负债率&gt;70%'
 */
export function slackEscape(text: string): string {
  return text
    .split(/(<[@#!][^<>\s]+>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');
}

/** A slash-command payload as Slack sends it (form-encoded, text escaped). */
export function commandBody(fields: { command: string; text: string; user_id?: string; response_url: string; trigger_id?: string; channel_id?: string }): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T1',
    team_domain: 'hefei-guarantee',
    channel_id: fields.channel_id ?? 'C1',
    channel_name: 'general',
    user_id: fields.user_id ?? 'U1',
    user_name: 'manager',
    command: fields.command,
    text: slackEscape(fields.text),
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: fields.response_url,
    trigger_id: fields.trigger_id ?? '1.2.3',
  }).toString();
}

/** An event_callback envelope as Slack sends it (JSON, the message text escaped). */
export function eventBody(event: Record<string, unknown>, eventId = `Ev${Math.random().toString(36).slice(2, 10)}`): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: 'T1',
    api_app_id: 'A1',
    event: typeof event.text === 'string' ? { ...event, text: slackEscape(event.text) } : event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
  });
}

/** A view_submission payload as Slack sends it when a modal is submitted (for `h.interact`). */
export function viewSubmission(view: { callbackId: string; privateMetadata: string; values: Record<string, unknown> }, user = 'U1', triggerId = 'trig-submit'): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: { id: 'T1' },
    user: { id: user, team_id: 'T1' },
    api_app_id: 'A1',
    trigger_id: triggerId,
    view: { id: 'V1', type: 'modal', callback_id: view.callbackId, private_metadata: view.privateMetadata, state: { values: view.values } },
  };
}
