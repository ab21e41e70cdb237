/**
 * The default EventLedger: an append-only file `<dataDir>/events.ledger`, one line per claim
 * (`<epoch ms> <key>\n`, ~60 bytes), and the live keys in memory (a Map in claim order).
 *
 * - claim: a Map lookup, then one appended line (no fsync: a claim lost in a machine crash only
 *   lets one Slack retry through — better twice than never). O(1) per event.
 * - Expiry: keys older than EVENT_MEMORY_MS are dropped from the front of the Map as new claims
 *   come in (claims arrive in time order), so memory holds one window of events.
 * - Compaction: when the file holds more than twice the live lines (and at least 10 000), it is
 *   rewritten with the live lines only (temp file, fsync, rename): the file stays within about
 *   two windows of events, and the work is amortised O(1) per event.
 * - Open reads the file once; lines past the window, blank or torn (a crash mid-append) are skipped.
 *
 * Where it stops: one process writes it (the Slack app); several app processes on one data
 * directory would each keep their own Map — put a database table behind the port for that.
 * Keys are capped at 200 characters (Slack's are ~12–40).
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { EVENT_MEMORY_MS, type EventLedger } from '../ports/event-ledger.js';
import { readTextIfExists, replaceFile } from './small-files.js';

export interface FileEventLedgerOptions {
  dataDir: string;
  /** File name inside dataDir. Default 'events.ledger'. */
  fileName?: string;
  /** Compact when the file holds more than this many lines and twice the live ones. Default 10 000. */
  compactMinLines?: number;
}

const MAX_KEY = 200;

export async function openEventLedger(o: FileEventLedgerOptions): Promise<EventLedger> {
  await mkdir(o.dataDir, { recursive: true });
  const ledger = new FileEventLedger(join(o.dataDir, o.fileName ?? 'events.ledger'), o.compactMinLines ?? 10_000);
  await ledger.load();
  return ledger;
}

/** The keys claimed within the window, oldest first; expiry drops from the front. */
class ClaimWindow {
  readonly live = new Map<string, number>();

  /** Records `key` at `at`; false when it was claimed within the window. */
  claim(key: string, at: number): boolean {
    for (const [k, t] of this.live) {
      if (t >= at - EVENT_MEMORY_MS) break;
      this.live.delete(k);
    }
    const seen = this.live.get(key);
    if (seen !== undefined && seen >= at - EVENT_MEMORY_MS) return false;
    this.record(key, at);
    return true;
  }

  record(key: string, at: number): void {
    this.live.delete(key);
    this.live.set(key, at);
  }
}

class FileEventLedger implements EventLedger {
  readonly #window = new ClaimWindow();
  #lines = 0;
  #tail: Promise<unknown> = Promise.resolve();
  #closed = false;

  constructor(
    readonly file: string,
    readonly compactMinLines: number,
  ) {}

  async load(): Promise<void> {
    const text = await readTextIfExists(this.file);
    if (text === null) return;
    for (const line of text.split('\n')) {
      const m = /^(\d{1,15}) (\S{1,200})$/.exec(line);
      if (!m) continue;
      this.#lines += 1;
      this.#window.record(m[2]!, Number(m[1]));
    }
  }

  claim(key: string, now: Date): Promise<boolean> {
    if (this.#closed) return Promise.reject(new Error('the event ledger is closed'));
    const k = key.replace(/\s/g, '_').slice(0, MAX_KEY);
    const at = now.getTime();
    if (!this.#window.claim(k, at)) return Promise.resolve(false);
    this.#lines += 1;
    return this.#serial(async () => {
      await appendFile(this.file, `${at} ${k}\n`);
      if (this.#lines > this.compactMinLines && this.#lines > 2 * this.#window.live.size) await this.#compact();
      return true;
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#tail;
  }

  async #compact(): Promise<void> {
    let out = '';
    for (const [k, t] of this.#window.live) out += `${t} ${k}\n`;
    await replaceFile(this.file, out, join(dirname(this.file), `.events.ledger.${process.pid}.tmp`));
    this.#lines = this.#window.live.size;
  }

  #serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(job);
    this.#tail = run.catch(() => undefined);
    return run;
  }
}

/** A ledger in memory only (the console and tests, or when the data directory cannot be written). */
export function memoryEventLedger(): EventLedger {
  const window = new ClaimWindow();
  return {
    claim: async (key, now) => window.claim(key, now.getTime()),
    close: async () => {},
  };
}
