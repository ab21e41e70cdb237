/**
 * The archive journal, `archive.journal.jsonl`: one line per committed `update`, appended and
 * fsynced under the store's cross-process lock, `{"seq":N,"p":[…mutative patches…]}\n`.
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
import { open, stat, type FileHandle } from 'node:fs/promises';
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

export async function stampOf(file: string): Promise<FileStamp> {
  try {
    const s = await stat(file);
    return { ino: s.ino, size: s.size, key: `${s.ino}:${s.size}:${s.mtimeMs}` };
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
    const stamp = { ino: s.ino, size: s.size, key: `${s.ino}:${s.size}:${s.mtimeMs}` };
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

/**
 * Appends one entry at byte `expectEnd` (the end of the last good line; a torn tail after it is
 * cut first), fsyncs, and returns the new stamp. On failure the file is cut back to `expectEnd`.
 */
export async function appendJournal(file: string, entry: JournalEntry, expectEnd: number, io: StoreIo): Promise<FileStamp> {
  const line = `${JSON.stringify(entry)}\n`;
  const fh = await open(file, 'a');
  try {
    const before = (await fh.stat()).size;
    if (before !== expectEnd) {
      if (before < expectEnd) throw new Error(`journal ${file} is shorter (${before} bytes) than what was read (${expectEnd})`);
      await fh.truncate(expectEnd);
    }
    try {
      await io.write(fh, line, file);
      await fh.sync();
    } catch (e) {
      await fh.truncate(expectEnd).then(() => fh.sync()).catch(() => undefined);
      throw e;
    }
    const s = await fh.stat();
    return { ino: s.ino, size: s.size, key: `${s.ino}:${s.size}:${s.mtimeMs}` };
  } finally {
    await fh.close();
  }
}
