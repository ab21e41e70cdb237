/**
 * Each owner's Home figures and nudges (core/nudges/summary.ts), computed once per owner per day
 * and kept until that owner's records change: the store's per-owner revision (src/ports/store.ts
 * owners()) moves with every write to the owner's clients, logs, visits or nudge log — in this
 * process or another — so a cached summary is never older than the last write. A Home open then
 * costs one `owners()` call and, for a stale owner, one `nudgeInputs(owner)`.
 * Memory: one summary per owner (a few KB each); per process.
 */
import { ownerSummary, type OwnerSummary } from '../core/nudges/summary.js';
import type { ArchiveStore, OwnerRevision } from '../ports/store.js';

export class OwnerSummaryCache {
  readonly #entries = new Map<string, { today: string; revision: string; summary: OwnerSummary }>();
  /** How many summaries were computed (tests: a write invalidates, a repeat open does not). */
  computed = 0;

  /** The summary of `o.owner` on `today`, from the cache when its day and revision match. */
  async get(store: ArchiveStore, o: OwnerRevision, today: string, tz: string): Promise<OwnerSummary> {
    const hit = this.#entries.get(o.owner);
    if (hit && hit.today === today && hit.revision === o.revision) return hit.summary;
    const summary = ownerSummary(await store.nudgeInputs(o.owner), today, tz);
    this.computed += 1;
    this.#entries.set(o.owner, { today, revision: o.revision, summary });
    return summary;
  }
}
