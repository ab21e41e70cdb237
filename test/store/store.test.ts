import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/adapters/lowdb-store.js';
import { AppError } from '../../src/core/errors.js';
import { client, codeOf, log, T0, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const now = () => new Date(T0);

describe('lowdb store', () => {
  it('starts an empty archive when there is no file, written compactly', async () => {
    const store = await openStore({ dataDir: dir, now });
    expect((await store.read()).clients).toEqual([]);
    const text = await readFile(join(dir, 'archive.json'), 'utf8');
    expect(text).not.toContain('\n');
    expect((JSON.parse(text) as { schemaVersion: number }).schemaVersion).toBe(1);
    await store.close();
  });

  it('keeps data across a reopen', async () => {
    const a = await openStore({ dataDir: dir, now });
    await a.update((d) => void d.clients.push(client('c1', '合肥星河科技有限公司')));
    await a.close();
    const b = await openStore({ dataDir: dir, now });
    expect((await b.read()).clients.map((c) => c.name)).toEqual(['合肥星河科技有限公司']);
    await b.close();
  });

  it('returns what fn returns, and a frozen snapshot', async () => {
    const store = await openStore({ dataDir: dir, now });
    expect(await store.update((d) => d.clients.push(client('c1', 'A公司')))).toBe(1);
    const snap = await store.read();
    expect(() => snap.clients.push(client('c2', 'B'))).toThrow(TypeError);
    await store.close();
  });

  it('keeps all of 100 concurrent updates in one process', async () => {
    const store = await openStore({ dataDir: dir, now });
    await Promise.all(Array.from({ length: 100 }, (_, i) => store.update((d) => void d.contacts.push(log(`l${i}`)))));
    expect((await store.read()).contacts).toHaveLength(100);
    await store.close();
    const again = await openStore({ dataDir: dir, now });
    expect((await again.read()).contacts).toHaveLength(100);
    await again.close();
  });

  it('keeps all writes of two stores on one file (two handles, as two processes would)', async () => {
    const a = await openStore({ dataDir: dir, now });
    const b = await openStore({ dataDir: dir, now });
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).update((d) => void d.contacts.push(log(`l${i}`)))));
    expect((await a.read()).contacts).toHaveLength(40);
    expect((await b.read()).contacts).toHaveLength(40);
    await Promise.all([a.close(), b.close()]);
  });

  it('writes nothing when fn throws, and the next update still runs', async () => {
    const store = await openStore({ dataDir: dir, now });
    await expect(
      store.update((d) => {
        d.contacts.push(log('x'));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await store.update((d) => void d.contacts.push(log('y')));
    expect((await store.read()).contacts.map((c) => c.id)).toEqual(['y']);
    await store.close();
  });

  it('refuses a draft that fails the schema → STORE_WRITE_FAILED, nothing written', async () => {
    const store = await openStore({ dataDir: dir, now });
    const before = await readFile(join(dir, 'archive.json'), 'utf8');
    const code = await codeOf(store.update((d) => void d.contacts.push({ ...log('x'), date: '2025-02-30' })));
    expect(code).toBe('STORE_WRITE_FAILED');
    expect(await readFile(join(dir, 'archive.json'), 'utf8')).toBe(before);
    await store.close();
  });

  it('leaves no temp files behind', async () => {
    const store = await openStore({ dataDir: dir, now });
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.update((d) => void d.contacts.push(log(`l${i}`)))));
    await store.close();
    expect((await readdir(dir)).sort()).toEqual(['archive.json']);
  });

  it('rejects after close', async () => {
    const store = await openStore({ dataDir: dir, now });
    await store.close();
    expect(await codeOf(store.update(() => 1))).toBe('INTERNAL');
  });

  it('gives STORE_LOCKED when another holder keeps the lock', async () => {
    const store = await openStore({ dataDir: dir, now, lockTimeoutMs: 200 });
    const release = await lockfile.lock(join(dir, 'archive.json'), { realpath: false, lockfilePath: join(dir, 'archive.json.lock') });
    try {
      expect(await codeOf(store.update(() => 1))).toBe('STORE_LOCKED');
      expect(await codeOf(openStore({ dataDir: dir, now, lockTimeoutMs: 200 }))).toBe('STORE_LOCKED');
    } finally {
      await release();
    }
    expect(await store.update(() => 'ok')).toBe('ok');
    await store.close();
  });

  it('takes over a stale lock left by a dead process', async () => {
    const store = await openStore({ dataDir: dir, now, staleMs: 2_000, lockTimeoutMs: 5_000 });
    const { mkdir, utimes } = await import('node:fs/promises');
    const lockDir = join(dir, 'archive.json.lock');
    await mkdir(lockDir);
    const old = new Date(Date.now() - 60_000);
    await utimes(lockDir, old, old);
    expect(await store.update(() => 'ok')).toBe('ok');
    await store.close();
  });

  it('sees writes made by another process on read()', async () => {
    const a = await openStore({ dataDir: dir, now });
    expect((await a.read()).contacts).toHaveLength(0);
    const b = await openStore({ dataDir: dir, now });
    await b.update((d) => void d.contacts.push(log('from-b')));
    expect((await a.read()).contacts.map((c) => c.id)).toEqual(['from-b']);
    await Promise.all([a.close(), b.close()]);
  });
});

