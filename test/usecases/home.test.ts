/**
 * The App Home's figures per owner: computed once per day per owner, and recomputed after a write
 * to that owner's records — in this process or another one sharing the data (#17: Home open
 * within target at 10k clients; measured in `npm run bench`, not here).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/adapters/embedded-store.js';
import type { Client } from '../../src/core/archive/model.js';
import { createLogger } from '../../src/logger.js';
import type { ArchiveStore } from '../../src/ports/store.js';
import type { Deps } from '../../src/usecases/deps.js';
import { homeUseCase } from '../../src/usecases/home.js';
import { OwnerSummaryCache } from '../../src/usecases/owner-summary.js';
import { MemoryStore } from '../helpers/memory-store.js';

const T = '2026-01-01T00:00:00.000Z';
const client = (id: string, name: string, owner: string, extra: Partial<Client> = {}): Client => ({ id, name, owner, figures: {}, contacts: [], guarantees: [], createdAt: T, updatedAt: T, ...extra });
const A = { userId: 'U0AAA', isAdmin: false, surface: 'dm' as const };
const ADMIN = { userId: 'U0ADMIN', isAdmin: true, surface: 'dm' as const };

function seed(): MemoryStore {
  return new MemoryStore({
    schemaVersion: 1,
    clients: [
      client('a1', '甲公司', 'U0AAA', { class: 'B', lastContact: '2026-10-01' }),
      client('a2', '乙公司', 'U0AAA', { class: 'A', stage: '稳定期', lastContact: '2026-11-30' }),
      client('b1', '丙公司', 'U0BBB', { lastContact: '2026-09-01', guarantees: [{ product: 'bank_loan', amount: 5e6, due: '2026-12-20' }] }),
    ],
    contacts: [],
    visits: [],
    nudges: [],
    events: [],
  });
}

const depsOf = (store: ArchiveStore, now = '2026-12-01T02:00:00Z', cache: OwnerSummaryCache | undefined = new OwnerSummaryCache()): Deps => ({
  now: () => new Date(now),
  logger: createLogger('error', () => {}),
  adminUserIds: ['U0ADMIN'],
  store,
  tz: 'Asia/Shanghai',
  ...(cache ? { ownerSummaries: cache } : {}),
});

const opened: EmbeddedStore[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});

describe('the Home: one computation per owner per day, invalidated by that owner’s writes', () => {
  it('a repeat open reuses the summary; a contact logged for the owner’s client recomputes it', async () => {
    const store = seed();
    const deps = depsOf(store);
    const cache = deps.ownerSummaries!;
    const first = await homeUseCase(deps, A);
    expect(first).toMatchObject({ clients: 2, dormant: 1, byClass: { A: 1, B: 1 }, byStage: { 稳定期: 1, 未填: 1 } });
    expect(first.nudges.map((n) => n.key)).toEqual(['dormant:a1:2026-11-28']);
    expect(cache.computed).toBe(1);
    await homeUseCase(deps, A);
    expect(cache.computed).toBe(1);

    await store.logContact(A, { id: 'l1', clientId: 'a1', date: '2026-12-01', note: '电话', by: 'U0AAA' }, '2026-12-01T02:00:00.000Z');
    const after = await homeUseCase(deps, A);
    expect(cache.computed).toBe(2);
    expect(after.dormant).toBe(0);
    expect(after.nudges).toEqual([]);
  });

  it('a snooze (a write to the nudge log only) recomputes it too', async () => {
    const store = seed();
    const deps = depsOf(store);
    expect((await homeUseCase(deps, A)).nudges).toHaveLength(1);
    await store.snoozeNudge('dormant:a1:2026-11-28', '2026-12-08', '2026-12-01T02:00:00.000Z');
    expect((await homeUseCase(deps, A)).nudges).toEqual([]);
  });

  it('a new day recomputes it', async () => {
    const store = seed();
    const cache = new OwnerSummaryCache();
    await homeUseCase(depsOf(store, '2026-12-01T02:00:00Z', cache), A);
    await homeUseCase(depsOf(store, '2026-12-02T02:00:00Z', cache), A);
    expect(cache.computed).toBe(2);
  });

  it('a write by another process sharing DATA_DIR is seen at the next open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gd-home-'));
    const app = await openEmbeddedStore({ dataDir: dir });
    opened.push(app);
    await app.update((d) => void d.clients.push(client('a1', '甲公司', 'U0AAA', { class: 'B', lastContact: '2026-10-01' })));
    const deps = depsOf(app);
    expect((await homeUseCase(deps, A)).dormant).toBe(1);
    const cli = await openEmbeddedStore({ dataDir: dir });
    opened.push(cli);
    await cli.logContact(A, { id: 'l1', clientId: 'a1', date: '2026-12-01', note: '电话', by: 'U0AAA' }, '2026-12-01T02:00:00.000Z');
    expect((await homeUseCase(deps, A)).dormant).toBe(0);
  });

  it('cached or not, the same Home; the admin’s team totals are each owner’s own figures', async () => {
    const store = seed();
    const cached = await homeUseCase(depsOf(store), ADMIN);
    const fresh = await homeUseCase(depsOf(store, undefined, undefined), ADMIN);
    expect(cached).toEqual(fresh);
    expect(cached.team).toEqual([
      { owner: 'U0AAA', clients: 2, dormant: 1, nudges: 1 },
      { owner: 'U0BBB', clients: 1, dormant: 1, nudges: 2 },
    ]);
    const b = await homeUseCase(depsOf(store), { userId: 'U0BBB', isAdmin: false, surface: 'dm' });
    expect(b.nudges.map((n) => n.kind)).toEqual(['due', 'dormant']);
  });
});
