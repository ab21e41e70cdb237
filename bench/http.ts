/** Drives a Bolt app over signed HTTP and times each reply's arrival at the fake response_url. */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { FakeSlack } from '../test/helpers/fake-slack.js';
import { commandBody, signedRequest } from '../test/helpers/signing.js';
import { freePort } from '../test/helpers/app-process.js';

export const SECRET = 'bench-secret';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = new URL('../node_modules/tsx/dist/esm/index.mjs', import.meta.url).href;

export interface Child {
  url: string;
  proc: ChildProcess;
  /** The next JSON line the child prints that has `key`. */
  next: (key: string) => Promise<Record<string, unknown>>;
  send: (line: string) => void;
  stop: () => Promise<void>;
}

/** Starts `script` (relative to the repo) under tsx's loader in one node process; waits for {"ready":true}. */
export async function startChild(script: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<Child & { ready: Record<string, unknown> }> {
  const port = await freePort();
  const proc = spawn(process.execPath, [...nodeArgs, '--import', TSX, script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', PORT: String(port), LOG_LEVEL: 'error', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const waiting: Array<{ key: string; resolve: (v: Record<string, unknown>) => void }> = [];
  const lines = createInterface({ input: proc.stdout });
  lines.on('line', (line) => {
    let v: Record<string, unknown>;
    try {
      v = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return;
    }
    const i = waiting.findIndex((w) => w.key in v);
    if (i >= 0) waiting.splice(i, 1)[0]!.resolve(v);
  });
  const next = (key: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      waiting.push({ key, resolve });
      proc.once('exit', (code) => reject(new Error(`${script} exited ${code}: ${stderr}`)));
    });
  const ready = await next('ready');
  return {
    url: `http://127.0.0.1:${port}`,
    proc,
    ready,
    next,
    send: (line) => proc.stdin.write(`${line}\n`),
    stop: () =>
      new Promise((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
        setTimeout(() => proc.kill('SIGKILL'), 5_000).unref();
      }),
  };
}

/** A fake Slack whose response_url hits resolve waiters with the arrival time (performance.now). */
export async function timedSlack(): Promise<{ slack: FakeSlack; arrival: (id: string) => Promise<number> }> {
  const slack = await new FakeSlack().start();
  const waiters = new Map<string, (t: number) => void>();
  slack.on('response_url', (call) => {
    const t = performance.now();
    waiters.get(call.path.slice('/response/'.length))?.(t);
    return { body: { ok: true } };
  });
  return { slack, arrival: (id) => new Promise((resolve) => waiters.set(id, resolve)) };
}

let seq = 0;
const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/** A POST over a keep-alive connection (lighter than fetch, so the harness takes less of the 2 cores). */
function post(url: string, init: RequestInit): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: init.headers as Record<string, string> }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(init.body as string);
  });
}

/**
 * `total` signed slash commands, `concurrency` in flight; each latency is request sent → its
 * reply at the response_url. Returns the latencies in ms.
 */
export async function load(url: string, t: Awaited<ReturnType<typeof timedSlack>>, command: string, text: string, total: number, concurrency = 10): Promise<number[]> {
  const out: number[] = [];
  let left = total;
  const worker = async (): Promise<void> => {
    while (left > 0) {
      left -= 1;
      const id = `r${++seq}`;
      const body = commandBody({ command, text, response_url: t.slack.responseUrl(id) });
      const init = signedRequest({ secret: SECRET, body, contentType: 'application/x-www-form-urlencoded' });
      const arrived = t.arrival(id);
      const t0 = performance.now();
      const status = await post(`${url}/slack/events`, init);
      if (status !== 200) throw new Error(`${command}: HTTP ${status}`);
      out.push((await arrived) - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  t.slack.calls.length = 0;
  return out;
}
