/**
 * Slack delivers an event again (x-slack-retry-num) when our ack was slow or lost, and may send
 * both `message` and `app_mention` for one message. This global middleware lets each through
 * once: it records the event_id, and `<channel>:<ts>` for messages and mentions, in the archive
 * (so a restart keeps them; the archive forgets them after 24 hours), atomically under the store's
 * lock; a repeat stops here. Events are acknowledged before middleware runs, so this never
 * delays an ack. If the store fails, the event is handled (better twice than never) and logged.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { markEventProcessed } from '../core/archive/model.js';
import type { AppLogger } from '../logger.js';
import type { ArchiveStore } from '../ports/store.js';

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

export function dedupeEvents(store: ArchiveStore, now: () => Date, logger: AppLogger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const keys = eventKeys(body as EventEnvelope);
    if (keys.length === 0) return next();
    let fresh = true;
    try {
      const at = now().toISOString();
      fresh = await store.update((draft) => keys.map((k) => markEventProcessed(draft, k, at)).every(Boolean));
    } catch (err) {
      logger.event('warn', 'event dedupe unavailable; handling anyway', { code: (err as { code?: string }).code ?? 'STORE_WRITE_FAILED' });
    }
    if (!fresh) {
      logger.event('info', 'duplicate event skipped', { eventId: (body as EventEnvelope).event_id });
      return;
    }
    await next();
  };
}
