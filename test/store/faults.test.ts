/**
 * The store under faults: a writer killed with SIGKILL mid-write (50 times), a read-only data
 * directory, a full disk (an injected ENOSPC), a torn or corrupt journal. Each must leave a store
 * that opens, keeps every acknowledged write, and reports a coded error.
 */
import { execFileSync, spawn } from 'node:child_process';
import { appendFile, chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type StoreIo } from '../../src/adapters/lowdb-store.js';
import { codeOf, log, T0, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const now = () => new Date(T0);

const ids = async (d = dir): Promise<string[]> => {
  const store = await openStore({ dataDir: d, now });
  try {
    return (await store.read()).contacts.map((c) => c.id);
  } finally {
    await store.close();
  }
};

describe('a writer killed with SIGKILL', () => {
  // tsx's loader inside the writer's own node process (tsx's CLI would run it in a child,
  // which a SIGKILL of the CLI would leave running).
  const tsx = new URL('../../node_modules/tsx/dist/esm/index.mjs', import.meta.url).href;
  const fixture = new URL('./fixtures/writer.ts', import.meta.url).pathname;

  /** Starts a writer on `d`, kills it 0–150 ms after it opened; returns the acknowledged ids. */
  const killOne = (d: string, tag: string) =>
    new Promise<string[]>((resolve, reject) => {
      const p = spawn(process.execPath, ['--import', tsx, fixture, d, tag], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      let armed = false;
      p.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (!armed && out.includes('open\n')) {
          armed = true;
          setTimeout(() => p.kill('SIGKILL'), Math.random() * 150);
        }
      });
      p.stderr.on('data', (c: Buffer) => (err += c.toString()));
      p.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') return reject(new Error(`writer ${tag} exited ${code}: ${err}`));
        const acked = out.split('\n').filter((l) => /^\d+$/.test(l));
        resolve(acked.map((i) => `${tag}-${i}`));
      });
    });

  /** 25 writers one after another on one archive, each killed; checked after every kill. */
  async function lane(name: string): Promise<number> {
    const d = join(dir, name);
    await mkdir(d);
    const acked: string[] = [];
    for (let trial = 0; trial < 25; trial += 1) {
      acked.push(...(await killOne(d, `${name}${trial}`)));
      // The dead writer's lock would be taken over after staleMs (≥ 2 s, tested in store.test.ts);
      // removing it here keeps the trials quick.
      await rm(join(d, 'archive.json.lock'), { recursive: true, force: true });
      const seen = await ids(d);
      expect(new Set(seen).size).toBe(seen.length);
      const have = new Set(seen);
      expect(acked.filter((id) => !have.has(id))).toEqual([]);
    }
    return acked.length;
  }

  it('50 trials (two archives side by side): the store always opens and no acknowledged write is lost', async () => {
    const acked = await Promise.all([lane('a'), lane('b')]);
    expect(acked[0] + acked[1]).toBeGreaterThan(50);
  }, 120_000);
});

describe('a torn or corrupt journal', () => {
  it('a last line cut short (never acknowledged) is ignored on open, then cut off by the next write', async () => {
    const a = await openStore({ dataDir: dir, now, compactEveryOps: 1_000 });
    await a.update((d) => void d.contacts.push(log('kept')));
    // Simulate a crash: no close (no compaction); half a line at the end of the journal.
    const journal = join(dir, 'archive.journal.jsonl');
    await appendFile(journal, '{"seq":2,"p":[{"op":"add","path":["contacts",1],"value":{"id":"to');
    const b = await openStore({ dataDir: dir, now });
    expect((await b.read()).contacts.map((c) => c.id)).toEqual(['kept']);
    await b.update((d) => void d.contacts.push(log('next')));
    const lines = (await readFile(journal, 'utf8')).split('\n');
    expect(lines.filter(Boolean).map((l) => (JSON.parse(l) as { seq: number }).seq)).toEqual([1, 2]);
    await b.close();
    expect(await ids()).toEqual(['kept', 'next']);
  });

  it('a bad line followed by good ones → STORE_CORRUPT, journal copied aside and untouched', async () => {
    const a = await openStore({ dataDir: dir, now });
    await a.update((d) => void d.contacts.push(log('a')));
    await a.update((d) => void d.contacts.push(log('b')));
    const journal = join(dir, 'archive.journal.jsonl');
    const [l1, l2] = (await readFile(journal, 'utf8')).split('\n');
    const text = `${l1}\n{"garbage\n${l2}\n`;
    await writeFile(journal, text);
    expect(await codeOf(openStore({ dataDir: dir, now }))).toBe('STORE_CORRUPT');
    expect(await readFile(journal, 'utf8')).toBe(text);
    expect((await readdir(dir)).some((f) => f.startsWith('archive.journal.jsonl.corrupt-'))).toBe(true);
  });

  it('a journal that does not follow the snapshot (a gap) → STORE_CORRUPT', async () => {
    const a = await openStore({ dataDir: dir, now });
    await a.update((d) => void d.contacts.push(log('a')));
    const journal = join(dir, 'archive.journal.jsonl');
    const line = JSON.parse((await readFile(journal, 'utf8')).trim()) as { seq: number };
    await writeFile(journal, `${JSON.stringify({ ...line, seq: 5 })}\n`);
    expect(await codeOf(openStore({ dataDir: dir, now }))).toBe('STORE_CORRUPT');
  });
});

