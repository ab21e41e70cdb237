/**
 * The embedded store's engine (an ArchiveDocument, ./archive-document.ts; ./embedded-store.ts puts the
 * ArchiveStore port on top): the archive held in memory, a snapshot `<dataDir>/archive.json`
 * (lowdb's `Low` over our durable adapter, ./store-snapshot.ts) and beside it a journal
 * `<dataDir>/archive.journal.jsonl` (./store-journal.ts), guarded by a cross-process file lock.
 *
 * How a write goes: `update(fn)` queues `fn`; a group commit takes the lock, catches up with what
 * other processes wrote, runs every queued `fn` in turn on a copy-on-write draft (mutative
 * `create` with patches: only what `fn` touches is copied), validates only the records that
 * changed (./store-changes.ts), appends their patches as lines in one durable write to the
 * journal (held open, O_DSYNC), and only then swaps in the new frozen state and resolves them.
 * The metadata steps (stats, the lock's mkdir and rmdir) are synchronous — microseconds on a local
 * disk, where each async step would wait an event-loop turn in a process busy with requests —
 * so a write waits for the loop once, for its durable write.
 * Every `compactEveryOps` updates or `compactBytes` of journal, and on close, the snapshot is
 * rewritten (streamed in slices to a temp file, fsync, rename, fsync of the directory — the
 * slow part outside the lock) and the journal cut to what the snapshot does not hold yet.
 * The journal is outside lowdb because lowdb's adapters only read and write whole documents.
 *
 * What it guarantees (on top of ./archive-document.ts):
 * - Durable on resolve: a resolved `update` is in an fsynced journal line (or snapshot).
 *   A crash at any moment loses no resolved update; a line cut short by a crash was never
 *   acknowledged and is ignored on open (test/store/faults.test.ts kills writers 50 times).
 * - Validated on open with the zod schema; older `schemaVersion`s are migrated after a backup
 *   copy `archive.json.bak-v<N>-<timestamp>` is made.
 * - A snapshot that is not JSON or fails the schema, or a journal with a bad line before good
 *   ones or that does not follow the snapshot → AppError `STORE_CORRUPT` naming the file; the
 *   file is copied to `<file>.corrupt-<timestamp>` and never overwritten (the store refuses to
 *   open; it never starts empty over existing data). A missing snapshot starts an empty archive.
 * - A failed disk write (read-only directory, disk full) → `STORE_WRITE_FAILED`; the journal is
 *   cut back to where it was and the state in memory and on disk is the previous one.
 * - `update` is serialised in-process (a promise queue) and across processes (proper-lockfile
 *   on `archive.json.lock`, a directory created atomically; a holder that died is detected as
 *   stale after `staleMs`, default 10 s). No lock within `lockTimeoutMs` (default 10 s) → `STORE_LOCKED`.
 * - `update`s queued together are committed together (one write, one sync); each resolves only
 *   once durable; one whose `fn` throws or leaves an invalid archive fails alone.
 * - `read` stats the two files; when another process changed them it replays the new journal
 *   lines (or reloads, after another process compacted), else returns the frozen state as is.
 *
 * Where it stops (figures: BENCHMARKS.md, measured by `npm run bench` on the 2-core VM):
 * - One update costs about one fsync plus what `fn` touches, and grows little with the archive
 *   (unlike the old whole-file write). An `fn` that reads every client through the draft pays for
 *   a proxy per client.
 * - In a process saturated by other work, a write waits one event-loop turn (its durable write);
 *   updates issued meanwhile share that write.
 * - Compaction rewrites the whole snapshot, in slices (the event loop stays free) and outside the
 *   lock except the final rename.
 * - Memory: the archive lives in memory. Open parses and validates everything; so does a reload
 *   after another process compacted, blocking the event loop that long. Good for some hundred
 *   thousand clients in one process with a CLI beside it; beyond that, put a database behind the port.
 * - One host. The lock is a file lock: processes on one machine, on a local disk. Not for
 *   several hosts sharing a network file system.
 */
