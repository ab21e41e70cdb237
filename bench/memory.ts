/**
 * Resident memory of the app as `npm start` runs it (node dist/app.js, HTTP mode), with an empty
 * archive and with 10k synthetic clients, after 50 /quote requests and a forced GC; against an
 * empty node process. `tsx bench/memory.ts [--tsx]` prints the figures as JSON (--tsx: the sources
 * under tsx's loader, as `npm start` ran before #17), without the rest of `npm run bench`.
 * BENCH_NODE_FLAGS adds node flags to the app (to try V8 settings such as --max-semi-space-size).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startHttpApp } from '../test/helpers/app-process.js';
import { load, SECRET, timedSlack } from './http.js';
import { syntheticArchive } from './lib.js';

/** Preloaded into the app: on SIGUSR2, a full GC, then one JSON line of memory on stdout. */
const REPORTER =
  'data:text/javascript,' + encodeURIComponent('process.on("SIGUSR2",()=>{globalThis.gc();const m=process.memoryUsage();process.stdout.write(JSON.stringify({rss:m.rss,heap:m.heapUsed})+"\\n")})');

export interface MemoryFigures {
  /** RSS of `node -e ''`. */
  emptyNode: number;
  /** RSS and heap of the app with an empty archive. */
  emptyApp: { rss: number; heap: number };
  /** RSS and heap of the app with 10k clients. */
  app10k: { rss: number; heap: number };
}

async function emptyNodeRss(): Promise<number> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['-e', 'process.stdout.write(String(process.memoryUsage().rss))'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let s = '';
    p.stdout.on('data', (d: Buffer) => (s += d.toString()));
    p.on('exit', () => resolve(Number(s)));
  });
}

async function appMemory(t: Awaited<ReturnType<typeof timedSlack>>, clients: number, compiled: boolean): Promise<{ rss: number; heap: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'gd-bench-mem-'));
  if (clients > 0) await writeFile(join(dir, 'archive.json'), JSON.stringify(syntheticArchive(clients)));
  const app = await startHttpApp(
    { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: t.slack.apiUrl, DATA_DIR: dir, LOG_LEVEL: 'error', NODE_ENV: 'production' },
    { compiled, nodeArgs: [...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []), '--expose-gc', '--import', REPORTER] },
  );
  try {
    await load(app.url, t, '/quote', '银行贷款担保 500万 合肥 新客户 1年', 50);
    const line = new Promise<{ rss: number; heap: number }>((resolve) => {
      let s = '';
      const on = (d: Buffer) => {
        s += d.toString();
        const m = /\{"rss":\d+,"heap":\d+\}/.exec(s);
        if (m) {
          app.child.stdout!.off('data', on);
          resolve(JSON.parse(m[0]) as { rss: number; heap: number });
        }
      };
      app.child.stdout!.on('data', on);
    });
    app.child.kill('SIGUSR2');
    return await line;
  } finally {
    await app.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function memoryFigures(compiled = true): Promise<MemoryFigures> {
  const t = await timedSlack();
  try {
    return { emptyNode: await emptyNodeRss(), emptyApp: await appMemory(t, 0, compiled), app10k: await appMemory(t, 10_000, compiled) };
  } finally {
    await t.slack.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const f = await memoryFigures(!process.argv.includes('--tsx'));
  const mb = (x: number) => Math.round(x / 1e6);
  process.stdout.write(`${JSON.stringify({ emptyNodeMB: mb(f.emptyNode), emptyAppMB: mb(f.emptyApp.rss), app10kMB: mb(f.app10k.rss), archiveHeapMB: mb(f.app10k.heap - f.emptyApp.heap) })}\n`);
}
