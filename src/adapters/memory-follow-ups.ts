/**
 * In-memory FollowUpStore (src/ports/follow-ups.ts): a Map per process (tests; not durable, not
 * shared between instances — the embedded and PostgreSQL stores have durable ones). Entries older than the
 * follow-up lifetime are pruned on every put, so the map holds at most the users who asked
 * something in the last 10 minutes.
 */
import { FOLLOW_UP_TTL_MS, type PendingRequest } from '../core/quote-followup.js';
import type { FollowUpStore } from '../ports/follow-ups.js';

export class MemoryFollowUps implements FollowUpStore {
  private readonly entries = new Map<string, PendingRequest>();

  async put(userId: string, pending: PendingRequest): Promise<void> {
    for (const [user, p] of this.entries) if (pending.since - p.since > FOLLOW_UP_TTL_MS) this.entries.delete(user);
    this.entries.set(userId, pending);
  }

  async take(userId: string): Promise<PendingRequest | undefined> {
    const p = this.entries.get(userId);
    this.entries.delete(userId);
    return p;
  }
}
