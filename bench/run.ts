/**
 * `npm run bench [-- --quick]`: every figure of issue "Reliability, security and speed,
 * measured" against a baseline measured in the same run, with its target; prints a table and
 * rewrites BENCHMARKS.md. A few minutes on 2 cores (--quick: smaller counts, no 1M clients).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHttpApp } from '../test/helpers/app-process.js';
import { load, SECRET, startChild, timedSlack } from './http.js';
import { machine, ms, pct, syntheticArchive } from './lib.js';
import { ledgerFigures } from './ledger.js';
import { pgFigures, type StoreOpFigures } from './pg.js';
import { measureRetrieval } from './retrieval.js';
import { memoryFigures } from './memory.js';
import { writeFigures, writesUnderLoad } from './store.js';

const quick = process.argv.includes('--quick');
const N_HTTP = quick ? 100 : 400;

interface Row {
  section: string;
  what: string;
  ours: string;
  baseline: string;
  target: string;
  pass: boolean | null;
  /** Shown in BENCHMARKS.md when the row misses its target. */
  why?: string;
}
const rows: Row[] = [];
const log = (s: string) => process.stderr.write(`${s}\n`);

const quoteText = '银行贷款担保 500万 合肥 新客户 1年';
const classifyText = '净资产1200万 销售收入3500万 资产负债率60% 经营5年';

async function dataDirWith(n: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gd-bench-data-'));
  await writeFile(join(dir, 'archive.json'), JSON.stringify(syntheticArchive(n)));
  return dir;
}

// 1. /quote and /classify: our app (src/app.ts as a child) vs the bare Bolt floor.
async function http(): Promise<void> {
  log('http: floor and app …');
  const t = await timedSlack();
  const env = { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: t.slack.apiUrl, LOG_LEVEL: 'error' };
  const floor = await startChild('bench/floor.ts', env);
  const app = await startHttpApp(env, { compiled: true }); // what npm start runs
  try {
    for (const [command, text] of [
      ['/quote', quoteText],
      ['/classify', classifyText],
    ] as const) {
      await load(floor.url, t, command, text, 50);
      await load(app.url, t, command, text, 50);
      const f = await load(floor.url, t, command, text, N_HTTP);
      const o = await load(app.url, t, command, text, N_HTTP);
      const [f50, f99, o50, o99] = [pct(f, 50), pct(f, 99), pct(o, 50), pct(o, 99)];
      const f1 = await load(floor.url, t, command, text, 100, 1);
      const o1 = await load(app.url, t, command, text, 100, 1);
      rows.push({
        section: 'Slack replies',
        what: `${command} p50 (request → reply at response_url, 10 concurrent, ${N_HTTP} requests)`,
        ours: `${ms(o50)} ms`,
        baseline: `${ms(f50)} ms (bare Bolt, fixed text); ratio ${(o50 / f50).toFixed(2)}×`,
        target: '≤ 1.2× floor',
        pass: o50 <= 1.2 * f50,
        why:
          'At 10 in flight both apps are CPU-bound on 2 cores shared with the load generator and the fake Slack, so the p50 is queueing: 10 × the CPU one request costs ' +
          '(bench/ack.ts prints CPU ms per request from /proc next to the p50s). A CPU profile of the compiled app (node --cpu-prof, #17) puts most of a request in work the floor does too ' +
          '(the ack response, respond() through fetch, signature check). Ours alone, timed in-process: parse 0.05–0.07 ms, use case 0.08–0.1 ms, Block Kit 0.005–0.02 ms, ' +
          "zod 0.006 ms — about 0.2 ms. Fixed in #17: Bolt's conversation store (threw and caught an Error per request) off, word-list regexes compiled once (parse −25 %), " +
          "the logger decides the level before redacting Bolt's debug() arguments. What is left is Bolt's own per-request walk of our ~20 listeners (the floor has 2: each " +
          "listener's matcher chain runs for every request), two global middlewares (request id, dedupe) and a 1–4 KB reply body against a fixed text. " +
          'Fix: one command listener dispatching on the name, a pre-built reply skeleton; the per-request log line is already skipped below info.',
      });
      rows.push({
        section: 'Slack replies',
        what: `${command} p50 / p99, one request at a time (unloaded, for reference)`,
        ours: `${ms(pct(o1, 50))} / ${ms(pct(o1, 99))} ms`,
        baseline: `${ms(pct(f1, 50))} / ${ms(pct(f1, 99))} ms (bare Bolt)`,
        target: '—',
        pass: null,
      });
      rows.push({
        section: 'Slack replies',
        what: `${command} p99`,
        ours: `${ms(o99)} ms`,
        baseline: `${ms(f99)} ms (bare Bolt)`,
        target: '≤ 100 ms',
        pass: o99 <= 100,
        why: 'Queueing at 10 in flight on 2 cores (see the p50 row): the floor itself is near the limit; our extra CPU per request pushes the tail past it.',
      });
    }
  } finally {
    await app.stop();
    await floor.stop();
    await t.slack.stop();
  }
}

