/**
 * Opens everything that lives in PostgreSQL when DATABASE_URL is set: one pool, the migrations
 * applied (under an advisory lock), then the archive store, the event ledger and the follow-ups
 * over that pool. `close()` waits for the archive's operations in flight, then ends the pool.
 */
import type { ArchiveStore } from '../../ports/store.js';
import type { EventLedger } from '../../ports/event-ledger.js';
import type { FollowUpStore } from '../../ports/follow-ups.js';
import { pgEventLedger } from './event-ledger.js';
import { pgFollowUps } from './follow-ups.js';
import { migrate } from './migrate.js';
import { createPool } from './pool.js';
import { pgArchiveStore } from './store.js';

export interface PgStores {
  archive: ArchiveStore;
  ledger: EventLedger;
  followUps: FollowUpStore;
  /** Migrations applied by this start (empty when the schema was up to date). */
  migrated: number[];
  close(): Promise<void>;
}

export interface OpenPgOptions {
  url: string;
  poolMax?: number;
  /** Told (without details that could hold data) when the pool drops a broken idle connection. */
  log?: (message: string, fields: Record<string, unknown>) => void;
}

export async function openPgStores(o: OpenPgOptions): Promise<PgStores> {
  const pool = createPool({ url: o.url, ...(o.poolMax ? { max: o.poolMax } : {}), onIdleError: (e) => o.log?.('database connection dropped; the pool reconnects', { code: (e as { code?: string }).code ?? 'CONNECTION' }) });
  let migrated: number[];
  try {
    migrated = await migrate(pool);
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw e;
  }
  const archive = pgArchiveStore({ pool });
  let ended = false;
  return {
    archive,
    ledger: pgEventLedger(pool),
    followUps: pgFollowUps(pool),
    migrated,
    async close() {
      if (ended) return;
      ended = true;
      await archive.close();
      await pool.end();
    },
  };
}
