/**
 * The archive snapshot, `archive.json`: a lowdb Adapter over one compact JSON file, written
 * atomically and durably (unique temp file, fsync, rename, fsync of the directory), and
 * serialised in slices so a 60 MB archive never blocks the event loop for long.
 *
 * The file is the archive plus `journalSeq`: the last journal entry it includes (entries up to
 * it are skipped when the journal is replayed). lowdb's own steno writer renames but does not
 * fsync and uses one fixed temp name, hence this adapter.
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import type { Archive } from '../core/archive/model.js';
import type { StoreIo } from './store-journal.js';

export type SnapshotDoc = Archive & { journalSeq: number };

/** Records per slice; a slice of ~2 MB stringifies in a few ms. */
const SLICE = 2_000;
/** Bytes buffered before one write. */
const FLUSH = 4 * 1024 * 1024;

const yieldToLoop = (): Promise<void> => new Promise((r) => setImmediate(r));

export async function fsyncDir(dir: string): Promise<void> {
  try {
    const fh = await open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // Directory fsync is not supported everywhere (Windows); the rename is still atomic.
  }
}

export class SnapshotFile implements Adapter<SnapshotDoc> {
  constructor(
    readonly file: string,
    readonly io: StoreIo,
  ) {}

  /** The file's text, or null when it is missing. */
  async readText(): Promise<string | null> {
    try {
      return await readFile(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  /** The first `bytes` bytes of the file as text (its `schemaVersion` and `journalSeq`), or null when missing. */
  async readHead(bytes: number): Promise<string | null> {
    let fh: FileHandle;
    try {
      fh = await open(this.file, 'r');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    try {
      const buf = Buffer.alloc(bytes);
      const { bytesRead } = await fh.read(buf, 0, bytes, 0);
      return buf.toString('utf8', 0, bytesRead);
    } finally {
      await fh.close();
    }
  }

  async read(): Promise<SnapshotDoc | null> {
    const text = await this.readText();
    return text === null ? null : (JSON.parse(text) as SnapshotDoc);
  }

  async write(doc: SnapshotDoc): Promise<void> {
    await this.install(await this.writeTemp(doc));
  }

  /** Writes `doc` to a fresh temp file beside the snapshot and fsyncs it; returns its path. */
  async writeTemp(doc: SnapshotDoc): Promise<string> {
    const tmp = join(dirname(this.file), `.${basename(this.file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
      const fh = await open(tmp, 'wx');
      try {
        await this.#stream(fh, doc);
        await fh.sync();
      } finally {
        await fh.close();
      }
      return tmp;
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }

  /** Renames a temp file from writeTemp over the snapshot, then fsyncs the directory. */
  async install(tmp: string): Promise<void> {
    try {
      await rename(tmp, this.file);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
    await fsyncDir(dirname(this.file));
  }

  async #stream(fh: FileHandle, doc: SnapshotDoc): Promise<void> {
    let buf: string[] = [];
    let size = 0;
    const put = async (s: string): Promise<void> => {
      buf.push(s);
      size += s.length;
      if (size >= FLUSH) {
        const out = buf.join('');
        buf = [];
        size = 0;
        await this.io.write(fh, out, this.file);
      }
    };
    const { schemaVersion, journalSeq, ...rest } = doc;
    await put(`{"schemaVersion":${JSON.stringify(schemaVersion)},"journalSeq":${JSON.stringify(journalSeq)}`);
    for (const [key, value] of Object.entries(rest)) {
      if (!Array.isArray(value)) {
        await put(`,${JSON.stringify(key)}:${JSON.stringify(value)}`);
        continue;
      }
      await put(`,${JSON.stringify(key)}:[`);
      for (let i = 0; i < value.length; i += SLICE) {
        const slice = JSON.stringify(value.slice(i, i + SLICE));
        await put((i > 0 ? ',' : '') + slice.slice(1, -1));
        await yieldToLoop();
      }
      await put(']');
    }
    await put('}');
    if (buf.length) await this.io.write(fh, buf.join(''), this.file);
  }
}