describe('two processes', () => {
  const tsx = new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url).pathname;
  const fixture = new URL('./fixtures/append.ts', import.meta.url).pathname;
  const run = (tag: string, n: number) =>
    new Promise<void>((resolve, reject) => {
      const p = spawn(process.execPath, [tsx, fixture, dir, tag, String(n)], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      p.stderr.on('data', (c) => (err += c));
      p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`child ${tag} exited ${code}: ${err}`))));
    });

  it('keeps every append from a concurrent app and CLI', async () => {
    const init = await openStore({ dataDir: dir, now });
    await init.close();
    await Promise.all([run('a', 60), run('b', 60)]);
    const store = await openStore({ dataDir: dir, now });
    const ids = (await store.read()).contacts.map((c) => c.id);
    expect(ids).toHaveLength(120);
    expect(new Set(ids).size).toBe(120);
    await store.close();
  }, 60_000);
});

describe('corrupt file', () => {
  it.each([
    ['bad JSON', '{"schemaVersion":1,"clients":['],
    ['empty file', ''],
    ['fails the schema', JSON.stringify({ schemaVersion: 1, clients: [{ id: 'c1' }], contacts: [], visits: [], nudges: [], events: [] })],
    ['schemaVersion not a number', JSON.stringify({ schemaVersion: 'one', clients: [] })],
  ])('%s → STORE_CORRUPT, copied aside, never overwritten', async (_, text) => {
    const file = join(dir, 'archive.json');
    await writeFile(file, text);
    let error: unknown;
    try {
      await openStore({ dataDir: dir, now });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('STORE_CORRUPT');
    expect((error as AppError).message).toContain(file);
    expect(await readFile(file, 'utf8')).toBe(text);
    const aside = (await readdir(dir)).filter((f) => f.startsWith('archive.json.corrupt-'));
    expect(aside).toEqual(['archive.json.corrupt-2025-03-01T08-00-00-000Z']);
    expect(await readFile(join(dir, aside[0]!), 'utf8')).toBe(text);
    // A second attempt keeps refusing and does not replace the first copy.
    expect(await codeOf(openStore({ dataDir: dir, now }))).toBe('STORE_CORRUPT');
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it('a file broken while running: read and update refuse, copy aside once, never overwrite', async () => {
    const file = join(dir, 'archive.json');
    const store = await openStore({ dataDir: dir, now });
    await store.update((d) => void d.contacts.push(log('a')));
    await writeFile(file, '{"oops"');
    expect(await codeOf(store.read())).toBe('STORE_CORRUPT');
    expect(await codeOf(store.read())).toBe('STORE_CORRUPT');
    expect(await codeOf(store.update((d) => void d.contacts.push(log('b'))))).toBe('STORE_CORRUPT');
    expect(await readFile(file, 'utf8')).toBe('{"oops"');
    expect((await readdir(dir)).filter((f) => f.includes('.corrupt-'))).toHaveLength(1);
    await store.close();
  });

  it('refuses a file from a newer version without touching it', async () => {
    const file = join(dir, 'archive.json');
    const text = JSON.stringify({ schemaVersion: 99, clients: [] });
    await writeFile(file, text);
    expect(await codeOf(openStore({ dataDir: dir, now }))).toBe('STORE_CORRUPT');
    expect(await readFile(file, 'utf8')).toBe(text);
  });
});
