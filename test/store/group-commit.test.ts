/**
 * #17 item 1: group commit. Updates queued while a commit is in progress are committed together:
 * one journal write (one sync) for all of them, each resolving only once that write is durable;
 * each `fn` sees the state the earlier ones left; one that throws fails alone; a failed write
 * fails them all and leaves the previous state.
 */
import { createHook } from 'node:async_hooks';
import { cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type StoreIo } from '../../src/adapters/lowdb-store.js';
import type { Archive } from '../../src/core/archive/model.js';
import { codeOf, log, T0, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const now = () => new Date(T0);

/** Counts journal writes; fails them while `full` (half written, then ENOSPC). */
function countingIo(): StoreIo & { journalWrites: number; full: boolean } {
  return {
    journalWrites: 0,
    full: false,
    async write(fh, data, file) {
      if (file.endsWith('.journal.jsonl')) this.journalWrites += 1;
      if (!this.full) return void (await fh.writeFile(data));
      const buf = typeof data === 'string' ? Buffer.from(data) : data;
      await fh.write(buf, 0, Math.floor(buf.length / 2));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    },
  };
}

const push = (id: string) => (d: Archive) => void d.contacts.push(log(id));

describe('group commit', () => {
  it('20 updates issued together → one journal write; all durable after a crash (no close)', async () => {
    const io = countingIo();
    const store = await openStore({ dataDir: dir, now, io, compactEveryOps: 1_000 });
    await store.update(push('first'));
    io.journalWrites = 0;
    const ids = Array.from({ length: 20 }, (_, i) => `c${i}`);
    await Promise.all(ids.map((id) => store.update(push(id))));
    expect(io.journalWrites).toBe(1);
    // A crash now: the process dies without close(). What is on disk is what a new process sees.
    const copy = `${dir}-after-crash`;
    await cp(dir, copy, { recursive: true });
    await rm(join(copy, 'archive.json.lock'), { recursive: true, force: true });
    const lines = (await readFile(join(copy, 'archive.journal.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    const reopened = await openStore({ dataDir: copy, now });
    expect((await reopened.read()).contacts.map((c) => c.id)).toEqual(['first', ...ids]);
    await reopened.close();
    await rm(copy, { recursive: true, force: true });
    await store.close();
  });

  it('each fn sees what the earlier ones in the batch did, and gets its own result', async () => {
    const store = await openStore({ dataDir: dir, now });
    const results = await Promise.all(
      [1, 2, 3].map((n) =>
        store.update((d) => {
          d.contacts.push(log(`n${n}`));
          return d.contacts.map((c) => c.id);
        }),
      ),
    );
    expect(results).toEqual([['n1'], ['n1', 'n2'], ['n1', 'n2', 'n3']]);
    await store.close();
  });

  it('an fn that throws, or leaves an invalid archive, fails alone; the others are committed', async () => {
    const store = await openStore({ dataDir: dir, now });
    const outcomes = await Promise.all([
      codeOf(store.update(push('a'))),
      codeOf(
        store.update((d) => {
          d.contacts.push(log('thrown'));
          throw new Error('changed its mind');
        }),
      ),
      codeOf(store.update((d) => void d.contacts.push(log('a')))), // a duplicate id: invalid
      codeOf(store.update(push('b'))),
    ]);
    expect(outcomes).toEqual([undefined, 'not an AppError: Error: changed its mind', 'STORE_WRITE_FAILED', undefined]);
    expect((await store.read()).contacts.map((c) => c.id)).toEqual(['a', 'b']);
    await store.close();
    const reopened = await openStore({ dataDir: dir, now });
    expect((await reopened.read()).contacts.map((c) => c.id)).toEqual(['a', 'b']);
    await reopened.close();
  });

  it('a failed write (ENOSPC) fails every update of the batch; nothing of it is in memory or on disk', async () => {
    const io = countingIo();
    const store = await openStore({ dataDir: dir, now, io });
    await store.update(push('kept'));
    const journal = await readFile(join(dir, 'archive.journal.jsonl'), 'utf8');
    io.full = true;
    const count = store.update((d) => d.contacts.length); // changes nothing: not failed by the others' write
    const codes = await Promise.all(['x', 'y', 'z'].map((id) => codeOf(store.update(push(id)))));
    expect(codes).toEqual(['STORE_WRITE_FAILED', 'STORE_WRITE_FAILED', 'STORE_WRITE_FAILED']);
    expect(await count).toBe(1);
    expect((await store.read()).contacts.map((c) => c.id)).toEqual(['kept']);
    expect(await readFile(join(dir, 'archive.journal.jsonl'), 'utf8')).toBe(journal);
    io.full = false;
    await store.update(push('later'));
    await store.close();
    const reopened = await openStore({ dataDir: dir, now });
    expect((await reopened.read()).contacts.map((c) => c.id)).toEqual(['kept', 'later']);
    await reopened.close();
  });

  it('a resolved update leaves no lock behind', async () => {
    const store = await openStore({ dataDir: dir, now });
    await Promise.all([store.update(push('a')), store.update(push('b'))]);
    await expect(readFile(join(dir, 'archive.json.lock'))).rejects.toMatchObject({ code: 'ENOENT' });
    await store.close();
  });

  it('a write waits for the event loop once: one asynchronous fs request (its durable journal write)', async () => {
    // In a process saturated by requests each async fs step waits a whole loop turn behind them
    // (#17: ~15 steps, 0.3 s a write); the stats and the lock are synchronous (microseconds).
    const store = await openStore({ dataDir: dir, now, compactEveryOps: 1_000 });
    await store.update(push('warm')); // the journal exists from here on
    let requests = 0;
    const hook = createHook({
      init(_id, type) {
        if (type === 'FSREQPROMISE' || type === 'FSREQCALLBACK') requests += 1;
      },
    }).enable();
    try {
      for (let i = 0; i < 5; i += 1) await store.update(push(`w${i}`));
    } finally {
      hook.disable();
    }
    expect(requests).toBe(5);
    await store.close();
  });
});
