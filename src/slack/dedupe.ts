/**
 * Slack delivers an event again (x-slack-retry-num) when our ack was slow or lost, and may send
 * both `message` and `app_mention` for one message. This global middleware lets each through
 * once: it claims the event_id, and `<channel>:<ts>` for messages and mentions, in the event
 * ledger (src/ports/event-ledger.ts: its own small file, O(1) per event, forgotten after 24 hours;
 * a restart keeps them); a repeat stops here. Events are acknowledged before middleware runs, so
 * this never delays an ack. If the ledger fails, the event is handled (better twice than never)
 * and logged.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { AppLogger } from '../logger.js';
import type { EventLedger } from '../ports/event-ledger.js';
import { asCodedError } from '../core/errors.js';

interface EventEnvelope {
  type?: string;
  event_id?: string;
  event?: { type?: string; channel?: string; ts?: string; event_ts?: string; subtype?: string };
}

/** The keys an event is known by. Pure. */
export function eventKeys(body: EventEnvelope): string[] {
  if (body.type !== 'event_callback') return [];
  const keys: string[] = [];
  if (body.event_id) keys.push(`event:${body.event_id}`);
  const e = body.event;
  if (e && (e.type === 'message' || e.type === 'app_mention') && e.channel && e.ts && !e.subtype) keys.push(`msg:${e.channel}:${e.ts}`);
  return keys;
}

export function dedupeEvents(ledger: EventLedger, now: () => Date, logger: AppLogger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const keys = eventKeys(body as EventEnvelope);
    if (keys.length === 0) return next();
    let fresh = true;
    try {
      const at = now();
      // Every key is claimed (a message seen first as an app_mention is then known by both).
      const claimed = await Promise.all(keys.map((k) => ledger.claim(k, at)));
      fresh = claimed.every(Boolean);
    } catch (err) {
      logger.event('warn', 'event dedupe unavailable; handling anyway', { code: asCodedError(err, 'STORE_WRITE_FAILED').code });
    }
    if (!fresh) {
      logger.event('info', 'duplicate event skipped', { eventId: (body as EventEnvelope).event_id });
      return;
    }
    await next();
  };
}
