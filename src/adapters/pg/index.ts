/**
 * Opens everything that lives in PostgreSQL when DATABASE_URL is set: one pool, then the archive
 * store, the event ledger and the follow-ups over it. The migrations (under an advisory lock) run
 * before the first operation of any of them, and again on the next operation if they could not
 * (the database was down at start): the app starts and answers quotes and handbook questions
 * without the database, client features say STORE_UNAVAILABLE until it is back. `ready()` waits
 * for the migrations (scripts call it to fail fast). `close()` waits for the archive's operations
 * in flight, then ends the pool.
 */
import type { ArchiveStore } from '../../ports/store.js';
import type { EventLedger } from '../../ports/event-ledger.js';
import type { FollowUpStore } from '../../ports/follow-ups.js';
import { pgEventLedger } from './event-ledger.js';
import { pgFollowUps } from './follow-ups.js';
import { migrate } from './migrate.js';
import { createPool, sqlState } from './pool.js';
import { pgArchiveStore } from './store.js';

export interface PgStores {
  archive: ArchiveStore;
  ledger: EventLedger;
  followUps: FollowUpStore;
  /** Resolves with the migrations this process applied (empty when the schema was up to date). */
  ready(): Promise<number[]>;
  close(): Promise<void>;
}

export interface OpenPgOptions {
  url: string;
  poolMax?: number;
  connectTimeoutMs?: number;
  /** Told (codes only, never data) when the pool drops a broken idle connection. */
  log?: (message: string, fields: Record<string, unknown>) => void;
}

/** `target` with each method waiting for `before()` first (close passes straight through). */
function after<T extends object>(before: () => Promise<unknown>, target: T): T {
  const out = {} as Record<string, unknown>;
  for (const [name, fn] of Object.entries(target)) {
    out[name] = name === 'close' ? fn : async (...args: unknown[]) => (await before(), (fn as (...a: unknown[]) => unknown)(...args));
  }
  return out as T;
}

export function openPgStores(o: OpenPgOptions): PgStores {
  const pool = createPool({
    url: o.url,
    ...(o.poolMax ? { max: o.poolMax } : {}),
    ...(o.connectTimeoutMs ? { connectTimeoutMs: o.connectTimeoutMs } : {}),
    onIdleError: (e) => o.log?.('database connection dropped; the pool reconnects', { code: sqlState(e) || 'CONNECTION' }),
  });
  let migrated: Promise<number[]> | undefined;
  const ready = (): Promise<number[]> => {
    migrated ??= migrate(pool).catch((e: unknown) => {
      migrated = undefined; // tried again by the next operation
      throw e;
    });
    return migrated;
  };
  const archive = pgArchiveStore({ pool });
  let ended = false;
  return {
    archive: after(ready, archive),
    ledger: after(ready, pgEventLedger(pool)),
    followUps: after(ready, pgFollowUps(pool)),
    ready,
    async close() {
      if (ended) return;
      ended = true;
      await archive.close();
      await pool.end();
    },
  };
}
