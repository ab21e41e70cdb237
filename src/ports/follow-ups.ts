/**
 * The follow-up port: per user, the one request (a quote or a classification) still waiting for a
 * missing figure, so the next DM can complete it (src/core/quote-followup.ts decides what answers it).
 *
 * Guarantees of every implementation:
 * - `take(user)` returns the user's entry and removes it, atomically: the next message always
 *   consumes it, an answer completes it, any other request drops it; two concurrent takes (two
 *   instances) never both get it;
 * - `put` replaces the user's entry; one entry per user;
 * - it never returns another user's entry;
 * - durable implementations (the embedded store's file under DATA_DIR, PostgreSQL) keep entries
 *   across a restart and share them between instances; the in-memory one (tests, console) does not.
 * Expiry (10 minutes) is judged by the core against the caller's clock, not here; implementations
 * may drop entries older than that.
 * Failures reject with the store's AppError codes (STORE_UNAVAILABLE, STORE_WRITE_FAILED …); the
 * caller treats a failed `take` as no pending request and a failed `put` as not remembered.
 */
import type { PendingRequest } from '../core/quote-followup.js';

export interface FollowUpStore {
  put(userId: string, pending: PendingRequest): Promise<void>;
  take(userId: string): Promise<PendingRequest | undefined>;
}