import { constants } from 'node:fs';
import * as nodeFs from 'node:fs';
import { copyFile, mkdir, open, readFile, rename, rm, stat, truncate, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { create, current, isDraft, type Draft } from 'mutative';
import lockfile from 'proper-lockfile';
import { AppError } from '../core/errors.js';
import { Archive, emptyArchive, SCHEMA_VERSION } from '../core/archive/model.js';
import { migrate, migrations as defaultMigrations, versionOf, type Migration } from '../core/archive/migrations.js';
import type { ArchiveDocument } from './archive-document.js';
import { applyPatches, checkChanges, deepFreeze, freezeAlong, IdIndex, InvalidChange } from './store-changes.js';
import { defaultIo, JournalAppender, JournalCorrupt, MISSING, readJournal, stampOf, type FileStamp, type JournalEntry, type JournalRead, type StoreIo } from './store-journal.js';
import { fsyncDir, SnapshotFile, type SnapshotDoc } from './store-snapshot.js';

export type { StoreIo } from './store-journal.js';

export interface LowdbStoreOptions {
  /** The directory holding archive.json (config DATA_DIR). Created if missing. */
  dataDir: string;
  /** The clock, for backup / set-aside file names. */
  now?: () => Date;
  /** Give up waiting for the cross-process lock after this long → STORE_LOCKED. Default 10 000. */
  lockTimeoutMs?: number;
  /** A lock not refreshed for this long belongs to a dead process and is taken over. Default 10 000 (min 2 000). */
  staleMs?: number;
  /** File name inside dataDir. Default 'archive.json'; the journal is `<name without .json>.journal.jsonl`. */
  fileName?: string;
  /** Migration steps (tests pass their own). */
  migrations?: readonly Migration[];
  /** Told about migrations, set-aside files and failed compactions. */
  log?: (message: string) => void;
  /** Rewrite the snapshot after this many journal entries. Default 1 000. */
  compactEveryOps?: number;
  /** … or once the journal is this big. Default 16 MB. */
  compactBytes?: number;
  /** Disk writes (tests inject failures). */
  io?: StoreIo;
}

const USER_CORRUPT = '客户档案文件无法读取，已停止读写以保护数据，请联系管理员。';
const USER_LOCKED = '客户档案正被其他操作占用，请稍后再试。';
const USER_WRITE = '客户档案保存失败，本次修改没有生效，请稍后再试。';

/** An update whose patches are bigger than this is committed as a snapshot, not a journal line. */
const MAX_LINE_PATCHES = 20_000;

/** A file-name-safe timestamp: 2025-03-01T08-00-00-000Z. */
const stampOfDate = (d: Date): string => d.toISOString().replace(/[:.]/g, '-');

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Opens (creating, migrating or refusing) the archive under dataDir. */
export async function openStore(opts: LowdbStoreOptions): Promise<ArchiveDocument> {
  await mkdir(opts.dataDir, { recursive: true });
  const store = new LowdbStore(opts);
  await store.open();
  return store;
}

/** A tiny async mutex for the in-memory state (catching up vs committing). */
class Mutex {
  #tail: Promise<unknown> = Promise.resolve();
  run<T>(body: () => Promise<T>): Promise<T> {
    const out = this.#tail.then(body);
    this.#tail = out.catch(() => undefined);
    return out;
  }
}

class LowdbStore implements ArchiveDocument {
  readonly file: string;
  readonly journal: string;
  readonly #lockPath: string;
  readonly #now: () => Date;
  readonly #lockTimeoutMs: number;
  readonly #staleMs: number;
  readonly #migrations: readonly Migration[];
  readonly #log: (m: string) => void;
  readonly #compactEveryOps: number;
  readonly #compactBytes: number;
  readonly #io: StoreIo;
  readonly #db: Low<SnapshotDoc>;
  readonly #snap: SnapshotFile;
  /** Lock-taking jobs of this process, one at a time. */
  #queue: Promise<unknown> = Promise.resolve();
  /** Updates waiting for the next group commit, and whether a job to commit them is queued. */
  #pending: Pending[] = [];
  #commitQueued = false;
  readonly #appender: JournalAppender;
  /** node:fs for proper-lockfile, reporting the lock's inode and mtime into the attempt's watch. */
  readonly #lockFs: typeof nodeFs;
  #attempt: LockWatch | null = null;
  readonly #mem = new Mutex();
  #closed = false;
  #compacting: Promise<void> | null = null;

  /** The frozen archive with every journal entry up to #seq. */
  #state: Archive = deepFreeze(emptyArchive());
  #seq = 0;
  /** The journalSeq of the snapshot on disk. */
  #base = 0;
  #snapStamp: FileStamp = MISSING;
  #jStamp: FileStamp = MISSING;
  /** Bytes of the journal read (the end of its last good line). */
  #jOffset = 0;
  readonly #ids = new IdIndex();
  /** The last unreadable file seen while running, so it is copied aside once, not on every call. */
  #bad: { key: string; error: AppError } | null = null;
  /** The cross-process lock while this process holds it (#withLock), for #assertHeld. */
  #lock: LockWatch | null = null;

  constructor(o: LowdbStoreOptions) {
    const name = o.fileName ?? 'archive.json';
    this.file = join(o.dataDir, name);
    this.journal = join(o.dataDir, `${name.replace(/\.json$/, '')}.journal.jsonl`);
    this.#lockPath = `${this.file}.lock`;
    this.#now = o.now ?? (() => new Date());
    this.#lockTimeoutMs = o.lockTimeoutMs ?? 10_000;
    this.#staleMs = Math.max(o.staleMs ?? 10_000, 2_000);
    this.#migrations = o.migrations ?? defaultMigrations;
    this.#log = o.log ?? (() => {});
    this.#compactEveryOps = o.compactEveryOps ?? 1_000;
    this.#compactBytes = o.compactBytes ?? 16 * 1024 * 1024;
    this.#io = o.io ?? defaultIo;
    this.#snap = new SnapshotFile(this.file, this.#io);
    this.#appender = new JournalAppender(this.journal, this.#io);
    this.#lockFs = watchedFs(this.#lockPath, () => this.#attempt);
    this.#db = new Low<SnapshotDoc>(this.#snap, { ...emptyArchive(), journalSeq: 0 });
  }

  /** Under the lock: create, migrate (after a backup) or validate; never overwrite a bad file. */
  async open(): Promise<void> {
    await this.#withLock(() => this.#mem.run(() => this.#reload(true)));
  }

  async read(): Promise<Archive> {
    this.#assertOpen();
    const [s, j] = [stampOf(this.file), stampOf(this.journal)];
    if (s.key !== this.#snapStamp.key || j.key !== this.#jStamp.key) {
      await this.#mem
        .run(() => this.#sync(false))
        .catch((e: unknown) => {
          throw e instanceof AppError ? e : new AppError('STORE_CORRUPT', `cannot read ${this.file} or its journal: ${(e as Error).message}`, USER_CORRUPT);
        });
    }
    return this.#state;
  }

  update<T>(fn: (draft: Archive) => T): Promise<T> {
    if (this.#closed) return Promise.reject(closedError());
    return new Promise<T>((resolve, reject) => {
      this.#pending.push({ fn, resolve: resolve as (v: unknown) => void, reject });
      if (this.#commitQueued) return;
      this.#commitQueued = true;
      void this.#enqueue(() => this.#groupCommit());
    });
  }

  /**
   * Group commit: every update queued by the time the lock is held runs in order, each `fn` on
   * the state the previous one left, and all are written as one journal write (one sync); each
   * resolves only then. An `fn` that throws or leaves an invalid archive fails alone; a failed
   * write fails them all and leaves the previous state.
   */
  async #groupCommit(): Promise<void> {
    let batch: Pending[] = [];
    const take = (): Pending[] => {
      batch = this.#pending;
      this.#pending = [];
      this.#commitQueued = false;
      return batch;
    };
    try {
      // Catch up before taking the lock: after another process compacted, the reload (parse and
      // validate the whole snapshot) happens here, not while others wait for the lock. Errors
      // are met again, and reported, by the catch-up under the lock.
      await this.#mem.run(() => this.#sync(false)).catch(() => undefined);
      const done = await this.#withLock(() => this.#mem.run(() => this.#applyAll(take())));
      // Settled once the lock is released: a resolved update leaves no lock behind.
      for (const { p, result } of done) p.resolve(result);
    } catch (e) {
      for (const p of batch.length > 0 ? batch : take()) p.reject(e);
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#queue;
    await this.#compacting;
    // Fold the journal into the snapshot, so a closed store is one file. Failing that, the
    // journal still holds everything: nothing is lost, the next open replays it.
    await this.#enqueue(() =>
      this.#withLock(() =>
        this.#mem.run(async () => {
          await this.#sync(true);
          if (this.#seq === this.#base && this.#jStamp === MISSING) return;
          await this.#writeSnapshot(this.#state, this.#seq);
        }),
      ),
    ).catch((e: unknown) => this.#log(`archive ${this.file}: compaction on close failed, the journal keeps the data: ${(e as Error).message}`));
    await this.#appender.drop();
  }

  #enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(job);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** Runs each update's `fn` in turn under the lock and commits those that changed something in one write; returns the ones to resolve. */
  async #applyAll(batch: Pending[]): Promise<{ p: Pending; result: unknown }[]> {
    await this.#sync(true).catch((e: unknown) => {
      throw e instanceof AppError ? e : new AppError('STORE_WRITE_FAILED', `cannot read ${this.file} or its journal before writing: ${(e as Error).message}`, USER_WRITE);
    });
    let state = this.#state;
    let seq = this.#seq;
    let patchCount = 0;
    const lines: JournalEntry[] = [];
    const done: { p: Pending; result: unknown; readOnly: boolean }[] = [];
    for (const p of batch) {
      let step: { next: Archive; patches: JournalEntry['p']; result: unknown };
      try {
        step = this.#draft(state, p.fn);
      } catch (e) {
        p.reject(e);
        continue;
      }
      // An fn that changed nothing, on the committed state, does not depend on this batch's write.
      done.push({ p, result: step.result, readOnly: step.patches.length === 0 && lines.length === 0 });
      if (step.patches.length === 0) continue;
      seq += 1;
      lines.push({ seq, p: step.patches });
      patchCount += step.patches.length;
      state = step.next;
    }
    if (lines.length > 0) {
      try {
        if (patchCount > MAX_LINE_PATCHES) {
          await this.#writeSnapshot(state, seq);
        } else {
          const fresh = this.#jStamp === MISSING;
          await this.#assertHeld();
          this.#jStamp = await this.#appender.append(lines, this.#jOffset, this.#jStamp);
          this.#jOffset = this.#jStamp.size;
          if (fresh) await fsyncDir(dirname(this.journal));
        }
      } catch (e) {
        // The journal was cut back to #jOffset (its stamp changed: the next call re-reads from there).
        const error = e instanceof AppError ? e : new AppError('STORE_WRITE_FAILED', `could not write ${this.journal}: ${(e as Error).message}`, USER_WRITE);
        for (const d of done) if (!d.readOnly) d.p.reject(error);
        return done.filter((d) => d.readOnly);
      }
      this.#state = state;
      this.#seq = seq;
      this.#maybeCompact();
    }
    return done;
  }

  /** `fn` on a copy-on-write draft of `prev`: the next frozen state, its validated patches and fn's result. */
  #draft(prev: Archive, fn: (draft: Archive) => unknown): { next: Archive; patches: JournalEntry['p']; result: unknown } {
    let result: unknown;
    const [next, patches] = create(
      prev,
      (draft: Draft<Archive>) => {
        const r = fn(draft);
        if (r instanceof Promise) {
          throw new AppError('INTERNAL', 'store.update(fn): fn returned a Promise; it must be synchronous (it runs under the lock)');
        }
        result = detach(r);
      },
      { enablePatches: true },
    );
    freezeAlong(next, patches);
    if (patches.length === 0) return { next: prev, patches, result };
    try {
      const checked = checkChanges(prev, next, patches, this.#ids);
      return { next: checked.next, patches: checked.patches, result };
    } catch (e) {
      if (!(e instanceof InvalidChange)) throw e;
      throw new AppError('STORE_WRITE_FAILED', `update left an invalid archive, nothing written: ${summarise(e)}`, USER_WRITE);
    }
  }

  /**
   * Brings the state up to date with the files: replays new journal lines, or reloads after a
   * compaction by another process. Caller holds #mem; `locked` when holding the file lock too
   * (then a torn journal tail is cut off).
   */
  async #sync(locked: boolean): Promise<void> {
    const [s, js] = [stampOf(this.file), stampOf(this.journal)];
    if (s.key !== this.#snapStamp.key) await this.#appender.drop(); // compacted elsewhere: the journal may be a new file
    if (s.key !== this.#snapStamp.key && (await this.#adoptCompaction(s))) return;
    if (s.key === this.#snapStamp.key) {
      if (js.key === this.#jStamp.key && this.#bad === null) return; // nothing new: the common case
      const known = this.#jStamp !== MISSING;
      const j = await this.#readJournal(known ? this.#jOffset : 0, known ? this.#jStamp.ino : undefined);
      if (j === null && this.#jStamp === MISSING) return;
      if (j !== null) {
        this.#replay(j.entries, j.stamp.key);
        this.#jStamp = j.stamp;
        this.#jOffset = j.goodEnd;
        if (locked && j.stamp.size > j.goodEnd) await this.#cutTornTail(j.goodEnd);
        return;
      }
    }
    await this.#reload(false);
    if (locked && this.#jStamp !== MISSING && this.#jStamp.size > this.#jOffset) await this.#cutTornTail(this.#jOffset);
  }

  /**
   * Another process compacted: its snapshot holds journal entries up to a seq this process has
   * already applied (a later compaction of the same history), so the state in memory is already
   * what the snapshot says — only the journal after it needs reading. Spares parsing and
   * validating the whole archive again (seconds at 300k clients) after each compaction by a
   * concurrent writer. Anything else (an older or unknown snapshot) → false: full reload.
   */
  async #adoptCompaction(s: FileStamp): Promise<boolean> {
    if (s === MISSING || this.#bad !== null) return false;
    const head = await this.#snap.readHead(96);
    const m = head === null ? null : /^\{"schemaVersion":(\d+),"journalSeq":(\d+)[,}]/.exec(head);
    if (!m || Number(m[1]) !== SCHEMA_VERSION) return false;
    const seq = Number(m[2]);
    if (!(seq > this.#base && seq <= this.#seq)) return false;
    const j = await this.#readJournal(0);
    if (stampOf(this.file).key !== s.key) return false; // changed again meanwhile
    const first = j?.entries[0]?.seq;
    if (first !== undefined && first > this.#seq + 1) return false; // a gap: reload
    this.#base = seq;
    this.#snapStamp = s;
    this.#takeJournal(j);
    return true;
  }

  /** Replays a journal read from its start over the state, and remembers where it ends. */
  #takeJournal(j: JournalRead | null): void {
    this.#jStamp = MISSING;
    this.#jOffset = 0;
    if (!j) return;
    this.#replay(j.entries, j.stamp.key);
    this.#jStamp = j.stamp;
    this.#jOffset = j.goodEnd;
  }

  async #cutTornTail(at: number): Promise<void> {
    await this.#assertHeld();
    await truncate(this.journal, at);
    this.#jStamp = stampOf(this.journal);
  }

  /** Reads the snapshot and the whole journal. At open (`first`), also creates or migrates. */
  async #reload(first: boolean): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      const before = stampOf(this.file);
      if (this.#bad?.key === `s:${before.key}`) throw this.#bad.error;
      const text = await this.#snap.readText();
      let state: Archive;
      let base: number;
      if (text === null) {
        state = deepFreeze(emptyArchive());
        base = 0;
      } else {
        ({ state, base } = await this.#loadSnapshot(text, before, first));
      }
      const j = await this.#readJournal(0);
      const after = stampOf(this.file);
      if (after.key !== before.key && attempt < 5) continue; // compacted meanwhile: again
      this.#state = state;
      this.#seq = base;
      this.#base = base;
      this.#snapStamp = after;
      this.#takeJournal(j);
      if (first && j && j.stamp.size > j.goodEnd) await this.#cutTornTail(j.goodEnd);
      if (first && text === null) await this.#writeSnapshot(this.#state, this.#seq);
      return;
    }
  }

  async #loadSnapshot(text: string, stamp: FileStamp, first: boolean): Promise<{ state: Archive; base: number }> {
    const fail = async (why: string): Promise<never> => {
      const error = await this.#corrupt(this.file, why);
      this.#bad = { key: `s:${stamp.key}`, error };
      throw error;
    };
    let data: unknown;
    try {
      data = JSON.parse(text) as unknown;
    } catch (e) {
      return fail(`it is not valid JSON (${(e as Error).message})`);
    }
    const version = versionOf(data);
    if (Number.isNaN(version)) return fail('its schemaVersion is not a whole number');
    if (version > SCHEMA_VERSION) {
      throw new AppError('STORE_CORRUPT', `${this.file} has schemaVersion ${version}, newer than this program (${SCHEMA_VERSION}): upgrade Guarantee Desk; the file was left untouched.`, USER_CORRUPT);
    }
    const rawSeq = (data as { journalSeq?: unknown }).journalSeq ?? 0;
    if (!Number.isSafeInteger(rawSeq) || (rawSeq as number) < 0) return fail('its journalSeq is not a whole number');
    const base = rawSeq as number;
    if (version === SCHEMA_VERSION) {
      const r = Archive.safeParse(data);
      if (!r.success) return fail(`it fails the archive schema: ${summarise(r.error)}`);
      return { state: deepFreeze(r.data), base };
    }
    if (!first) return fail(`its schemaVersion ${version} changed while running`);
    const backup = await this.#copyAside(this.file, `bak-v${version}`);
    let migrated: unknown;
    try {
      migrated = migrate(data, this.#migrations).data;
    } catch (e) {
      return fail(`migration from v${version} failed: ${(e as Error).message}`);
    }
    const r = Archive.safeParse(migrated);
    if (!r.success) return fail(`it fails the archive schema after migration from v${version}: ${summarise(r.error)}`);
    const state = deepFreeze(r.data);
    await this.#writeSnapshot(state, base);
    this.#log(`archive ${this.file} migrated v${version} → v${SCHEMA_VERSION}; backup ${backup}`);
    return { state, base };
  }

  /** Applies journal entries after #seq, validating each as a writer would. */
  #replay(entries: JournalEntry[], stampKey: string): void {
    for (const e of entries) {
      if (e.seq <= this.#seq) continue;
      if (e.seq !== this.#seq + 1) {
        throw this.#journalCorrupt(stampKey, `entry ${e.seq} does not follow ${this.#seq} (the snapshot holds up to ${this.#base})`);
      }
      let next: Archive;
      try {
        next = applyPatches(this.#state, e.p);
        freezeAlong(next, e.p);
        next = checkChanges(this.#state, next, e.p, this.#ids).next;
      } catch (err) {
        throw this.#journalCorrupt(stampKey, `entry ${e.seq} cannot be applied: ${err instanceof InvalidChange ? summarise(err) : (err as Error).message}`);
      }
      this.#state = next;
      this.#seq = e.seq;
    }
  }

  #journalCorrupt(stampKey: string, why: string): AppError {
    const error = new AppError(
      'STORE_CORRUPT',
      `archive journal ${this.journal} cannot be used: ${why}. The file was not changed; the store refuses to open. ` +
        'Set it aside (or restore a backup of archive.json together with its journal), then restart.',
      USER_CORRUPT,
    );
    this.#bad = { key: `j:${stampKey}`, error };
    void this.#copyAside(this.journal, 'corrupt').catch(() => undefined);
    this.#log(`archive journal ${this.journal} is unreadable: ${why}`);
    return error;
  }

  /** readJournal, refusing a journal already found corrupt (same stamp) without reading it again. */
  async #readJournal(from: number, ino?: number): Promise<JournalRead | null> {
    const stamp = stampOf(this.journal);
    if (this.#bad?.key === `j:${stamp.key}`) throw this.#bad.error;
    try {
      return await readJournal(this.journal, from, ino);
    } catch (e) {
      if (e instanceof JournalCorrupt) throw this.#journalCorrupt(stamp.key, e.message);
      throw e;
    }
  }

  /** Writes `state` as the snapshot holding journal entries up to `seq` and drops the journal. Caller holds the lock. */
  async #writeSnapshot(state: Archive, seq: number): Promise<void> {
    const tmp = await this.#snap.writeTemp({ ...state, journalSeq: seq }).catch((e: unknown) => {
      throw new AppError('STORE_WRITE_FAILED', `could not write ${this.file}: ${(e as Error).message}`, USER_WRITE);
    });
    try {
      await this.#assertHeld();
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
    try {
      this.#db.data = { ...state, journalSeq: seq };
      await this.#snap.install(tmp);
      await this.#appender.drop();
      await unlink(this.journal).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
    } catch (e) {
      throw new AppError('STORE_WRITE_FAILED', `could not write ${this.file}: ${(e as Error).message}`, USER_WRITE);
    }
    this.#state = state;
    this.#seq = seq;
    this.#base = seq;
    this.#snapStamp = stampOf(this.file);
    this.#jStamp = MISSING;
    this.#jOffset = 0;
  }

  #maybeCompact(): void {
    if (this.#compacting || this.#closed) return;
    if (this.#seq - this.#base < this.#compactEveryOps && this.#jOffset < this.#compactBytes) return;
    this.#compacting = this.#compact()
      .catch((e: unknown) => this.#log(`archive ${this.file}: compaction failed, the journal keeps the data: ${(e as Error).message}`))
      .finally(() => {
        this.#compacting = null;
      });
  }

  /**
   * Writes the state at #seq to a temp file outside the lock (the state is immutable), then,
   * under the lock, installs it if nobody compacted meanwhile and keeps only the journal lines
   * written since.
   */
  async #compact(): Promise<void> {
    const seq = this.#seq;
    const offset = this.#jOffset;
    const snapKey = this.#snapStamp.key;
    const tmp = await this.#snap.writeTemp({ ...this.#state, journalSeq: seq });
    try {
      await this.#enqueue(() =>
        this.#withLock(() =>
          this.#mem.run(async () => {
            await this.#sync(true);
            if (this.#snapStamp.key !== snapKey) return; // another process compacted
            await this.#assertHeld();
            await this.#snap.install(tmp);
            await this.#appender.drop();
            if (this.#seq === seq) {
              await unlink(this.journal).catch(() => undefined);
              this.#jStamp = MISSING;
              this.#jOffset = 0;
            } else {
              await this.#keepJournalAfter(offset);
            }
            this.#base = seq;
            this.#snapStamp = stampOf(this.file);
          }),
        ),
      );
    } finally {
      await rm(tmp, { force: true });
    }
  }

  /** Rewrites the journal with only its bytes from `offset` on (temp file, fsync, rename). */
  async #keepJournalAfter(offset: number): Promise<void> {
    const all = await readFile(this.journal);
    const tail = all.subarray(offset, this.#jOffset);
    const tmp = `${this.journal}.${process.pid}.tmp`;
    const fh = await open(tmp, 'w');
    try {
      await this.#io.write(fh, tail, this.journal);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await this.#assertHeld();
    await rename(tmp, this.journal);
    await fsyncDir(dirname(this.journal));
    this.#jStamp = stampOf(this.journal);
    this.#jOffset = tail.length;
  }

  async #withLock<T>(body: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.#lockTimeoutMs;
    let watch: LockWatch;
    let release: () => void;
    for (let wait = 2; ; wait = Math.min(wait * 2, 100)) {
      const attempt: LockWatch = { lost: undefined, mtimeMs: NaN, ino: -1 };
      this.#attempt = attempt;
      try {
        // Synchronous: mkdir and one stat of a local directory take microseconds, where each
        // async step would wait an event-loop turn (see stampOf). Waiting for a busy lock is async.
        release = lockfile.lockSync(this.file, {
          realpath: false,
          lockfilePath: this.#lockPath,
          stale: this.#staleMs,
          update: Math.min(this.#staleMs / 2, 5_000),
          retries: 0,
          fs: this.#lockFs,
          onCompromised: (e) => {
            attempt.lost = e;
          },
        });
        watch = attempt;
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') {
          throw new AppError('STORE_WRITE_FAILED', `cannot lock ${this.#lockPath}: ${(e as Error).message}`, USER_WRITE);
        }
        if (Date.now() >= deadline) {
          throw new AppError('STORE_LOCKED', `${this.file} is locked by another writer (${this.#lockPath}) and was not released within ${this.#lockTimeoutMs} ms`, USER_LOCKED);
        }
        await sleep(wait * (0.5 + Math.random()));
      }
    }
    try {
      if (watch.ino < 0) {
        // proper-lockfile's own stat after mkdir normally told #lockFs the inode and mtime.
        const s = await stat(this.#lockPath);
        watch.mtimeMs = Math.floor(s.mtimeMs);
        watch.ino = s.ino;
      }
      this.#lock = watch;
      // Every write under the lock checks ownership just before it touches the files
      // (#assertHeld); what `body` returns was committed while the lock was verifiably ours.
      return await body();
    } finally {
      this.#lock = null;
      try {
        release();
      } catch {
        // already released (compromised) or removed: nothing to undo
      }
    }
  }

  /**
   * Throws STORE_LOCKED (nothing written) unless the lock is still ours and fresh enough that no
   * other process can take it over during the write that follows. Another process takes a lock
   * over only once its mtime is staleMs old, and only we move that mtime while it is ours: so
   * while the mtime we last set or saw (at the lock's creation, at each refresh) is under half of
   * staleMs old, the lock is ours without asking the disk. Past that, the lock directory is
   * checked: the one we created (same inode, the mtime we last set), refreshed less than ¾ of
   * staleMs ago. Called immediately before every append, rename and truncate. A holder whose
   * event loop was blocked past the stale time fails here.
   */
  async #assertHeld(): Promise<void> {
    const w = this.#lock;
    const fail = (why: string): never => {
      throw new AppError('STORE_LOCKED', `lost the lock on ${this.file} before committing (${why}); nothing was written`, USER_LOCKED);
    };
    if (!w) return fail('not holding it');
    if (w.lost) return fail(w.lost.message);
    if (Date.now() - w.mtimeMs < this.#staleMs * 0.5) return;
    let s;
    try {
      s = await stat(this.#lockPath);
    } catch (e) {
      return fail((e as Error).message);
    }
    if (s.ino !== w.ino || Math.floor(s.mtimeMs) !== w.mtimeMs) return fail('another process took it over');
    if (Date.now() - s.mtimeMs > this.#staleMs * 0.75) return fail(`not refreshed for ${Math.round(Date.now() - s.mtimeMs)} ms`);
  }

  /** Copies the bad file aside and builds the error; the file itself is left as it is. */
  async #corrupt(file: string, why: string): Promise<AppError> {
    let aside: string;
    try {
      aside = await this.#copyAside(file, 'corrupt');
    } catch (e) {
      aside = `(copy failed: ${(e as Error).message})`;
    }
    this.#log(`archive ${file} is unreadable; copy at ${aside}`);
    return new AppError(
      'STORE_CORRUPT',
      `archive file ${file} cannot be used: ${why}. A copy was kept at ${aside}; the file was not changed. ` +
        'The store refuses to open: repair the file or restore a backup (archive.json.bak-*), then restart.',
      USER_CORRUPT,
    );
  }

  /** `<file>.<tag>-<timestamp>`, never replacing an existing file. */
  async #copyAside(file: string, tag: string): Promise<string> {
    const base = `${file}.${tag}-${stampOfDate(this.#now())}`;
    for (let i = 0; ; i += 1) {
      const target = i === 0 ? base : `${base}-${i}`;
      try {
        await copyFile(file, target, constants.COPYFILE_EXCL);
        return target;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || i > 100) throw e;
      }
    }
  }

  #assertOpen(): void {
    if (this.#closed) throw closedError();
  }
}

/**
 * `fn`'s result may hold pieces of the draft (a client found in it); drafts die when the update
 * ends, so they are copied out. Plain arrays and objects are walked a few levels deep.
 */
function detach(x: unknown, depth = 0): unknown {
  if (x === null || typeof x !== 'object') return x;
  if (isDraft(x)) return current(x);
  if (depth > 4) return x;
  if (Array.isArray(x)) return x.some((v) => v !== null && typeof v === 'object') ? x.map((v) => detach(v, depth + 1)) : x;
  if (Object.getPrototypeOf(x) !== Object.prototype) return x;
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(x)) {
    const d = detach(v, depth + 1);
    if (d !== v) (out ??= { ...(x as Record<string, unknown>) })[k] = d;
  }
  return out ?? x;
}

