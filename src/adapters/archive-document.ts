/**
 * The embedded store's engine interface: the whole archive as one document, read as a frozen
 * snapshot and changed by an atomic read-modify-write. src/adapters/lowdb-store.ts implements it
 * on disk (snapshot + journal + file lock), test/helpers/memory-store.ts in memory; the embedded
 * ArchiveStore (./embedded-store.ts) answers the port's query-shaped operations on top of it.
 * Nothing outside the embedded adapter uses this interface.
 *
 * What an engine guarantees:
 * - `read()` returns a consistent snapshot that includes every `update` that has resolved,
 *   in this process or another one sharing the data. The snapshot must not be mutated
 *   (the lowdb engine freezes it); change data only through `update`.
 * - `update(fn)` is an atomic read-modify-write: `fn` runs on a fresh draft of the latest
 *   archive, while no other writer (in this process or another) can commit; what `fn` leaves
 *   in the draft is validated and committed all-or-nothing, then `update` resolves with what
 *   `fn` returned. Two concurrent updates never lose each other's changes.
 *   If `fn` throws, nothing is written and the error is re-thrown.
 *   `fn` must be synchronous and quick (no I/O, no awaiting): it runs under the lock.
 *   The draft may be a copy-on-write proxy (the lowdb engine's is): use it only inside `fn`;
 *   `baseOf(draft)` is the plain state it started from, cheap to scan.
 * - Durable on resolve: once `update` resolves, the change survives a crash of the process or
 *   the machine (fsynced); a crash mid-update leaves the archive as it was before it.
 * - Failures carry AppError codes: `STORE_LOCKED`, `STORE_CORRUPT`, `STORE_WRITE_FAILED`
 *   (src/ports/store.ts).
 * - `close()` waits for pending updates to finish; later calls reject.
 */
import { isDraft, original } from 'mutative';
import type { Archive } from '../core/archive/model.js';

export interface ArchiveDocument {
  /** A snapshot of the archive. Frozen: do not mutate. */
  read(): Promise<Archive>;
  /** Atomic read-modify-write; resolves with `fn`'s result once committed. */
  update<T>(fn: (draft: Archive) => T): Promise<T>;
  /** Waits for pending writes, releases resources. */
  close(): Promise<void>;
}

/** The state a draft started from: the frozen snapshot under a copy-on-write proxy, or the draft itself when it is a plain copy. */
export function baseOf(draft: Archive): Archive {
  return isDraft(draft) ? (original(draft) as Archive) : draft;
}
