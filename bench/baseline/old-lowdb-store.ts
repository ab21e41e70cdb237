/**
 * The old adapter (before the journal), kept as the bench baseline: every update re-parses,
 * re-validates and rewrites the whole archive.json. Not used by the product.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Low, type Adapter } from 'lowdb';
import lockfile from 'proper-lockfile';
import { AppError } from '../../src/core/errors.js';
import { Archive, emptyArchive, SCHEMA_VERSION } from '../../src/core/archive/model.js';
import { migrate, migrations as defaultMigrations, versionOf, type Migration } from '../../src/core/archive/migrations.js';
import type { ArchiveDocument } from '../../src/adapters/archive-document.js';

export interface LowdbStoreOptions {
  /** The directory holding archive.json (config DATA_DIR). Created if missing. */
  dataDir: string;
  /** The clock, for backup / set-aside file names. */
  now?: () => Date;
  /** Give up waiting for the cross-process lock after this long → STORE_LOCKED. Default 10 000. */
  lockTimeoutMs?: number;
  /** A lock not refreshed for this long belongs to a dead process and is taken over. Default 10 000 (min 2 000). */
  staleMs?: number;
  /** File name inside dataDir. Default 'archive.json'. */
  fileName?: string;
  /** Migration steps (tests pass their own). */
  migrations?: readonly Migration[];
  /** Told about migrations and set-aside files. */
  log?: (message: string) => void;
}

const USER_CORRUPT = '客户档案文件无法读取，已停止读写以保护数据，请联系管理员。';
const USER_LOCKED = '客户档案正被其他操作占用，请稍后再试。';
const USER_WRITE = '客户档案保存失败，本次修改没有生效，请稍后再试。';

/** A file-name-safe timestamp: 2025-03-01T08-00-00-000Z. */
const stampOf = (d: Date): string => d.toISOString().replace(/[:.]/g, '-');

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

const isNotFound = (e: unknown): boolean => (e as NodeJS.ErrnoException)?.code === 'ENOENT';

/**
 * lowdb Adapter over one file's text: read → the text (null when missing); write → the text
 * to a unique temp file, fsync, rename, fsync the directory.
 */
export class DurableTextFile implements Adapter<string> {
  constructor(readonly file: string) {}

  async read(): Promise<string | null> {
    try {
      return await readFile(this.file, 'utf8');
    } catch (e) {
      if (isNotFound(e)) return null;
      throw e;
    }
  }

