/**
 * The archive journal, `archive.journal.jsonl`: one line per committed `update`, appended
 * durably under the store's cross-process lock, `{"seq":N,"p":[…mutative patches…]}\n` (updates
 * committed together are one write: group commit).
 *
 * - A line counts only once it ends in `\n` and parses. Whatever follows the last good line and
 *   does not parse (a write cut short by a crash: a prefix, or zero bytes) is a torn tail: it was
 *   never acknowledged, so it is ignored when read and cut off by the next writer under the lock.
 * - A bad line followed by good ones is not a torn tail: the journal is corrupt (STORE_CORRUPT).
 * - A failed append cuts the file back to its size before the append, so nothing half-written
 *   stays behind (if even that fails, the next writer cuts the torn tail).
 *
 * Outside lowdb on purpose: lowdb's adapters read and write whole documents; a journal needs
 * append + fsync of one line, and reading from a byte offset.
 */
import { constants, fstatSync, statSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { Patches } from 'mutative';

/** Disk writes go through this, so tests can inject a failing disk (ENOSPC) or a cut-short write. */
export interface StoreIo {
  write(fh: FileHandle, data: string | Buffer, file: string): Promise<void>;
}

export const defaultIo: StoreIo = {
  async write(fh, data) {
    await fh.writeFile(data);
  },
};

export interface JournalEntry {
  seq: number;
  p: Patches;
}

/** A file's identity and version: inode, size, mtime — or missing. */
export interface FileStamp {
  ino: number;
  size: number;
  key: string;
}

export const MISSING: FileStamp = { ino: -1, size: 0, key: 'missing' };

const stampOfStats = (s: Stats): FileStamp => ({ ino: s.ino, size: s.size, key: `${s.ino}:${s.size}:${s.mtimeMs}` });

/**
 * The file's stamp, by a synchronous stat: a few microseconds on a local disk, where an async
 * stat would wait a whole event-loop turn for its callback — many milliseconds in a process
 * saturated by requests (#17). The store's per-write metadata steps are synchronous for this
 * reason; only the durable write itself is async.
 */
export function stampOf(file: string): FileStamp {
  try {
    return stampOfStats(statSync(file));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return MISSING;
    throw e;
  }
}

export interface JournalRead {
  entries: JournalEntry[];
  /** Byte offset just after the last good line. */
  goodEnd: number;
  /** The file as it was read. */
  stamp: FileStamp;
}

export class JournalCorrupt extends Error {}

/**
 * Reads the journal from byte `from`. Returns null when there is no journal, or when its inode
 * is not `expectIno` (it was replaced by a compaction: the caller reloads everything).
 */
export async function readJournal(file: string, from = 0, expectIno?: number): Promise<JournalRead | null> {
  let fh: FileHandle;
  try {
    fh = await open(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    const s = await fh.stat();
    if (expectIno !== undefined && s.ino !== expectIno) return null;
    const stamp = stampOfStats(s);
    const length = Math.max(0, s.size - from);
    const buf = Buffer.alloc(length);
    let got = 0;
    while (got < length) {
      const { bytesRead } = await fh.read(buf, got, length - got, from + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return { ...parseLines(buf.subarray(0, got), from), stamp };
  } finally {
    await fh.close();
  }
}

function parseLines(buf: Buffer, from: number): { entries: JournalEntry[]; goodEnd: number } {
  const entries: JournalEntry[] = [];
  let goodEnd = from;
  let pos = 0;
  let badAt = -1;
  while (pos < buf.length) {
    const nl = buf.indexOf(0x0a, pos);
    if (nl < 0) break; // the tail without a newline: torn, never acknowledged
    const line = buf.toString('utf8', pos, nl);
    const entry = parseEntry(line);
    if (entry) {
      if (badAt >= 0) throw new JournalCorrupt(`a bad line at byte ${badAt} is followed by good ones`);
      entries.push(entry);
      goodEnd = from + nl + 1;
    } else if (badAt < 0) {
      badAt = from + pos;
    }
    pos = nl + 1;
  }
  return { entries, goodEnd };
}

function parseEntry(line: string): JournalEntry | null {
  try {
    const e = JSON.parse(line) as Partial<JournalEntry> | null;
    if (e && Number.isSafeInteger(e.seq) && Array.isArray(e.p)) return e as JournalEntry;
    return null;
  } catch {
    return null;
  }
}

/** Append-only and synchronous data writes where the platform has them (Linux, macOS): a write returns once durable. */
const APPEND_FLAGS = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_DSYNC ?? 0);

/**
 * The journal held open for appends (O_APPEND | O_DSYNC), so a commit is one write and one
 * fstat — no open, no separate fsync, no close. Several entries committed together (group
 * commit) are one write. The handle is dropped whenever the file may have been replaced
 * (`drop()`: a compaction here or in another process); a handle whose file was unlinked
 * meanwhile (nlink 0) fails the append instead of writing into a deleted file.
 */
export class JournalAppender {
  #fh: FileHandle | null = null;
  #ino = -1;

  constructor(
    readonly file: string,
    readonly io: StoreIo,
  ) {}

  /**
   * Appends `entries` as lines after byte `expectEnd` (the end of the last good line) and returns
   * the new stamp once they are durable. `known` is the journal as last seen under the lock (or
   * MISSING): when it is longer than `expectEnd` (a torn tail) it is cut first. On failure the
   * file is cut back to `expectEnd`.
   */
  async append(entries: JournalEntry[], expectEnd: number, known: FileStamp): Promise<FileStamp> {
    const data = entries.map((e) => `${JSON.stringify(e)}\n`).join('');
    if (this.#fh && (known === MISSING || this.#ino !== known.ino)) await this.drop();
    let fh = this.#fh;
    if (!fh) {
      fh = await open(this.file, APPEND_FLAGS, 0o666);
      const s = await fh.stat().catch(async (e: unknown) => {
        await fh!.close();
        throw e;
      });
      this.#fh = fh;
      this.#ino = s.ino;
      known = stampOfStats(s);
    }
    if (known.size !== expectEnd) {
      if (known.size < expectEnd) throw new Error(`journal ${this.file} is shorter (${known.size} bytes) than what was read (${expectEnd})`);
      await fh.truncate(expectEnd);
    }
    const cutBack = () =>
      fh
        .truncate(expectEnd)
        .then(() => fh.sync())
        .catch(() => undefined);
    try {
      await this.io.write(fh, data, this.file);
      if (!constants.O_DSYNC) await fh.sync();
    } catch (e) {
      await cutBack();
      throw e;
    }
    const s = fstatSync(fh.fd);
    if (s.nlink === 0 || s.size !== expectEnd + Buffer.byteLength(data)) {
      await cutBack();
      await this.drop();
      throw new Error(`journal ${this.file} was replaced or changed by someone else while appending`);
    }
    return stampOfStats(s);
  }

  /** Closes the handle (the next append opens the file again). */
  async drop(): Promise<void> {
    const fh = this.#fh;
    this.#fh = null;
    this.#ino = -1;
    await fh?.close().catch(() => undefined);
  }
}
