/**
 * The Slack-replies piece of `npm run bench` alone: /quote and /classify p50 at 10 in flight,
 * our app as `npm start` runs it (compiled) against the bare-Bolt floor, in alternating rounds so
 * that other load on the shared VM hits both alike. `tsx bench/ack.ts [N] [--tsx]` prints JSON.
 * BENCH_NODE_FLAGS adds node flags to our app (to try V8 settings); BENCH_CPU_PROF=DIR writes a
 * CPU profile of our app (node --cpu-prof) there.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startHttpApp } from '../test/helpers/app-process.js';
import { load, SECRET, startChild, timedSlack } from './http.js';
import { pct } from './lib.js';

export const QUOTE_TEXT = '银行贷款担保 500万 合肥 新客户 1年';
export const CLASSIFY_TEXT = '净资产1200万 销售收入3500万 资产负债率60% 经营5年';

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (100/s)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 400);
  const t = await timedSlack();
  const env = { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: t.slack.apiUrl, LOG_LEVEL: 'error' };
  const prof = process.env.BENCH_CPU_PROF;
  const nodeArgs = [...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []), ...(prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : [])];
  const floor = await startChild('bench/floor.ts', env);
  const app = await startHttpApp(env, { compiled: !process.argv.includes('--tsx'), nodeArgs });
  const out: Record<string, unknown> = {};
  try {
    for (const [command, text] of [
      ['/quote', QUOTE_TEXT],
      ['/classify', CLASSIFY_TEXT],
    ] as const) {
      await load(floor.url, t, command, text, 50);
      await load(app.url, t, command, text, 50);
      const f: number[] = [];
      const o: number[] = [];
      let fCpu = 0;
      let oCpu = 0;
      for (let round = 0; round < 4; round++) {
        let c = cpuMs(floor.proc.pid!);
        f.push(...(await load(floor.url, t, command, text, n / 4)));
        fCpu += cpuMs(floor.proc.pid!) - c;
        c = cpuMs(app.child.pid!);
        o.push(...(await load(app.url, t, command, text, n / 4)));
        oCpu += cpuMs(app.child.pid!) - c;
      }
      out[command] = {
        floorP50: +pct(f, 50).toFixed(2),
        appP50: +pct(o, 50).toFixed(2),
        ratio: +(pct(o, 50) / pct(f, 50)).toFixed(2),
        appP99: +pct(o, 99).toFixed(1),
        floorCpuMsPerReq: +(fCpu / n).toFixed(3),
        appCpuMsPerReq: +(oCpu / n).toFixed(3),
      };
    }
  } finally {
    await app.stop();
    await floor.stop();
    await t.slack.stop();
  }
  process.stdout.write(`${JSON.stringify(out)}\n`);
}
