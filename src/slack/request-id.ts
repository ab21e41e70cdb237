/**
 * Bolt global middleware: gives every incoming request a `requestId` in `context` (Slack's
 * event_id, else the trigger_id, else a random id) and, once its listeners are done, logs one line:
 * `{ msg: 'request', requestId, type, command?, event?, action?, view?, ms, failed? }`.
 * Only ids and names of what was asked go to the log — never the text, user ids or client data.
 * app.error (./error-handler.ts) logs the same requestId, so a failure can be matched to its request.
 *
 * @example
 * app.use(requestId(logger));
 * // {"level":"info","msg":"request","requestId":"Ev0A1B2C","type":"event_callback","event":"message","ms":12}
 */
import { randomUUID } from 'node:crypto';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { AppLogger } from '../logger.js';

interface Body {
  type?: string;
  command?: string;
  event_id?: string;
  trigger_id?: string;
  event?: { type?: string };
  actions?: Array<{ action_id?: string }>;
  view?: { callback_id?: string };
}

const NAME = /^[\w./:-]{1,80}$/;
/** Only short machine names (command names, event types, action ids) are logged; anything else is dropped. */
const name = (s: unknown): string | undefined => (typeof s === 'string' && NAME.test(s) ? s : undefined);

export function requestIdOf(body: Body): string {
  return name(body.event_id) ?? name(body.trigger_id) ?? randomUUID();
}

export function requestId(logger: AppLogger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const b = (body ?? {}) as Body;
    const id = requestIdOf(b);
    context.requestId = id;
    const started = performance.now();
    let failed = false;
    try {
      await next();
    } catch (err) {
      failed = true;
      throw err;
    } finally {
      const fields: Record<string, unknown> = { requestId: id, type: name(b.type) ?? (b.command ? 'slash_command' : 'unknown') };
      const command = name(b.command);
      if (command) fields.command = command;
      const event = name(b.event?.type);
      if (event) fields.event = event;
      const action = name(b.actions?.[0]?.action_id);
      if (action) fields.action = action;
      const view = name(b.view?.callback_id);
      if (view) fields.view = view;
      fields.ms = Math.round(performance.now() - started);
      if (failed) fields.failed = true;
      logger.event('info', 'request', fields);
    }
  };
}
