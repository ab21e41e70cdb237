/**
 * The PostgreSQL ArchiveStore against a real server: what only a database shared by instances
 * must show (two stores on two pools = two instances). The shared contract suite runs in
 * contract-pg.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyArchive } from '../../src/adapters/pg/copy.js';
import { openPgStores, type PgStores } from '../../src/adapters/pg/index.js';
import { createPool } from '../../src/adapters/pg/pool.js';
import type { Nudge } from '../../src/core/nudges/index.js';
import { freshDatabase } from '../helpers/pg.js';
import { T0, client, log } from './helpers.js';

const admin = { userId: 'UADMIN', isAdmin: true };
const owner = { userId: 'U01OWNER', isAdmin: false };
let a: PgStores;
let b: PgStores;
beforeAll(async () => {
  const url = await freshDatabase();
  [a, b] = [openPgStores({ url }), openPgStores({ url })];
  await Promise.all([a.ready(), b.ready()]);
});
afterAll(async () => {
  await a?.close();
  await b?.close();
});

const nudge = (key: string, clientId: string): Nudge => ({
  key,
  occurrence: key,
  kind: 'due',
  clientId,
  clientName: 'x',
  owner: 'U01OWNER',
  date: '2025-03-10',
  reason: 'r',
  vars: {},
  sections: ['6'],
});

describe('PostgreSQL archive shared by two instances', () => {
  it('a client added through A is found through B, exactly as written', async () => {
    const c = client('c1', '合肥华信科技有限公司', {
      industry: '制造业',
      figures: { netAssets: -5_000_000, revenue: 35_000_000, debtRatio: 62.5 },
      contacts: [{ name: '王建国', role: '总经理', phone: '13800000000', birthday: '06-18', anniversaries: [{ label: '成立日', date: '2015-06-01' }] }],
      guarantees: [
        { product: '1.1', amount: 5_000_000, start: '2025-01-01', due: '2026-01-01' },
        { product: '待补充', due: '2026-06-30' },
      ],
      createdAt: '2025-03-01T16:00:00+08:00',
    });
    expect(await a.archive.addClient(c)).toEqual({ kind: 'added', client: c });
    expect(await b.archive.clientById('c1')).toEqual(c);
    const found = await b.archive.findClients(owner, '华信科技');
    expect(found).toMatchObject({ kind: 'found', client: { id: 'c1' } });
  });

  it('two concurrent adds of one normalised name: one added, one duplicate', async () => {
    const results = await Promise.all([a.archive.addClient(client('c2', '庐阳贸易有限公司')), b.archive.addClient(client('c3', '庐阳贸易 公司'))]);
    expect(results.map((r) => r.kind).sort()).toEqual(['added', 'duplicate']);
    expect((await a.archive.clientSummaries(admin)).items.filter((s) => s.name.startsWith('庐阳贸易'))).toHaveLength(1);
    // Another manager may hold the same name.
    expect((await a.archive.addClient(client('c4', '庐阳贸易有限公司', { owner: 'U02OTHER' }))).kind).toBe('added');
  });

  it('an existing id is never overwritten by an add', async () => {
    await expect(a.archive.addClient(client('c1', '另一个公司'))).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
    expect((await a.archive.clientById('c1'))?.name).toBe('合肥华信科技有限公司');
  });

  it('a manager never sees another manager’s client', async () => {
    expect(await a.archive.clientCard({ userId: 'U02OTHER', isAdmin: false }, 'c1')).toBeUndefined();
    expect(await a.archive.logContact({ userId: 'U02OTHER', isAdmin: false }, log('l0', 'c1'), T0)).toBeUndefined();
    expect((await a.archive.clientSummaries({ userId: 'U02OTHER', isAdmin: false })).items.map((s) => s.id)).toEqual(['c4']);
  });

  it('concurrent contacts on one client through both instances are all kept; lastContact moves forward only', async () => {
    const logs = Array.from({ length: 20 }, (_, i) => ({ ...log(`l${i + 1}`, 'c1'), date: `2025-03-${String(i + 1).padStart(2, '0')}` }));
    await Promise.all(logs.map((l, i) => (i % 2 ? a : b).archive.logContact(owner, l, T0)));
    const card = await a.archive.clientCard(owner, 'c1');
    expect(card?.contacts).toHaveLength(20);
    expect(card?.contacts[0]?.date).toBe('2025-03-20');
    expect(card?.client.lastContact).toBe('2025-03-20');
    const summary = (await b.archive.clientSummaries(owner)).items.find((s) => s.id === 'c1');
    expect(summary?.lastActivity).toBe('2025-03-20');
  });

  it('a visit saves the report and the ticked people in one step', async () => {
    const r = await a.archive.saveVisit(
      owner,
      {
        visit: { id: 'v1', clientId: 'c1', date: '2025-03-25', author: 'U01OWNER', fields: { 拜访对象: '李会计', 会谈地点: '公司', 下一步工作重点及建议: '补充报表' }, nextFollowUp: '2025-04-01' },
        people: [{ name: '李会计' }, { name: '王建国' }],
      },
      T0,
    );
    expect(r?.added).toEqual([{ name: '李会计' }]);
    const card = await b.archive.clientCard(owner, 'c1');
    expect(Object.keys(card!.visits[0]!.fields)).toEqual(['拜访对象', '会谈地点', '下一步工作重点及建议']);
    expect(card!.client.contacts.map((p) => p.name)).toEqual(['王建国', '李会计']);
    expect(card!.client.lastContact).toBe('2025-03-25');
  });

  it('pages cover every client once, in the order added', async () => {
    for (let i = 0; i < 25; i += 1) await b.archive.addClient(client(`p${i}`, `分页客户${i}`));
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await a.archive.exportClients({ owner: 'U01OWNER' }, { limit: 7, ...(after ? { after } : {}) });
      seen.push(...page.items.map((c) => c.id));
      after = page.next;
    } while (after);
    expect(seen.filter((id) => id.startsWith('p'))).toEqual(Array.from({ length: 25 }, (_, i) => `p${i}`));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('a nudge claimed by any number of concurrent callers is claimed once; a failed one again once', async () => {
    const n = nudge('due:c1:2025-03-10', 'c1');
    const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).archive.claimNudges([n], '2025-03-10', T0)));
    expect(claims.flat()).toHaveLength(1);
    await a.archive.markNudgesFailed([n.key], T0);
    const again = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).archive.claimNudges([n], '2025-03-11', '2025-03-11T01:00:00.000Z')));
    expect(again.flat()).toHaveLength(1);
    await b.archive.dismissNudge(n.occurrence, T0);
    expect(await a.archive.claimNudges([n], '2025-03-12', T0)).toEqual([]);
    const inputs = await a.archive.nudgeInputs('U01OWNER');
    expect(inputs.log.map((l) => [l.key, l.status])).toEqual([[n.key, 'dismissed']]);
  });

  it('a run is recorded once; hasRun sees it from the other instance', async () => {
    await Promise.all([a.archive.recordRun('2025-03-10', T0), b.archive.recordRun('2025-03-10', T0)]);
    expect(await b.archive.hasRun('2025-03-10')).toBe(true);
    expect(await b.archive.hasRun('2025-03-11')).toBe(false);
  });

  it('owners carry a revision that changes when the owner’s data does', async () => {
    const before = (await a.archive.owners()).find((o) => o.owner === 'U01OWNER')!.revision;
    await b.archive.logContact(owner, { ...log('l99', 'c1'), date: '2025-01-01' }, T0);
    const after = (await a.archive.owners()).find((o) => o.owner === 'U01OWNER')!.revision;
    expect(after).not.toBe(before);
  });
});

describe('copyArchive (migrate-store)', () => {
  it('copies everything into an empty database, counts checked; refuses a non-empty one untouched', async () => {
    const url = await freshDatabase();
    const target = openPgStores({ url });
    await target.ready();
    const p = createPool({ url });
    try {
      const counts = await copyArchive(a.archive, p);
      const source = await a.archive.nudgeInputs('U01OWNER');
      expect(counts.clients).toBe((await a.archive.clientSummaries(admin, { limit: 10_000 })).items.length);
      expect(counts.contacts).toBeGreaterThanOrEqual(source.contacts.length);
      expect(await target.archive.nudgeInputs('U01OWNER')).toEqual(source);
      expect((await target.archive.exportClients({}, { limit: 10_000 })).items).toEqual((await a.archive.exportClients({}, { limit: 10_000 })).items);
      await expect(copyArchive(a.archive, p)).rejects.toMatchObject({ code: 'INPUT_INVALID', userMessage: expect.stringMatching(/目标数据库已有数据.*未复制任何内容/) });
      expect((await target.archive.exportClients({}, { limit: 10_000 })).items).toHaveLength(counts.clients);
    } finally {
      await p.end();
      await target.close();
    }
  });
});
