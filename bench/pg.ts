/**
 * PostgreSQL rows of the bench (#15 item 7): the same operations, in one run, on the embedded
 * store and on PostgreSQL (a throwaway local cluster, test/helpers/pg-cluster.ts), at 10k and
 * 100k clients: a write (a contact logged on a client), `/client list` (a manager's list) and an
 * App Home open, each through the use cases the app calls. Goal: Home open p99 ≤ 50 ms at 10k.
 * `npx tsx bench/pg.ts [10000 …]` runs it alone and prints the figures.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openEmbeddedStore } from '../src/adapters/embedded-store.js';
import { openPgStores } from '../src/adapters/pg/index.js';
import { insertClients } from '../src/adapters/pg/rows.js';
import { appDeps } from '../src/app-deps.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import type { ArchiveStore } from '../src/ports/store.js';
import { clientUseCase } from '../src/usecases/client.js';
import { homeUseCase } from '../src/usecases/home.js';
import { startPgCluster } from '../test/helpers/pg-cluster.js';
import { pct, syntheticArchive, syntheticClient } from './lib.js';

export interface StoreOpFigures {
  store: 'embedded' | 'postgres';
  n: number;
  /** p50 / p99 in ms */
  write: [number, number];
  list: [number, number];
  /** Home open, the owner's cached summary still valid (no write since the last open). */
  home: [number, number];
  /** Home open right after a write to the owner's records (the summary recomputed). */
  homeAfterWrite: [number, number];
}

const RUNS = 200;

async function timeOps(store: ArchiveStore, label: StoreOpFigures['store'], n: number): Promise<StoreOpFigures> {
  const deps = appDeps(loadConfig({}), createLogger('error'), store);
  const owner = 'U07OWNER'; // syntheticClient: 40 owners, n/40 clients each
  const actor = { userId: owner, isAdmin: false, surface: 'ephemeral' as const };
  /** p50/p99 of `fn`, each run after the untimed `before`. */
  const timed = async (fn: (i: number) => Promise<unknown>, before: (i: number) => Promise<unknown> = async () => {}): Promise<[number, number]> => {
    for (let i = 0; i < 10; i += 1) await before(-1 - i).then(() => fn(-1 - i)); // warm-up
    const xs: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      await before(i);
      const t = performance.now();
      await fn(i);
      xs.push(performance.now() - t);
    }
    return [pct(xs, 50), pct(xs, 99)];
  };
  let w = 0;
  const aWrite = () =>
    store.logContact(
      { userId: owner, isAdmin: false },
      { id: `bench-${label}-${(w += 1)}`, clientId: `c${7 + 40 * (w % Math.floor(n / 40))}`, date: '2025-03-02', note: '电话回访', by: owner },
      new Date().toISOString(),
    );
  const write = await timed(aWrite);
  const list = await timed(() => clientUseCase(deps, { text: 'list', actor }));
  const home = await timed(() => homeUseCase(deps, actor));
  const homeAfterWrite = await timed(() => homeUseCase(deps, actor), aWrite);
  return { store: label, n, write, list, home, homeAfterWrite };
}

export async function pgFigures(sizes: readonly number[] = [10_000, 100_000], log: (s: string) => void = () => {}): Promise<StoreOpFigures[]> {
  const cluster = await startPgCluster();
  const out: StoreOpFigures[] = [];
  try {
    for (const n of sizes) {
      log(`store ops: embedded at ${n} …`);
      const dir = await mkdtemp(join(tmpdir(), 'gd-bench-pg-'));
      try {
        await writeFile(join(dir, 'archive.json'), JSON.stringify(syntheticArchive(n)));
        const embedded = await openEmbeddedStore({ dataDir: dir });
        try {
          out.push(await timeOps(embedded, 'embedded', n));
        } finally {
          await embedded.close();
        }
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      log(`store ops: PostgreSQL at ${n} …`);
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query(`CREATE DATABASE bench_${n}`);
      await admin.end();
      const url = cluster.url.replace(/\/postgres$/, `/bench_${n}`);
      const stores = openPgStores({ url });
      await stores.ready();
      const seed = new pg.Pool({ connectionString: url });
      const c = await seed.connect();
      for (let i = 0; i < n; i += 5000)
        await insertClients(
          c,
          Array.from({ length: Math.min(5000, n - i) }, (_, k) => syntheticClient(i + k)),
        );
      await c.query('ANALYZE');
      c.release();
      await seed.end();
      try {
        out.push(await timeOps(stores.archive, 'postgres', n));
      } finally {
        await stores.close();
      }
    }
  } finally {
    cluster.stop();
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((x) => x > 0);
  const f = await pgFigures(sizes.length ? sizes : [10_000, 100_000], (s) => process.stderr.write(`${s}\n`));
  for (const x of f)
    console.log(
      `${x.store.padEnd(8)} n=${x.n}: write p50 ${x.write[0].toFixed(2)} p99 ${x.write[1].toFixed(2)} ms · /client list p50 ${x.list[0].toFixed(2)} p99 ${x.list[1].toFixed(2)} ms · Home p50 ${x.home[0].toFixed(2)} p99 ${x.home[1].toFixed(2)} ms · Home after a write p50 ${x.homeAfterWrite[0].toFixed(2)} p99 ${x.homeAfterWrite[1].toFixed(2)} ms`,
    );
}
