/** The PostgreSQL pieces against a real server: migrations, constraints, the event ledger, follow-ups, reconnect. */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import { pgEventLedger } from '../../src/adapters/pg/event-ledger.js';
import { pgFollowUps } from '../../src/adapters/pg/follow-ups.js';
import { openPgStores } from '../../src/adapters/pg/index.js';
import { migrate, migrations } from '../../src/adapters/pg/migrate.js';
import { createPool, query } from '../../src/adapters/pg/pool.js';
import { EVENT_MEMORY_MS } from '../../src/ports/event-ledger.js';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster.js';
import { freshDatabase } from '../helpers/pg.js';

let pool: pg.Pool;
beforeAll(async () => {
  pool = createPool({ url: await freshDatabase() });
  await migrate(pool);
});
afterAll(() => pool?.end());

describe('migrations', () => {
  it('apply once when several instances start at the same time (advisory lock)', async () => {
    const url = await freshDatabase();
    const pools = [1, 2, 3, 4].map(() => createPool({ url }));
    const applied = await Promise.all(pools.map((p) => migrate(p)));
    expect(applied.flat().sort()).toEqual(migrations().map((m) => m.version));
    const rows = await pools[0]!.query('SELECT version FROM schema_migrations');
    expect(rows.rowCount).toBe(migrations().length);
    expect(await migrate(pools[0]!)).toEqual([]);
    await Promise.all(pools.map((p) => p.end()));
  });

  it('refuse a database newer than the program', async () => {
    const url = await freshDatabase();
    const p = createPool({ url });
    await migrate(p);
    await p.query("INSERT INTO schema_migrations (version, name) VALUES (999, '999_future')");
    await expect(migrate(p)).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
    await p.end();
  });
});

describe('constraints make duplicates impossible', () => {
  const client = (id: string, owner: string, norm: string) =>
    query(pool, 'INSERT INTO clients (id, owner, name, name_norm, created_at, updated_at) VALUES ($1, $2, $3, $3, now(), now())', [id, owner, norm]);
  it('one normalised name per owner; another owner may have it', async () => {
    await client('c1', 'U1', '华信');
    await expect(client('c2', 'U1', '华信')).rejects.toThrow();
    await expect(client('c3', 'U2', '华信')).resolves.toBeDefined();
  });
  it('one row per nudge key and per event id', async () => {
    await query(pool, "INSERT INTO nudges (key, status, at) VALUES ('k1', 'sent', now())");
    await expect(query(pool, "INSERT INTO nudges (key, status, at) VALUES ('k1', 'sent', now())")).rejects.toThrow();
    await query(pool, "INSERT INTO processed_events (key, at) VALUES ('e1', now())");
    await expect(query(pool, "INSERT INTO processed_events (key, at) VALUES ('e1', now())")).rejects.toThrow();
  });
});

describe('event ledger', () => {
  it('a key is claimed once across instances; again after the window', async () => {
    const a = pgEventLedger(pool);
    const other = createPool({ url: (pool as unknown as { options: { connectionString: string } }).options.connectionString });
    const b = pgEventLedger(other);
    const t = new Date('2026-11-29T08:00:00Z');
    const results = await Promise.all([a.claim('Ev1', t), b.claim('Ev1', t), a.claim('Ev1', t), b.claim('Ev1', t)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await b.claim('Ev1', new Date(t.getTime() + EVENT_MEMORY_MS - 1000))).toBe(false);
    expect(await b.claim('Ev1', new Date(t.getTime() + EVENT_MEMORY_MS + 1000))).toBe(true);
    await other.end();
  });
  it('old rows are deleted', async () => {
    const l = pgEventLedger(pool);
    await l.claim('old', new Date('2020-01-01T00:00:00Z'));
    await l.claim('new', new Date('2026-11-29T00:00:00Z'));
    await expect.poll(async () => (await pool.query("SELECT 1 FROM processed_events WHERE key = 'old'")).rowCount).toBe(0);
  });
});

describe('follow-ups', () => {
  it('take returns the entry once, never another user’s', async () => {
    const f = pgFollowUps(pool);
    const p = { kind: 'quote' as const, text: '/quote 银行贷款担保', asked: ['amount'], since: 1_000 };
    await f.put('U1', p);
    expect(await f.take('U2')).toBeUndefined();
    const [x, y] = await Promise.all([f.take('U1'), f.take('U1')]);
    expect([x, y].filter(Boolean)).toEqual([p]);
  });
});

describe('connection loss', () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 60_000);
  afterAll(() => cluster?.stop());

  it('is a coded STORE_UNAVAILABLE with a Chinese message, and the pool reconnects', async () => {
    const p = createPool({ url: cluster.url, connectTimeoutMs: 1000 });
    await migrate(p);
    const ledger = pgEventLedger(p);
    expect(await ledger.claim('a', new Date())).toBe(true);
    cluster.halt();
    const err = await ledger.claim('b', new Date()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect((err as AppError).userMessage).toMatch(/数据库/);
    cluster.resume();
    expect(await ledger.claim('b', new Date())).toBe(true);
    await p.end();
  }, 60_000);

  it('a store opened while the database is down answers STORE_UNAVAILABLE, migrates and works once it is up', async () => {
    const url = await freshDatabase(cluster.url);
    cluster.halt();
    const stores = openPgStores({ url, connectTimeoutMs: 1000 });
    try {
      await expect(stores.archive.clientSummaries({ userId: 'U1', isAdmin: false })).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      await expect(stores.ledger.claim('x', new Date())).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      cluster.resume();
      expect(await stores.archive.clientSummaries({ userId: 'U1', isAdmin: false })).toEqual({ items: [] });
      expect(await stores.ready()).toEqual(migrations().map((m) => m.version));
    } finally {
      await stores.close();
    }
  }, 60_000);
});
