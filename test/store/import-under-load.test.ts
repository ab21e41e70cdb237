/**
 * #13 item 1, the fault suite: `npm run import` of a 300 000-row CSV (the real CLI, its own
 * process) while another process confirms a write once a second, as the app does. Every confirmed
 * write must be in the archive afterwards, the import must save every row and say so (exit 0),
 * and the app's writes must keep being confirmed while the import runs (the import never holds
 * the lock for long). `IMPORT_FAULT_ROWS` scales it down for a quick look.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/adapters/lowdb-store.js';
import { T0, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
const children: ChildProcess[] = [];
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await cleanup();
});

const ROWS = Number(process.env.IMPORT_FAULT_ROWS ?? 300_000);
const tsx = new URL('../../node_modules/tsx/dist/esm/index.mjs', import.meta.url).href;
const confirmer = new URL('./fixtures/confirmer.ts', import.meta.url).pathname;
const importCli = new URL('../../scripts/import.ts', import.meta.url).pathname;

describe('a large import while the app confirms writes', () => {
  it(`${ROWS} rows imported by the CLI; every write confirmed meanwhile is kept`, async () => {
    const data = join(dir, 'data');
    const csv = join(dir, 'clients.csv');
    const lines = ['客户名称,客户经理,行业'];
    for (let i = 0; i < ROWS; i += 1) lines.push(`导入测试客户${String(i).padStart(6, '0')},U01IMPORT,制造业`);
    await writeFile(csv, `${lines.join('\n')}\n`);
    const init = await openStore({ dataDir: data, now: () => new Date(T0) });
    await init.close();

    const app = spawn(process.execPath, ['--import', tsx, confirmer, data, 'app', '1000'], { stdio: ['pipe', 'pipe', 'pipe'] });
    children.push(app);
    let appOut = '';
    let appErr = '';
    app.stdout.on('data', (c: Buffer) => (appOut += c.toString()));
    app.stderr.on('data', (c: Buffer) => (appErr += c.toString()));
    const confirmed = (): string[] =>
      appOut
        .split('\n')
        .filter((l) => /^\d+$/.test(l))
        .map((i) => `app-${i}`);
    while (!appOut.includes('open\n')) {
      if (app.exitCode !== null) throw new Error(`app exited: ${appErr}`);
      await new Promise((r) => setTimeout(r, 50));
    }

    const started = Date.now();
    const env = { ...process.env, DATA_DIR: data, SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '', OPENAI_API_KEY: '' };
    const cli = spawn(process.execPath, ['--import', tsx, importCli, csv], { stdio: ['ignore', 'pipe', 'pipe'], env });
    children.push(cli);
    let out = '';
    let err = '';
    cli.stdout.on('data', (c: Buffer) => (out += c.toString()));
    cli.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const duringBefore = confirmed().length;
    const code = await new Promise<number | null>((r) => cli.on('exit', (c) => r(c)));
    const seconds = (Date.now() - started) / 1000;
    const during = confirmed().length - duringBefore;
    // One more confirmed write after the import, then stop the app as a crash would.
    const target = confirmed().length + 1;
    while (confirmed().length < target && app.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    app.kill('SIGKILL');
    await new Promise((r) => app.on('exit', r));

    expect(code, err.slice(-2000)).toBe(0);
    expect(out).toContain(`导入完成：共${ROWS}行，新增${ROWS}个客户`);
    expect(err).toContain('已保存');
    // The killed app may have left its lock: it is taken over once stale (10 s).
    const store = await openStore({ dataDir: data, now: () => new Date(T0), lockTimeoutMs: 30_000 });
    try {
      const a = await store.read();
      expect(a.clients).toHaveLength(ROWS);
      const have = new Set(a.contacts.map((c) => c.id));
      const acked = confirmed();
      expect(acked.filter((id) => !have.has(id))).toEqual([]);
      // The app kept confirming while the import ran: about one a second, none refused for long.
      expect(during).toBeGreaterThanOrEqual(Math.floor(seconds / 5));
      console.log(`import of ${ROWS} rows: ${seconds.toFixed(1)} s; ${during} writes confirmed meanwhile, ${appOut.split('\n').filter((l) => l.startsWith('failed')).length} refused`);
    } finally {
      await store.close();
    }
  }, 360_000);
});
