/**
 * The EventLedger (src/ports/event-ledger.ts) as a table shared by every instance:
 * `INSERT … ON CONFLICT DO UPDATE … WHERE expired`, so exactly one instance's claim of a key
 * returns a row within EVENT_MEMORY_MS — a retry landing on another instance is seen as handled.
 * Rows older than the window are deleted at most once an hour, by whichever instance claims then.
 * Failures reject with a coded AppError (the dedupe middleware then handles the event anyway).
 */
import type pg from 'pg';
import { EVENT_MEMORY_MS, type EventLedger } from '../../ports/event-ledger.js';
import { query } from './pool.js';

const MAX_KEY = 200;
const PURGE_EVERY_MS = 60 * 60 * 1000;

export function pgEventLedger(pool: pg.Pool): EventLedger {
  let lastPurge = 0;
  let closed = false;
  return {
    async claim(key, now) {
      if (closed) throw new Error('the event ledger is closed');
      const k = key.replace(/\s/g, '_').slice(0, MAX_KEY);
      const r = await query(
        pool,
        `INSERT INTO processed_events (key, at) VALUES ($1, $2)
         ON CONFLICT (key) DO UPDATE SET at = EXCLUDED.at WHERE processed_events.at < $3
         RETURNING key`,
        [k, now, new Date(now.getTime() - EVENT_MEMORY_MS)],
      );
      if (now.getTime() - lastPurge > PURGE_EVERY_MS) {
        lastPurge = now.getTime();
        // Housekeeping only: a failed purge is retried at the next hour's claim.
        void query(pool, 'DELETE FROM processed_events WHERE at < $1', [new Date(now.getTime() - EVENT_MEMORY_MS)]).catch(() => (lastPurge = 0));
      }
      return r.rowCount === 1;
    },
    async close() {
      closed = true;
    },
  };
}
