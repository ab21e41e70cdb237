/** Archive write timings, in this process: the journal store vs the old whole-file store. */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/adapters/lowdb-store.js';
import type { Archive } from '../src/core/archive/model.js';
import { openStore as openOldStore } from './baseline/old-lowdb-store.js';
import { pct, syntheticArchive } from './lib.js';

export interface WriteFigures {
  n: number;
  fileMB: number;
  openMs: number;
  p50: number;
  p99: number;
  /** Compaction (whole snapshot rewrite), timed as close(). */
  compactMs: number;
  oldP50: number;
  stringifyMs: number;
}

/** One update as the app makes them: a client's lastContact, and a contact log appended. */
const edit = (i: number, tag = 'b') => (d: Archive) => {
  const c = d.clients[(i * 7919) % d.clients.length]!;
  c.lastContact = '2025-03-01';
  d.contacts.push({ id: `${tag}${i}`, clientId: c.id, date: '2025-03-01', note: '电话回访', by: c.owner });
};

async function withArchive<T>(n: number, body: (dir: string, text: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'gd-bench-'));
  try {
    const text = JSON.stringify(syntheticArchive(n));
    await writeFile(join(dir, 'archive.json'), text);
    return await body(dir, text);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function writeFigures(n: number, updates: number, oldUpdates: number): Promise<WriteFigures> {
  const ours = await withArchive(n, async (dir) => {
    let t = performance.now();
    const store = await openStore({ dataDir: dir, compactEveryOps: 1_000_000 });
    const openMs = performance.now() - t;
    for (let i = 0; i < 20; i += 1) await store.update(edit(i, 'warm')); // warm-up
    const times: number[] = [];
    for (let i = 0; i < updates; i += 1) {
      t = performance.now();
      await store.update(edit(i));
      times.push(performance.now() - t);
    }
    t = performance.now();
    await store.close();
    const compactMs = performance.now() - t;
    return { openMs, p50: pct(times, 50), p99: pct(times, 99), compactMs, fileMB: (await stat(join(dir, 'archive.json'))).size / 1e6 };
  });
  const old = await withArchive(n, async (dir, text) => {
    const store = await openOldStore({ dataDir: dir });
    const times: number[] = [];
    for (let i = 0; i < oldUpdates; i += 1) {
      const t = performance.now();
      await store.update(edit(i));
      times.push(performance.now() - t);
    }
    await store.close();
    const archive = JSON.parse(text) as unknown;
    const t = performance.now();
    JSON.stringify(archive);
    return { oldP50: pct(times, 50), stringifyMs: performance.now() - t };
  });
  return { n, ...ours, ...old };
}
