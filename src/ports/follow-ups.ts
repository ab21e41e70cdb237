/**
 * The follow-up port: per user, the one request (a quote or a classification) still waiting for a
 * missing figure, so the next DM can complete it (src/core/quote-followup.ts decides what answers it).
 *
 * Guarantees of every implementation:
 * - `take(user)` returns the user's entry and removes it: the next message always consumes it, an
 *   answer completes it, any other request drops it;
 * - `put` replaces the user's entry; one entry per user;
 * - it never returns another user's entry.
 * Expiry (10 minutes) is judged by the core against the caller's clock, not here.
 * Methods may answer synchronously (the in-memory default, per process: a restart forgets pending
 * questions) or with a promise (the PostgreSQL table, shared by every instance); callers await both.
 */
import type { PendingRequest } from '../core/quote-followup.js';

export interface FollowUpStore {
  put(userId: string, pending: PendingRequest): void | Promise<void>;
  take(userId: string): PendingRequest | undefined | Promise<PendingRequest | undefined>;
}