  async write(text: string): Promise<void> {
    const tmp = join(dirname(this.file), `.${basename(this.file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      const fh = await open(tmp, 'wx');
      try {
        await fh.writeFile(text, 'utf8');
        await fh.sync();
      } finally {
        await fh.close();
      }
      await rename(tmp, this.file);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
    try {
      const dir = await open(dirname(this.file), 'r');
      try {
        await dir.sync();
      } finally {
        await dir.close();
      }
    } catch {
      // Directory fsync is not supported everywhere (Windows); the rename is still atomic.
    }
  }
}

/** Opens (creating, migrating or refusing) the archive under dataDir. */
export async function openStore(opts: LowdbStoreOptions): Promise<ArchiveDocument> {
  await mkdir(opts.dataDir, { recursive: true });
  const store = new LowdbStore(opts);
  await store.open();
  return store;
}

class LowdbStore implements ArchiveDocument {
  readonly file: string;
  readonly #lockPath: string;
  readonly #now: () => Date;
  readonly #lockTimeoutMs: number;
  readonly #staleMs: number;
  readonly #migrations: readonly Migration[];
  readonly #log: (m: string) => void;
  readonly #db: Low<string>;
  #queue: Promise<unknown> = Promise.resolve();
  #closed = false;
  /** The file's text as last read or written (known valid), and its inode:size:mtime. */
  #text = '';
  #stamp = '';
  /** The frozen snapshot of #text, built on the first read after a change. */
  #snapshot: Archive | null = null;
  /** The last unreadable file seen while running, so it is copied aside once, not on every call. */
  #bad: { stamp: string; error: AppError } | null = null;

  constructor(o: LowdbStoreOptions) {
    this.file = join(o.dataDir, o.fileName ?? 'archive.json');
    this.#lockPath = `${this.file}.lock`;
    this.#now = o.now ?? (() => new Date());
    this.#lockTimeoutMs = o.lockTimeoutMs ?? 10_000;
    this.#staleMs = Math.max(o.staleMs ?? 10_000, 2_000);
    this.#migrations = o.migrations ?? defaultMigrations;
    this.#log = o.log ?? (() => {});
    this.#db = new Low<string>(new DurableTextFile(this.file), '');
  }

  /** Under the lock: create, migrate (after a backup) or validate; never overwrite a bad file. */
  async open(): Promise<void> {
    await this.#withLock(async () => {
      const stamp = await this.#stampNow();
      // Not Low#read(): it ignores a falsy result, so an empty (truncated) file would look missing
      // and be replaced by an empty archive.
      const text = await this.#db.adapter.read();
      if (text === null) {
        await this.#commit(emptyArchive());
        return;
      }
      const data = await this.#parseJson(text);
      const version = versionOf(data);
      if (Number.isNaN(version)) throw await this.#corrupt('its schemaVersion is not a whole number');
      if (version > SCHEMA_VERSION) {
        throw new AppError(
          'STORE_CORRUPT',
          `${this.file} has schemaVersion ${version}, newer than this program (${SCHEMA_VERSION}): upgrade Guarantee Desk; the file was left untouched.`,
          USER_CORRUPT,
        );
      }
      if (version === SCHEMA_VERSION) {
        this.#snapshot = deepFreeze(await this.#validate(data));
        this.#text = text;
        this.#stamp = stamp;
        return;
      }
      const backup = await this.#copyAside(`bak-v${version}`);
      let migrated: unknown;
      try {
        migrated = migrate(data, this.#migrations).data;
      } catch (e) {
        throw await this.#corrupt(`migration from v${version} failed: ${(e as Error).message}`);
      }
      const valid = await this.#validate(migrated, `after migration from v${version}`);
      await this.#commit(valid);
      this.#log(`archive ${this.file} migrated v${version} → v${SCHEMA_VERSION}; backup ${backup}`);
    });
  }

  async read(): Promise<Archive> {
    this.#assertOpen();
    const stamp = await this.#stampNow();
    if (stamp !== this.#stamp) {
      const text = await this.#readChanged(stamp);
      this.#snapshot = deepFreeze(await this.#validateChanged(stamp, text));
      this.#text = text;
      this.#stamp = stamp;
    }
    this.#snapshot ??= deepFreeze(JSON.parse(this.#text) as Archive);
    return this.#snapshot;
  }

  update<T>(fn: (draft: Archive) => T): Promise<T> {
    if (this.#closed) return Promise.reject(closedError());
    const run = this.#queue.then(() => this.#withLock(() => this.#apply(fn)));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#queue;
  }

  async #apply<T>(fn: (draft: Archive) => T): Promise<T> {
    const stamp = await this.#stampNow();
    let draft: Archive;
    if (stamp === this.#stamp) {
      // Parsing the known-valid text is faster than structuredClone of the frozen snapshot.
      draft = JSON.parse(this.#text) as Archive;
    } else {
      draft = await this.#validateChanged(stamp, await this.#readChanged(stamp));
    }
    const result = fn(draft);
    if (result instanceof Promise) {
      throw new AppError('INTERNAL', 'store.update(fn): fn returned a Promise; it must be synchronous (it runs under the lock)');
    }
    const checked = Archive.safeParse(draft);
    if (!checked.success) {
      throw new AppError('STORE_WRITE_FAILED', `update left an invalid archive, nothing written: ${summarise(checked.error)}`, USER_WRITE);
    }
    await this.#commit(checked.data);
    return result;
  }

  async #commit(data: Archive): Promise<void> {
    const text = JSON.stringify(data);
    this.#db.data = text;
    try {
      await this.#db.write();
    } catch (e) {
      throw new AppError('STORE_WRITE_FAILED', `could not write ${this.file}: ${(e as Error).message}`, USER_WRITE);
    }
    this.#text = text;
    this.#snapshot = null;
    this.#stamp = await this.#stampNow();
  }

  async #withLock<T>(body: () => Promise<T>): Promise<T> {
    let lost: Error | undefined;
    const deadline = Date.now() + this.#lockTimeoutMs;
    let release: (() => Promise<void>) | undefined;
    for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
      try {
        release = await lockfile.lock(this.file, {
          realpath: false,
          lockfilePath: this.#lockPath,
          stale: this.#staleMs,
          update: Math.min(this.#staleMs / 2, 5_000),
          retries: 0,
          onCompromised: (e) => {
            lost = e;
          },
        });
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
      const out = await body();
      if (lost) throw new AppError('STORE_LOCKED', `lost the lock on ${this.file} while writing: ${lost.message}`, USER_LOCKED);
      return out;
    } finally {
      await release().catch(() => undefined);
    }
  }

  /** The file changed under us (another process): read it, unless it is the bad file already seen. */
  async #readChanged(stamp: string): Promise<string> {
    if (this.#bad?.stamp === stamp) throw this.#bad.error;
    return readFile(this.file, 'utf8');
  }

  async #validateChanged(stamp: string, text: string): Promise<Archive> {
    try {
      return await this.#validate(await this.#parseJson(text));
    } catch (e) {
      if (e instanceof AppError) this.#bad = { stamp, error: e };
      throw e;
    }
  }

  async #parseJson(text: string): Promise<unknown> {
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      throw await this.#corrupt(`it is not valid JSON (${(e as Error).message})`);
    }
  }

  async #validate(data: unknown, when = ''): Promise<Archive> {
    const r = Archive.safeParse(data);
    if (r.success) return r.data;
    throw await this.#corrupt(`it fails the archive schema${when ? ` ${when}` : ''}: ${summarise(r.error)}`);
  }

  /** Copies the bad file aside and builds the error; the file itself is left as it is. */
  async #corrupt(why: string): Promise<AppError> {
    let aside: string;
    try {
      aside = await this.#copyAside('corrupt');
    } catch (e) {
      aside = `(copy failed: ${(e as Error).message})`;
    }
    this.#log(`archive ${this.file} is unreadable; copy at ${aside}`);
    return new AppError(
      'STORE_CORRUPT',
      `archive file ${this.file} cannot be used: ${why}. A copy was kept at ${aside}; the file was not changed. ` +
        'The store refuses to open: repair the file or restore a backup (archive.json.bak-*), then restart.',
      USER_CORRUPT,
    );
  }

  /** `archive.json.<tag>-<timestamp>`, never replacing an existing file. */
  async #copyAside(tag: string): Promise<string> {
    const base = `${this.file}.${tag}-${stampOf(this.#now())}`;
    for (let i = 0; ; i += 1) {
      const target = i === 0 ? base : `${base}-${i}`;
      try {
        await copyFile(this.file, target, constants.COPYFILE_EXCL);
        return target;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || i > 100) throw e;
      }
    }
  }

  async #stampNow(): Promise<string> {
    try {
      const s = await stat(this.file);
      return `${s.ino}:${s.size}:${s.mtimeMs}`;
    } catch (e) {
      if (isNotFound(e)) return 'missing';
      throw e;
    }
  }

  #assertOpen(): void {
    if (this.#closed) throw closedError();
  }
}

const closedError = (): AppError => new AppError('INTERNAL', 'the archive store is closed');

function summarise(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const shown = error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
  const more = error.issues.length > 3 ? ` (+${error.issues.length - 3} more)` : '';
  return shown.join('; ') + more;
}
