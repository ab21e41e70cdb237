/**
 * A throwaway PostgreSQL cluster for tests, the bench and CI: `initdb` in a temp directory, a free
 * port on 127.0.0.1 only, trust auth (local and loopback only), no fsync; `stop()` stops it and
 * removes the directory. The binaries come from PATH or /usr/lib/postgresql/<newest>/bin; none →
 * a clear error (`.ci/run` installs Debian's `postgresql` first; scripts/pg-test-cluster.sh does too).
 *
 * initdb refuses to run as root: as root, every pg command runs as the `postgres` user
 * (`runuser -u postgres --`), created if missing, and the temp directory is chowned to it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './app-process.js';

export interface PgCluster {
  url: string;
  port: number;
  dir: string;
  /** Stops the server (fast shutdown); the data stays until `stop()`. */
  halt(): void;
  /** Starts it again on the same port after `halt()`. */
  resume(): void;
  /** Stops the server and removes the directory. */
  stop(): void;
}

/** The directory holding initdb/pg_ctl, or undefined. */
export function pgBinDir(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

const isRoot = () => process.getuid?.() === 0;

function ensurePostgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  if (spawnSync('id', ['postgres']).status !== 0) execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/bin/sh', 'postgres']);
  return { uid: id('-u'), gid: id('-g') };
}

/** Runs a pg binary (as `postgres` when we are root); throws with its output on failure. */
function pg(bin: string, args: string[]): void {
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', cwd: tmpdir() });
  if (r.status !== 0) throw new Error(`${bin} ${args[0] ?? ''} failed (${r.status}): ${r.stderr || r.stdout}`);
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = pgBinDir();
  if (!bin)
    throw new Error(
      "PostgreSQL binaries (initdb, pg_ctl) not found on PATH or in /usr/lib/postgresql/*/bin: install Debian's postgresql package (apt-get install -y postgresql), or set TEST_DATABASE_URL to a database the tests may use.",
    );
  const dir = mkdtempSync(join(tmpdir(), 'gd-pg-'));
  chmodSync(dir, 0o700);
  if (isRoot()) {
    const { uid, gid } = ensurePostgresUser();
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  pg(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync', '--no-instructions']);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  const start = () => pg(join(bin, 'pg_ctl'), ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', '-t', '30', 'start']);
  const halt = () => pg(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
  try {
    start();
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    halt,
    resume: start,
    stop() {
      try {
        pg(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        /* already stopped */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
