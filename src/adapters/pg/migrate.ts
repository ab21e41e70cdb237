/**
 * Versioned migrations: `migrations/NNN_name.sql`, applied in order at start, each in its own
 * transaction with its row in `schema_migrations`, all under a session advisory lock, so several
 * instances starting at once apply each migration exactly once (the others wait, then find it done).
 * A database newer than the program (a version it does not have) is refused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { AppError } from '../../core/errors.js';
import { pgError } from './pool.js';

const DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** pg_advisory_lock key: any constant shared by every instance ('gd-migrate'). */
const LOCK_KEY = 0x67645f6d;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function migrations(dir = DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f.replace(/\.sql$/, ''), sql: readFileSync(`${dir}${f}`, 'utf8') }));
}

/** Applies what is missing; resolves with the versions applied now. */
export async function migrate(pool: pg.Pool, list = migrations()): Promise<number[]> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (e) {
    throw pgError(e);
  }
  const applied: number[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
      const known = new Set(list.map((m) => m.version));
      const newer = [...done].filter((v) => !known.has(v) && v > Math.max(0, ...known));
      if (newer.length)
        throw new AppError(
          'STORE_CORRUPT',
          `the database has schema version ${Math.max(...newer)}, newer than this program knows (${Math.max(0, ...known)}): upgrade the program`,
          '客户档案数据库的版本比程序新，请升级担保助手。',
        );
      for (const m of list) {
        if (done.has(m.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
          await client.query('COMMIT');
        } catch (e) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw e;
        }
        applied.push(m.version);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    }
    return applied;
  } catch (e) {
    throw pgError(e);
  } finally {
    client.release();
  }
}
