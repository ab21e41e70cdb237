/**
 * Our real app, wired as src/app.ts wires it (config → store → Bolt HTTP app), in a child of
 * run.ts, plus what the bench needs: an optional write loop on the same store in the same
 * process (BENCH_WRITE_EVERY_MS), and RSS reports. On stdin "stats\n" it prints
 * {"rss", "writes": [ms…]} and keeps running.
 */
import { loadConfig } from '../src/config.js';
import { openEmbeddedStore } from '../src/adapters/embedded-store.js';
import { appDeps } from '../src/app-deps.js';
import { createLogger } from '../src/logger.js';
import { createSlackApp } from '../src/slack/create-app.js';

const config = loadConfig(process.env, 'bench');
const logger = createLogger(config.logLevel);
const store = await openEmbeddedStore({ dataDir: config.dataDir, compactEveryOps: Number(process.env.BENCH_COMPACT_OPS ?? 1000) });
const deps = appDeps(config, logger, store);
const app = createSlackApp(config, deps, logger);
await app.start(config.port);
global.gc?.();
const writes: number[] = [];
const every = Number(process.env.BENCH_WRITE_EVERY_MS ?? 0);
let writing = every > 0;
if (writing) {
  void (async () => {
    for (let i = 0; writing; i += 1) {
      const t = performance.now();
      await store.update((d) => {
        const c = d.clients[i % d.clients.length]!;
        c.lastContact = '2025-03-01';
        d.contacts.push({ id: `w${process.pid}-${i}`, clientId: c.id, date: '2025-03-01', note: '走访记录 bench', by: c.owner });
      });
      writes.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, every));
    }
  })();
}
const clients = (await store.read()).clients.length;
process.stdout.write(`${JSON.stringify({ ready: true, clients })}\n`);
process.stdin.setEncoding('utf8');
process.stdin.on('data', (s: string) => {
  if (s.includes('stats')) {
    global.gc?.();
    process.stdout.write(`${JSON.stringify({ rss: process.memoryUsage().rss, heap: process.memoryUsage().heapUsed, writes: writes.splice(0) })}\n`);
  }
  if (s.includes('stop')) {
    writing = false;
    void app
      .stop()
      .then(() => store.close())
      .then(() => process.exit(0));
  }
});