/** What this process knows of the lock it holds: its directory's inode and the mtime it last set. */
interface LockWatch {
  lost: Error | undefined;
  /** Set once our mkdir of the lock directory succeeded. */
  created?: boolean;
  mtimeMs: number;
  ino: number;
}

/** An update waiting for its group commit. */
interface Pending {
  fn: (draft: Archive) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * node:fs for proper-lockfile's synchronous API (lockSync calls the `…Sync` methods, for the
 * lock and for its refreshes), telling the current attempt's watch (`current()`) the lock
 * directory's inode and mtime from proper-lockfile's own stat after creating it, and the mtime
 * each refresh sets, so #assertHeld can tell our lock from one another process re-created after
 * taking it over — without a stat of its own.
 */
function watchedFs(lockPath: string, current: () => LockWatch | null): typeof nodeFs {
  const isLock = (path: nodeFs.PathLike): boolean => String(path) === lockPath;
  const utimesSync = (path: nodeFs.PathLike, atime: nodeFs.TimeLike, mtime: nodeFs.TimeLike): void => {
    const w = current();
    nodeFs.utimesSync(path, atime, mtime);
    if (w && isLock(path)) w.mtimeMs = Math.floor(mtime instanceof Date ? mtime.getTime() : Number(mtime) * 1000);
  };
  const mkdirSync = (path: nodeFs.PathLike): void => {
    const w = current();
    nodeFs.mkdirSync(path);
    if (w && isLock(path)) w.created = true;
  };
  // Only the first stat after our mkdir is our lock's: a stat of another process's lock (the
  // stale check) or a refresh's stat (checked by proper-lockfile itself) is not recorded.
  const statSync = (path: nodeFs.PathLike): nodeFs.Stats => {
    const w = current();
    const s = nodeFs.statSync(path);
    if (w?.created && w.ino < 0 && isLock(path)) {
      w.mtimeMs = Math.floor(s.mtimeMs);
      w.ino = s.ino;
    }
    return s;
  };
  return { ...nodeFs, mkdirSync, utimesSync, statSync } as typeof nodeFs;
}

const closedError = (): AppError => new AppError('INTERNAL', 'the archive store is closed');

function summarise(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const shown = error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  const more = error.issues.length > 3 ? ` (+${error.issues.length - 3} more)` : '';
  return shown.join('; ') + more;
}
