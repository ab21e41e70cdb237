/**
 * Runs the real product as a child process. Tests run the sources (`node --import tsx src/app.ts`:
 * always the code under test, no build step before the suite); `{ compiled: true }` runs what
 * `npm start` runs (`node dist/app.js`, built by scripts/build-if-stale.mjs first), as the bench
 * and test/build/compiled-start.test.ts do. Never tsx's CLI: that wrapper relays a SIGTERM and,
 * if the child has not reported it within 30 ms (a busy machine), kills it and exits 143 — which
 * would hide the app's own exit code.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** How to start the app: node's arguments, run in ROOT. */
export interface AppEntry {
  /** `node dist/app.js` (what `npm start` runs) instead of the sources under tsx's loader. */
  compiled?: boolean;
  /** node's own flags before the entry (the bench: --expose-gc). */
  nodeArgs?: string[];
}

/** node's arguments for the app; a compiled entry is built first if stale (fast when up to date). */
export function appArgs({ compiled = false, nodeArgs = [] }: AppEntry = {}): string[] {
  if (!compiled) return [...nodeArgs, '--import', 'tsx', 'src/app.ts'];
  const r = spawnSync(process.execPath, ['scripts/build-if-stale.mjs'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr.toString()}`);
  return [...nodeArgs, 'dist/app.js'];
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** A fresh, empty data directory for one app run. */
export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'gd-data-'));
}

/** A clean env: nothing from the developer's shell or .env leaks into a test run; data in a fresh temp dir. */
export function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test', DATA_DIR: tempDataDir(), ...extra };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the app to completion with `stdin` piped in (console mode). */
export function runApp(env: NodeJS.ProcessEnv, stdin = '', timeoutMs = 15_000, entry: AppEntry = {}): Promise<RunResult> {
  const args = appArgs(entry);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`app did not exit in ${timeoutMs} ms\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}

export interface RunningApp {
  url: string;
  child: ChildProcess;
  stderr: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/** Starts the app in HTTP mode and waits for GET /healthz (up to `startMs`, default 30 s: a loaded CI machine). */
export async function startHttpApp(env: Record<string, string>, { startMs = 30_000, ...entry }: AppEntry & { startMs?: number } = {}): Promise<RunningApp> {
  const port = await freePort();
  const child = spawn(process.execPath, appArgs(entry), {
    cwd: ROOT,
    env: baseEnv({ PORT: String(port), ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', () => {});
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}: ${stderr}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`app did not start: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    child,
    stderr: () => stderr,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
  };
}

export interface SpawnedApp {
  child: ChildProcess;
  stderr: () => string;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/** Starts the app (any mode) without waiting for anything; the test decides what "up" means. */
export function spawnApp(env: Record<string, string>, entry: AppEntry = {}): SpawnedApp {
  const child = spawn(process.execPath, appArgs(entry), { cwd: ROOT, env: baseEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', () => {});
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    stderr: () => stderr,
    exited,
    stop: (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