describe('a read-only data directory', () => {
  /** Makes `d` read-only; chmod does not stop root, so as root the immutable attribute is used. */
  async function readOnly(d: string): Promise<(() => Promise<void>) | null> {
    if (process.getuid?.() !== 0) {
      await chmod(d, 0o555);
      return () => chmod(d, 0o755);
    }
    try {
      execFileSync('chattr', ['+i', d], { stdio: 'ignore' });
      return async () => void execFileSync('chattr', ['-i', d], { stdio: 'ignore' });
    } catch {
      return null; // no chattr, or a file system without it: see the journal-path test below
    }
  }

  it('→ STORE_WRITE_FAILED, nothing half-written, the previous state intact', async () => {
    const store = await openStore({ dataDir: dir, now });
    await store.update((d) => void d.contacts.push(log('before')));
    const files = (await readdir(dir)).sort();
    const journal = await readFile(join(dir, 'archive.journal.jsonl'), 'utf8');
    const undo = await readOnly(dir);
    if (!undo) return void (await store.close());
    try {
      expect(await codeOf(store.update((d) => void d.contacts.push(log('after'))))).toBe('STORE_WRITE_FAILED');
      expect((await store.read()).contacts.map((c) => c.id)).toEqual(['before']);
    } finally {
      await undo();
    }
    expect((await readdir(dir)).sort()).toEqual(files);
    expect(await readFile(join(dir, 'archive.journal.jsonl'), 'utf8')).toBe(journal);
    await store.close();
    expect(await ids()).toEqual(['before']);
  });

  it('the journal path taken by a directory (unwritable journal, even for root) → STORE_WRITE_FAILED', async () => {
    const store = await openStore({ dataDir: dir, now });
    await mkdir(join(dir, 'archive.journal.jsonl'));
    expect(await codeOf(store.update((d) => void d.contacts.push(log('after'))))).toBe('STORE_WRITE_FAILED');
    await rm(join(dir, 'archive.journal.jsonl'), { recursive: true });
    expect((await store.read()).contacts).toEqual([]);
    await store.update((d) => void d.contacts.push(log('later')));
    await store.close();
    expect(await ids()).toEqual(['later']);
  });
});

describe('a full disk (injected ENOSPC)', () => {
  /** A disk that, when `full`, writes half of what it is given and then fails. */
  function fullDisk(): StoreIo & { full: boolean } {
    return {
      full: false,
      async write(fh, data) {
        if (!this.full) return void (await fh.writeFile(data));
        const buf = typeof data === 'string' ? Buffer.from(data) : data;
        await fh.write(buf, 0, Math.floor(buf.length / 2));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    };
  }

  it('a journal append → STORE_WRITE_FAILED, the half line cut back, the previous state intact', async () => {
    const io = fullDisk();
    const store = await openStore({ dataDir: dir, now, io });
    await store.update((d) => void d.contacts.push(log('a')));
    const journal = await readFile(join(dir, 'archive.journal.jsonl'), 'utf8');
    io.full = true;
    expect(await codeOf(store.update((d) => void d.contacts.push(log('b'))))).toBe('STORE_WRITE_FAILED');
    expect((await store.read()).contacts.map((c) => c.id)).toEqual(['a']);
    expect(await readFile(join(dir, 'archive.journal.jsonl'), 'utf8')).toBe(journal);
    expect(await ids()).toEqual(['a']);
    io.full = false;
    await store.update((d) => void d.contacts.push(log('c')));
    await store.close();
    expect(await ids()).toEqual(['a', 'c']);
  });

  it('a compaction (snapshot write) fails → the journal keeps every write; no temp file left', async () => {
    const io = fullDisk();
    const logs: string[] = [];
    const store = await openStore({ dataDir: dir, now, io, log: (m) => logs.push(m) });
    await store.update((d) => void d.contacts.push(log('a')));
    io.full = true;
    await store.close();
    expect(logs.join('\n')).toContain('compaction on close failed');
    expect((await readdir(dir)).sort()).toEqual(['archive.journal.jsonl', 'archive.json']);
    expect(await ids()).toEqual(['a']);
  });

  it('an update too big for one journal line is written as a snapshot; ENOSPC there → STORE_WRITE_FAILED, file intact', async () => {
    const io = fullDisk();
    const store = await openStore({ dataDir: dir, now, io });
    const before = await readFile(join(dir, 'archive.json'), 'utf8');
    io.full = true;
    const many = (d: { contacts: ReturnType<typeof log>[] }) => {
      for (let i = 0; i < 25_000; i += 1) d.contacts.push(log(`m${i}`));
    };
    expect(await codeOf(store.update(many))).toBe('STORE_WRITE_FAILED');
    expect(await readFile(join(dir, 'archive.json'), 'utf8')).toBe(before);
    expect((await store.read()).contacts).toEqual([]);
    io.full = false;
    await store.update(many);
    expect((await store.read()).contacts).toHaveLength(25_000);
    await store.close();
    expect((await readdir(dir)).sort()).toEqual(['archive.json']);
  });
});
