/**
 * The client archive's store. Shaped by what the use cases need — read a snapshot, change
 * the archive in one step — not by any database's API. The default implementation is
 * src/adapters/lowdb-store.ts (its doc comment says where it stops); another store can
 * replace it behind this interface.
 *
 * What any implementation must guarantee:
 * - `read()` returns a consistent snapshot that includes every `update` that has resolved,
 *   in this process or another one sharing the data. The snapshot must not be mutated
 *   (the lowdb adapter freezes it); change data only through `update`.
 * - `update(fn)` is an atomic read-modify-write: `fn` runs on a fresh draft of the latest
 *   archive, while no other writer (in this process or another) can commit; what `fn` leaves
 *   in the draft is validated and committed all-or-nothing, then `update` resolves with what
 *   `fn` returned. Two concurrent updates never lose each other's changes.
 *   If `fn` throws, nothing is written and the error is re-thrown.
 *   `fn` must be synchronous and quick (no I/O, no awaiting): it runs under the lock.
 *   The draft may be a copy-on-write proxy (the lowdb adapter's is): use it only inside `fn`;
 *   parts of it that `fn` returns are handed back as plain copies.
 * - Durable on resolve: once `update` resolves, the change survives a crash of the process or
 *   the machine (fsynced); a crash mid-update leaves the archive as it was before it.
 * - Failures carry AppError codes: `STORE_LOCKED` (no lock in time: another writer holds it),
 *   `STORE_CORRUPT` (the data cannot be read or fails the schema — never silently replaced),
 *   `STORE_WRITE_FAILED` (the draft fails the schema, or the disk write failed; nothing committed).
 * - `close()` waits for pending updates to finish; later calls reject.
 */
import type { Archive } from '../core/archive/model.js';

export interface ArchiveStore {
  /** A snapshot of the archive. Frozen: do not mutate. */
  read(): Promise<Archive>;
  /** Atomic read-modify-write; resolves with `fn`'s result once committed. */
  update<T>(fn: (draft: Archive) => T): Promise<T>;
  /** Waits for pending writes, releases resources. */
  close(): Promise<void>;
}
