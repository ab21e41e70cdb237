/**
 * The FollowUpStore (src/ports/follow-ups.ts) as a table: a DM asked on instance A is completed by
 * the next DM even when it lands on instance B. `take` is one `DELETE … RETURNING` (atomic: two
 * instances never both take the same entry); `put` an upsert. Rows older than the follow-up lifetime
 * are deleted on put.
 */
import type pg from 'pg';
import { FOLLOW_UP_TTL_MS, type PendingRequest } from '../../core/quote-followup.js';
import type { FollowUpStore } from '../../ports/follow-ups.js';
import { query } from './pool.js';

export function pgFollowUps(pool: pg.Pool): FollowUpStore {
  return {
    async put(userId, pending) {
      await query(pool, 'DELETE FROM follow_ups WHERE since < $1', [pending.since - FOLLOW_UP_TTL_MS]);
      await query(pool, 'INSERT INTO follow_ups (user_id, pending, since) VALUES ($1, $2, $3) ON CONFLICT (user_id) DO UPDATE SET pending = EXCLUDED.pending, since = EXCLUDED.since', [
        userId,
        JSON.stringify(pending),
        pending.since,
      ]);
    },
    async take(userId) {
      const r = await query<{ pending: PendingRequest }>(pool, 'DELETE FROM follow_ups WHERE user_id = $1 RETURNING pending', [userId]);
      return r.rows[0]?.pending;
    },
  };
}
