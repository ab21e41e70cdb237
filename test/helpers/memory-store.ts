/**
 * The embedded ArchiveStore over an in-memory engine, for use-case tests and fuzzers without disk
 * I/O: the same operations as the app's store (src/adapters/embedded-store.ts), on an
 * ArchiveDocument that keeps the archive in memory. Same engine contract as the lowdb one where
 * it matters to callers: frozen snapshots, `update` on a copy-on-write draft, the result validated
 * (and sanitised) with the archive schema — STORE_WRITE_FAILED, nothing kept — before it is
 * committed; closed → every call rejects. Runs the contract suite (test/store/contract-memory.test.ts).
 */
import { create } from 'mutative';
import type { ArchiveDocument } from '../../src/adapters/archive-document.js';
import { EmbeddedStore } from '../../src/adapters/embedded-store.js';
import { Archive, emptyArchive } from '../../src/core/archive/model.js';
import { AppError } from '../../src/core/errors.js';

function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

/** The archive in memory: an ArchiveDocument engine. `writes` counts committed updates. */
export class MemoryDocument implements ArchiveDocument {
  #state: Archive;
  #closed = false;
  writes = 0;

  constructor(initial: Archive = emptyArchive()) {
    this.#state = deepFreeze(Archive.parse(initial));
  }

  async read(): Promise<Archive> {
    if (this.#closed) throw new AppError('INTERNAL', 'the archive store is closed');
    return this.#state;
  }

  async update<T>(fn: (draft: Archive) => T): Promise<T> {
    if (this.#closed) throw new AppError('INTERNAL', 'the archive store is closed');
    let result: T | undefined;
    const next = create(this.#state, (draft) => {
      result = fn(draft as Archive);
    });
    if (next === this.#state) return result as T;
    const checked = Archive.safeParse(next);
    if (!checked.success) throw new AppError('STORE_WRITE_FAILED', `update left an invalid archive: ${checked.error.issues[0]?.message}`);
    this.#state = deepFreeze(checked.data);
    this.writes += 1;
    return result as T;
  }

  async close(): Promise<void> {
    this.#closed = true;
  }
}

/** The embedded store in memory; `read()`/`update()` reach the whole archive (seeding, assertions), `doc.writes` counts writes. */
export class MemoryStore extends EmbeddedStore {
  readonly doc: MemoryDocument;
  constructor(initial: Archive = emptyArchive()) {
    const doc = new MemoryDocument(initial);
    super(doc);
    this.doc = doc;
  }
  get writes(): number {
    return this.doc.writes;
  }
}
