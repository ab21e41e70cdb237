/**
 * An WholeArchiveStore in memory, for fuzzing use cases without disk I/O. Same contract as the lowdb
 * adapter where it matters to callers: frozen snapshots, `update` on a fresh draft, the draft
 * validated with the archive schema (STORE_WRITE_FAILED, nothing kept) before it is committed.
 */
import { Archive, emptyArchive } from '../../src/core/archive/model.js';
import { AppError } from '../../src/core/errors.js';
import type { WholeArchiveStore } from '../../src/ports/store.js';

function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

export class MemoryStore implements WholeArchiveStore {
  #text: string;
  #snapshot: Archive | null = null;
  writes = 0;

  constructor(initial: Archive = emptyArchive()) {
    this.#text = JSON.stringify(Archive.parse(initial));
  }

  async read(): Promise<Archive> {
    this.#snapshot ??= deepFreeze(JSON.parse(this.#text) as Archive);
    return this.#snapshot;
  }

  async update<T>(fn: (draft: Archive) => T): Promise<T> {
    const draft = JSON.parse(this.#text) as Archive;
    const result = fn(draft);
    const checked = Archive.safeParse(draft);
    if (!checked.success) throw new AppError('STORE_WRITE_FAILED', `update left an invalid archive: ${checked.error.issues[0]?.message}`);
    this.#text = JSON.stringify(checked.data);
    this.#snapshot = null;
    this.writes += 1;
    return result;
  }

  async close(): Promise<void> {}
}
