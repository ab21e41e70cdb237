/**
 * The embedded FollowUpStore (src/ports/follow-ups.ts): the pending requests in memory and in
 * `<dataDir>/follow-ups.json`, rewritten whole (temp file, fsync, rename) after each change, so
 * a restart keeps a question asked a minute ago. Entries older than the follow-up lifetime
 * (10 minutes) are dropped at load and on every put: the file holds at most the users who asked
 * something in the last 10 minutes (a few KB).
 *
 * One process writes it (the app); several app processes on one DATA_DIR would each keep their
 * own map — PostgreSQL's table serves that case. A file that cannot be read at start (not JSON,
 * wrong shape) is set aside as `follow-ups.json.bad` and the map starts empty: at worst a manager
 * retypes a request. A failed write rejects (STORE_WRITE_FAILED); the map in memory still holds
 * the change for this process.
 */
import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import { FOLLOW_UP_TTL_MS, type PendingRequest } from '../core/quote-followup.js';
import type { FollowUpStore } from '../ports/follow-ups.js';
import { readTextIfExists, replaceFile } from './small-files.js';

const Entries = z.record(z.string(), z.object({ kind: z.enum(['quote', 'classify']), text: z.string().max(10_000), asked: z.array(z.string()), since: z.number().finite() }));

export async function openFileFollowUps(o: { dataDir: string; now?: () => Date }): Promise<FileFollowUps> {
  await mkdir(o.dataDir, { recursive: true });
  const f = new FileFollowUps(join(o.dataDir, 'follow-ups.json'));
  await f.load((o.now ?? (() => new Date()))().getTime());
  return f;
}

export class FileFollowUps implements FollowUpStore {
  readonly #entries = new Map<string, PendingRequest>();
  #queue: Promise<unknown> = Promise.resolve();

  constructor(readonly file: string) {}

  async load(now: number): Promise<void> {
    const text = await readTextIfExists(this.file);
    if (text === null) return;
    let parsed;
    try {
      parsed = Entries.safeParse(JSON.parse(text) as unknown);
    } catch {
      parsed = { success: false as const };
    }
    if (!parsed.success) {
      await rename(this.file, `${this.file}.bad`).catch(() => undefined);
      return;
    }
    for (const [user, p] of Object.entries(parsed.data)) if (now - p.since <= FOLLOW_UP_TTL_MS) this.#entries.set(user, p);
  }

  async put(userId: string, pending: PendingRequest): Promise<void> {
    for (const [user, p] of this.#entries) if (pending.since - p.since > FOLLOW_UP_TTL_MS) this.#entries.delete(user);
    this.#entries.set(userId, pending);
    await this.#save();
  }

  async take(userId: string): Promise<PendingRequest | undefined> {
    const p = this.#entries.get(userId);
    if (!p) return undefined;
    this.#entries.delete(userId);
    await this.#save();
    return p;
  }

  /** Writes the map as it is when the write starts; writes go one at a time, in order. */
  #save(): Promise<void> {
    const run = this.#queue.then(async () => {
      try {
        await replaceFile(this.file, JSON.stringify(Object.fromEntries(this.#entries)));
      } catch (e) {
        throw new AppError('STORE_WRITE_FAILED', `could not write ${this.file}: ${(e as Error).message}`, '待补充的问题没有保存，请重新发送完整的问题。');
      }
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
