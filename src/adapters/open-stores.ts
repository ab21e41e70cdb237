/**
 * Store selection, the one place: `DATABASE_URL` set → PostgreSQL (src/adapters/pg/) holds the
 * archive, the Slack event ledger and the DM follow-ups, on one pool, shared by every instance;
 * unset → the embedded files in DATA_DIR (archive, events.ledger, follow-ups.json).
 *
 * The app degrades rather than dies: an embedded archive that cannot be opened becomes
 * `unavailableStore` (client features say why); the ledger and follow-ups fall back to memory.
 * PostgreSQL down at start is not fatal either: its stores migrate at their first operation that
 * reaches the database and answer STORE_UNAVAILABLE until then. Scripts use `openArchive`, which
 * fails fast instead.
 */
import { asCodedError } from '../core/errors.js';
import type { Config } from '../config.js';
import type { AppLogger } from '../logger.js';
import type { EventLedger } from '../ports/event-ledger.js';
import type { FollowUpStore } from '../ports/follow-ups.js';
import type { ArchiveStore } from '../ports/store.js';
import { openEmbeddedStore } from './embedded-store.js';
import { memoryEventLedger, openEventLedger } from './file-event-ledger.js';
import { openFileFollowUps } from './file-follow-ups.js';
import type { LowdbStoreOptions } from './lowdb-store.js';
import { MemoryFollowUps } from './memory-follow-ups.js';
import { unavailableStore } from './unavailable-store.js';

export interface Stores {
  kind: 'embedded' | 'postgres';
  archive: ArchiveStore;
  followUps: FollowUpStore;
  /** The processed-event ledger (Slack modes only). */
  openLedger(): Promise<EventLedger>;
  /** Closes the ledger (if opened), the archive and the database pool. */
  close(): Promise<void>;
}

export async function openStores(config: Config, logger: AppLogger, onArchiveError: (err: unknown) => void = () => {}): Promise<Stores> {
  let ledger: EventLedger | undefined;
  if (config.database) {
    // Loaded only when configured: the embedded default never loads the pg driver.
    const { openPgStores } = await import('./pg/index.js');
    const pg = openPgStores({ url: config.database.url, poolMax: config.database.poolMax, log: (message, fields) => logger.event('warn', message, fields) });
    // Applied now when the database is up; otherwise at the first operation that reaches it.
    await pg.ready().then(
      (applied) => applied.length && logger.event('info', 'database migrations applied', { versions: applied.join(',') }),
      (err: unknown) => logger.event('error', 'database unavailable at start; client features answer STORE_UNAVAILABLE until it is back', { code: asCodedError(err).code }),
    );
    return {
      kind: 'postgres',
      archive: pg.archive,
      followUps: pg.followUps,
      openLedger: async () => (ledger = pg.ledger),
      close: async () => {
        await ledger?.close().catch(() => undefined);
        await pg.close();
      },
    };
  }
  let archive: ArchiveStore;
  try {
    archive = await openEmbeddedStore({ dataDir: config.dataDir, log: (message) => logger.event('warn', message) });
  } catch (err) {
    // Degrade, don't die: quotes and handbook answers work; client features report the coded error.
    logger.event('error', 'client archive unavailable', { code: asCodedError(err, 'STORE_CORRUPT').code, message: asCodedError(err).message });
    onArchiveError(err);
    archive = unavailableStore(err);
  }
  let followUps: FollowUpStore;
  try {
    followUps = await openFileFollowUps({ dataDir: config.dataDir });
  } catch (err) {
    // Pending DM questions only: kept in memory for this run instead.
    logger.event('warn', 'follow-ups file unavailable; kept in memory', { code: asCodedError(err).code });
    followUps = new MemoryFollowUps();
  }
  return {
    kind: 'embedded',
    archive,
    followUps,
    // Processed Slack event ids: their own ledger file beside the archive (src/ports/event-ledger.ts).
    openLedger: async () =>
      (ledger = await openEventLedger({ dataDir: config.dataDir }).catch((err: unknown) => {
        logger.event('warn', 'event ledger unavailable; retried events remembered in memory only', { code: asCodedError(err).code });
        return memoryEventLedger();
      })),
    close: async () => {
      await ledger?.close().catch(() => undefined);
      await archive.close();
    },
  };
}

/** The archive for a script: PostgreSQL when DATABASE_URL is set (migrated, or a coded error now), else DATA_DIR. */
export async function openArchive(config: Config, options: Partial<LowdbStoreOptions> = {}): Promise<{ archive: ArchiveStore; close(): Promise<void> }> {
  if (config.database) {
    const { openPgStores } = await import('./pg/index.js');
    const pg = openPgStores({ url: config.database.url, poolMax: config.database.poolMax });
    try {
      await pg.ready();
    } catch (err) {
      await pg.close();
      throw err;
    }
    return { archive: pg.archive, close: () => pg.close() };
  }
  const archive = await openEmbeddedStore({ dataDir: config.dataDir, log: (m) => console.error(m), ...options });
  return { archive, close: () => archive.close() };
}
