/**
 * #13 item 1: a writer whose event loop is blocked past the lock's stale time (a huge import
 * applying its rows) must not commit after another process took the lock over and confirmed
 * writes: the ownership check runs immediately before the append/rename, so the late writer
 * fails with STORE_LOCKED and writes nothing, and the other process's confirmed write stays.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/adapters/lowdb-store.js';
import { codeOf, log, T0, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const now = () => new Date(T0);
const tsx = new URL('../../node_modules/tsx/dist/esm/index.mjs', import.meta.url).href;
const fixture = new URL('./fixtures/taker.ts', import.meta.url).pathname;

describe('lock ownership is verified before every commit', () => {
  it('a writer blocked past staleMs fails with STORE_LOCKED; the write confirmed meanwhile by another process is kept', async () => {
    const staleMs = 2_000;
    const store = await openStore({ dataDir: dir, now, staleMs, lockTimeoutMs: 10_000 });
    const go = join(dir, 'go');
    const child = spawn(process.execPath, ['--import', tsx, fixture, dir, go, 'confirmed-by-app', String(staleMs)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    while (!out.includes('open\n')) {
      if (child.exitCode !== null) throw new Error(`taker exited: ${err}`);
      await new Promise((r) => setTimeout(r, 20));
    }

    const late = store.update((d) => {
      d.contacts.push(log('from-blocked-writer'));
      writeFileSync(go, '');
      const until = Date.now() + staleMs * 2;
      while (Date.now() < until); // the event loop is blocked: the lock is not refreshed
    });
    expect(await codeOf(late)).toBe('STORE_LOCKED');
    expect(await exited).toBe(0);
    expect(out).toContain('acked');

    const ids = (await store.read()).contacts.map((c) => c.id);
    expect(ids).toEqual(['confirmed-by-app']);
    // The store stays usable.
    await store.update((d) => void d.contacts.push(log('after')));
    await store.close();
    const reopened = await openStore({ dataDir: dir, now });
    expect((await reopened.read()).contacts.map((c) => c.id)).toEqual(['confirmed-by-app', 'after']);
    await reopened.close();
  }, 30_000);
});
