/**
 * Archive write timings: in this process, the journal store vs the old whole-file store; and
 * inside our app saturated by requests (`writesUnderLoad`, also runnable on its own:
 * `npx tsx bench/store.ts [requests]`).
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/adapters/lowdb-store.js';
import type { Archive } from '../src/core/archive/model.js';
import { openStore as openOldStore } from './baseline/old-lowdb-store.js';
import { load, SECRET, startChild, timedSlack } from './http.js';
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
const edit =
  (i: number, tag = 'b') =>
  (d: Archive) => {
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

export interface UnderLoadFigures {
  /** Each write's time, request to durable. */
  writes: number[];
  /** /quote latencies meanwhile. */
  quote: number[];
}

/**
 * Our app (bench/server.ts) with 10k clients writes to its own store every 2 ms (compaction every
 * 300 writes) while /quote is driven 10 in flight: the writes' and the replies' latencies.
 */
export async function writesUnderLoad(requests: number, t?: Awaited<ReturnType<typeof timedSlack>>): Promise<UnderLoadFigures> {
  const slack = t ?? (await timedSlack());
  return withArchive(10_000, async (dir) => {
    try {
      const env = { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.slack.apiUrl, DATA_DIR: dir, BENCH_WRITE_EVERY_MS: '2', BENCH_COMPACT_OPS: '300' };
      const busy = await startChild('bench/server.ts', env, ['--expose-gc']);
      await load(busy.url, slack, '/quote', quoteText, 50);
      busy.send('stats');
      await busy.next('rss');
      const quote = await load(busy.url, slack, '/quote', quoteText, requests);
      busy.send('stats');
      const writes = (await busy.next('rss')).writes as number[];
      busy.send('stop');
      await busy.stop();
      return { writes, quote };
    } finally {
      if (!t) await slack.slack.stop();
    }
  });
}

const quoteText = '银行贷款担保 500万 合肥 新客户 1年';

if (import.meta.url === `file://${process.argv[1]}`) {
  const { writes, quote } = await writesUnderLoad(Number(process.argv[2] ?? 400));
  const r = { writes: writes.length, p50: pct(writes, 50), p99: pct(writes, 99), quoteP50: pct(quote, 50), quoteP99: pct(quote, 99) };
  process.stdout.write(`${JSON.stringify(r)}\n`);
}