// 2. DM handbook answer, in-process (bench/retrieval.ts).
function handbook(): void {
  log('handbook …');
  const f = measureRetrieval(quick ? 2 : 5);
  rows.push({
    section: 'Handbook',
    what: `DM answer p99 (route → respond in-process over the ${f.calls / (quick ? 2 : 5)} eval questions, ${f.calls} calls; p50 ${ms(f.p50)} ms)`,
    ours: `${ms(f.p99)} ms`,
    baseline: `${ms(f.baselineP99)} ms (MiniSearch, same sections and tokenizer)`,
    target: '≤ 5 ms',
    pass: f.p99 <= 5,
    why: 'Sentence scoring and coverage walk the section texts per question; a shared VM also moves p99.',
  });
}

// 3. Nudge engine, in a child with a big heap (1M synthetic clients ≈ 2 GB).
async function nudges(): Promise<void> {
  const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
  log(`nudges ${sizes.join(', ')} …`);
  const out = await new Promise<string>((resolve, reject) => {
    const p = spawn(process.execPath, ['--max-old-space-size=8192', '--import', new URL('../node_modules/tsx/dist/esm/index.mjs', import.meta.url).href, 'bench/nudges.ts', ...sizes.map(String)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let s = '';
    p.stdout.on('data', (d: Buffer) => (s += d.toString()));
    p.on('exit', (code) => (code === 0 ? resolve(s) : reject(new Error(`bench/nudges.ts exited ${code}`))));
  });
  for (const line of out.trim().split('\n')) {
    const r = JSON.parse(line) as { n: number; engineMs: number; floorMs: number; nudges: number };
    rows.push({
      section: 'Nudges',
      what: `nudge engine over ${r.n.toLocaleString('en')} clients (pendingNudges; ${r.nudges.toLocaleString('en')} nudges)`,
      ours: `${ms(r.engineMs)} ms`,
      baseline: `${ms(r.floorMs)} ms (one pass over the array)`,
      target: r.n === 100_000 ? '≤ 1 s' : '—',
      pass: r.n === 100_000 ? r.engineMs <= 1_000 : null,
      why:
        'Before the fix a CPU profile at 100k showed date-string arithmetic ≈ 40 % and a localeCompare("zh") sort ≈ 30 %; dates are now read by char code, one Intl.DateTimeFormat per zone and one Intl.Collator serve all. ' +
        'What is left: building every nudge object and reason string (84k of them at 100k) and GC. Further: build reasons only for the nudges that are sent, keep day numbers per client.',
    });
  }
}

// 4. Archive writes, in-process.
async function writes(): Promise<void> {
  for (const n of [1_000, 10_000, 100_000]) {
    log(`archive writes at ${n} …`);
    const w = await writeFigures(n, quick ? 50 : 200, n >= 100_000 ? 2 : quick ? 3 : 8);
    rows.push({
      section: 'Archive',
      what: `one archive write at ${n.toLocaleString('en')} clients (${w.fileMB.toFixed(1)} MB) p50 / p99`,
      ours: `${ms(w.p50)} / ${ms(w.p99)} ms`,
      baseline: `old whole-file lowdb write ${ms(w.oldP50)} ms (p50); JSON.stringify alone ${ms(w.stringifyMs)} ms`,
      target: n === 10_000 ? '≤ 30 ms' : '—',
      pass: n === 10_000 ? w.p99 <= 30 : null,
      why: 'An fsync per write is the floor of a durable write on this disk; updates queued meanwhile already share one (group commit).',
    });
    rows.push({
      section: 'Archive',
      what: `… open / compaction (snapshot rewrite) at ${n.toLocaleString('en')} clients`,
      ours: `${ms(w.openMs)} / ${ms(w.compactMs)} ms`,
      baseline: '—',
      target: '—',
      pass: null,
    });
  }
}

// The store operations on PostgreSQL against the embedded store, same run (#15 item 7).
async function stores(): Promise<void> {
  const figures = await pgFigures(quick ? [10_000] : [10_000, 100_000], log);
  const f2 = (x: [number, number]) => `${ms(x[0])} / ${ms(x[1])} ms`;
  for (const pgf of figures.filter((x) => x.store === 'postgres')) {
    const emb = figures.find((x) => x.store === 'embedded' && x.n === pgf.n)!;
    const at = `at ${pgf.n.toLocaleString('en')} clients`;
    const row = (what: string, pick: (x: StoreOpFigures) => [number, number], target = '—', pass: boolean | null = null, why?: string) =>
      rows.push({
        section: 'PostgreSQL',
        what: `${what} ${at}, p50 / p99: PostgreSQL (baseline: embedded)`,
        ours: f2(pick(pgf)),
        baseline: `embedded ${f2(pick(emb))}`,
        target,
        pass,
        ...(why ? { why } : {}),
      });
    row('a write (a contact logged: one transaction)', (x) => x.write);
    row('`/client list` (a manager’s ~' + Math.round(pgf.n / 40) + ' clients)', (x) => x.list);
    row('App Home open, summary cached (no write since the last open)', (x) => x.home);
    const goal = pgf.n === 10_000;
    row(
      'App Home open right after a write (the owner’s summary recomputed)',
      (x) => x.homeAfterWrite,
      goal ? '≤ 50 ms p99, both stores' : '—',
      goal ? pgf.homeAfterWrite[1] <= 50 && emb.homeAfterWrite[1] <= 50 : null,
      'Recomputing reads the owner’s clients, logs, visits and nudge log (nudgeInputs) and validates every row against the archive schema; on a loaded 2-core VM the p99 is mostly waiting for the CPU.',
    );
  }
}

// Processed Slack events: their own ledger, bounded bytes per event (#13 item 3).
async function events(): Promise<void> {
  log('event ledger …');
  const f = await ledgerFigures(quick ? 2_000 : 20_000);
  rows.push({
    section: 'Events',
    what: `processed-event ledger after ${f.events.toLocaleString('en')} events (2 keys each): bytes added per event (max) / time per event, first vs last 500`,
    ours: `${f.maxBytesPerEvent} B / ${f.firstMs.toFixed(2)} → ${f.lastMs.toFixed(2)} ms`,
    baseline: 'old: the 24-hour id list rewritten into the archive journal per event (issue: ~220 KB a line, 0.45 → 4.8 s after 2,000 events)',
    target: '≤ 200 B per event, flat time',
    pass: f.maxBytesPerEvent <= 200 && f.lastMs <= Math.max(2, f.firstMs * 3),
  });
}

// 5. Resident memory: the app as `npm start` runs it (bench/memory.ts).
async function memory(): Promise<void> {
  log('memory …');
  const m = await memoryFigures();
  const mb = (x: number) => `${(x / 1e6).toFixed(0)} MB`;
  rows.push({
    section: 'Memory',
    what: `resident memory, our app (compiled, node dist/app.js) with 10k clients loaded, after 50 /quote and a GC (the archive adds ${((m.app10k.heap - m.emptyApp.heap) / 1e6).toFixed(0)} MB of heap)`,
    ours: mb(m.app10k.rss),
    baseline: `${mb(m.emptyNode)} empty node process; ${mb(m.emptyApp.rss)} our app with an empty archive`,
    target: '≤ 150 MB',
    pass: m.app10k.rss <= 150e6,
    why:
      'Compiled JS instead of tsx took ~35 MB off (#17). What is left, measured by importing module by module after a GC: node itself ~43 MB, zod ~16, Bolt ~26, ' +
      'the retrieval index built at import ~33 (11 MB of heap; the rest is pages kept after its build), and opening 10k clients ~35 MB of RSS for 7 MB of heap: ' +
      'V8 keeps the young generation and old-space pages grown while JSON.parse and the schema check ran. Fix: build the retrieval index smaller or from prebuilt data, ' +
      'open the archive without a whole-file parse + validate peak (parse per client); a smaller young generation (--max-semi-space-size) saves ~20 MB at a CPU cost per request.',
  });
}

// 6. /quote while writes run: our app in a child with 10k clients.
async function underWrites(): Promise<void> {
  log('quote under writes …');
  const t = await timedSlack();
  const env = (dir: string, extra: Record<string, string> = {}) => ({
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: t.slack.apiUrl,
    DATA_DIR: dir,
    ...extra,
  });
  const dirs: string[] = [];
  try {
    const dir = await dataDirWith(10_000);
    dirs.push(dir);
    const quiet = await startChild('bench/server.ts', env(dir), ['--expose-gc']);
    await load(quiet.url, t, '/quote', quoteText, 50);
    const calm = await load(quiet.url, t, '/quote', quoteText, N_HTTP);
    await quiet.stop();

    const { writes: w, quote: loaded } = await writesUnderLoad(N_HTTP, t);
    rows.push({
      section: 'Archive',
      what: `/quote p99 while archive writes run back to back in the app's process (10k clients, ${w.length} writes, compaction every 300)`,
      ours: `${ms(pct(loaded, 99))} ms (p50 ${ms(pct(loaded, 50))})`,
      baseline: `${ms(pct(calm, 99))} ms (p50 ${ms(pct(calm, 50))}) same app, no writes`,
      target: '≤ 100 ms',
      pass: pct(loaded, 99) <= 100,
      why: 'Compare with the baseline (same app, same load, no writes): at 10 in flight the app is CPU-bound before any write (see Slack replies); what the writes add is the difference.',
    });
    rows.push({
      section: 'Archive',
      what: '… those writes, p50 / p99 (lock, draft, validate, fsync; compactions included)',
      ours: `${ms(pct(w, 50))} / ${ms(pct(w, 99))} ms`,
      baseline: '—',
      target: '≤ 30 ms',
      pass: pct(w, 99) <= 30,
      why:
        'A write waits for the event loop once (its O_DSYNC journal write; the stats and the lock are synchronous, microseconds each), so in a process saturated by 10 requests in flight it takes about one loop turn behind request handling plus the sync itself. ' +
        'Unloaded, a write is a few ms (rows above). Further: the durable write in a worker thread (the loop turn would remain for the reply), or fewer requests per core.',
    });
  } finally {
    await t.slack.stop();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  }
}

const started = new Date();
const loadBefore = loadavg()[0]!;
await http();
handbook();
await nudges();
await writes();
await memory();
await underWrites();
await events();
await stores();

const m = machine();
const mark = (p: boolean | null) => (p === null ? '—' : p ? 'pass' : '**MISS**');
const table = [
  '| section | what | ours | baseline (same run) | target | result |',
  '|---|---|---:|---|---|---|',
  ...rows.map((r) => `| ${r.section} | ${r.what} | ${r.ours} | ${r.baseline} | ${r.target} | ${mark(r.pass)} |`),
].join('\n');
const misses = rows.filter((r) => r.pass === false);
const md = `# Benchmarks

Measured by \`npm run bench${quick ? ' -- --quick' : ''}\` (bench/run.ts) on ${started.toISOString().slice(0, 10)}.
Machine: ${m.cpu}, ${m.cores} cores, Node ${m.node}; load average ${loadBefore.toFixed(1)} at the start (the VM is shared:
other work on it moves the p99 figures most). Each figure is set against a baseline measured in the same run.
No model (the phraser is off); Slack is a local fake (test/helpers/fake-slack.ts).

${table}

## Misses
${misses.length ? misses.map((r) => `- **${r.what}** (${r.ours}, target ${r.target}): ${r.why ?? ''}`).join('\n') : 'None: every figure with a target meets it.'}

## How each figure is taken
- **Slack replies**: the app as \`npm start\` runs it (\`node dist/app.js\`, compiled) in HTTP mode as a child process (SLACK_API_URL → the fake), and a bare
  Bolt app (bench/floor.ts: same Bolt, \`processBeforeResponse: false\`, ack + respond() of a fixed text) as
  the floor. 10 requests in flight, signed as Slack signs; the time is request sent → the reply's POST
  arriving at the fake response_url. 50 warm-up requests each first.
- **Handbook**: the DM core path (\`answerMessage\`: route → respond) in-process over every question of
  test/eval/qa.jsonl and qa-heldout.jsonl in turn, after a warm-up round (bench/retrieval.ts); the baseline
  is MiniSearch over the same sections with the same tokenizer.
- **Nudges**: \`pendingNudges\` over synthetic archives (one contact with a birthday and one guarantee per
  client), median of runs, in a child with an 8 GB heap; the floor reads each client once.
- **Archive writes**: \`store.update\` editing a client and appending a contact log (as a visit does), on an
  archive of synthetic clients, after 20 warm-up writes; the baseline is the previous adapter
  (bench/baseline/old-lowdb-store.ts: parse + validate + rewrite the whole file per update).
  Compaction is timed as \`close()\`, which folds the journal into a new snapshot.
- **Under writes**: the app (bench/server.ts, wired as src/app.ts wires it) with 10k clients writes to its
  own store every 2 ms while /quote is driven; compaction every 300 writes so several run meanwhile.
- **Memory**: RSS of the app as \`npm start\` runs it (\`node dist/app.js\`, HTTP mode; bench/memory.ts) with 10k clients, after 50 /quote and a forced GC, against an empty \`node\` process.
`;
await writeFile(new URL('../BENCHMARKS.md', import.meta.url), md);
process.stdout.write(`\n${table}\n\n${misses.length} miss(es). BENCHMARKS.md rewritten.\n`);
process.exit(0);
