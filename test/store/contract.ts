/**
 * The ArchiveStore contract (src/ports/store.ts), as one suite every adapter runs:
 *   archiveStoreContract('embedded', async () => ({ store: await openEmbeddedStore({ dataDir }) , reopen }))
 * test/store/contract-embedded.test.ts (the lowdb engine on disk), contract-memory.test.ts (the
 * in-memory engine of test/helpers/memory-store.ts) and the PostgreSQL adapter's test run it.
 * Only port operations are used, so the suite holds for any implementation; each test starts
 * from an empty store of its own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ClientRow as ImportRow } from '../../src/core/archive/import-rows.js';
import type { Client, ContactLog, Visit } from '../../src/core/archive/model.js';
import { AppError } from '../../src/core/errors.js';
import type { Nudge } from '../../src/core/nudges/engine.js';
import type { ArchiveStore } from '../../src/ports/store.js';

export interface ContractSubject {
  store: ArchiveStore;
  /** Closes and opens the same data again (durability); absent when the store cannot be reopened. */
  reopen?: () => Promise<ArchiveStore>;
  /** Extra cleanup after the test (temp dirs, databases). */
  cleanup?: () => Promise<void>;
}

const T0 = '2026-11-01T00:00:00.000Z';
const AT = '2026-12-01T01:00:00.000Z';
const TODAY = '2026-12-01';
const A = { userId: 'U0AAA', isAdmin: false };
const B = { userId: 'U0BBB', isAdmin: false };
const ADMIN = { userId: 'U0ADMIN', isAdmin: true };

let seq = 0;
const uid = (p: string): string => `${p}-${(seq += 1)}-${Math.random().toString(36).slice(2, 8)}`;

export function newClient(name: string, owner = A.userId, extra: Partial<Client> = {}): Client {
  return { id: uid('c'), name, owner, figures: {}, contacts: [], guarantees: [], createdAt: T0, updatedAt: T0, ...extra };
}

const contact = (clientId: string, date: string, note = '电话沟通', by = A.userId): ContactLog => ({ id: uid('l'), clientId, date, note, by });
const visitOf = (clientId: string, date: string, extra: Partial<Visit> = {}): Visit => ({ id: uid('v'), clientId, date, author: A.userId, fields: { 会谈目标: '续保' }, ...extra });

function nudge(client: Client, key: string, occurrence = key): Nudge {
  return { key, occurrence, kind: 'dormant', clientId: client.id, clientName: client.name, owner: client.owner, date: TODAY, reason: '久未联系', vars: {}, sections: ['6'] };
}

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return e instanceof AppError ? e.code : `not an AppError: ${String(e)}`;
  }
}

async function added(store: ArchiveStore, c: Client): Promise<Client> {
  const r = await store.addClient(c);
  if (r.kind !== 'added') throw new Error(`seed ${c.name}: ${r.kind}`);
  return r.client;
}

export function archiveStoreContract(name: string, make: () => Promise<ContractSubject>): void {
  describe(`ArchiveStore contract: ${name}`, () => {
    let subject: ContractSubject | undefined;
    const open = async (): Promise<ArchiveStore> => {
      subject = await make();
      return subject.store;
    };
    afterEach(async () => {
      await subject?.store.close().catch(() => undefined);
      await subject?.cleanup?.();
      subject = undefined;
    });

    describe('clients', () => {
      it('added clients are listed, found by id, by normalized name, by prefix', async () => {
        const store = await open();
        const c = await added(store, newClient('合肥星河科技有限公司'));
        await added(store, newClient('恒达机械'));
        expect((await store.clientById(c.id))?.name).toBe('合肥星河科技有限公司');
        const page = await store.clientSummaries(A);
        expect(page.items.map((s) => s.name)).toEqual(['合肥星河科技有限公司', '恒达机械']);
        expect(page.next).toBeUndefined();
        expect(await store.findClients(A, c.id)).toMatchObject({ kind: 'found', by: 'id', client: { id: c.id } });
        expect(await store.findClients(A, '合肥星河科技')).toMatchObject({ kind: 'found', by: 'exact', client: { id: c.id } });
        expect(await store.findClients(A, '合肥星河')).toMatchObject({ kind: 'found', by: 'prefix', client: { id: c.id } });
        expect((await store.findClients(A, '不存在的公司')).kind).toBe('none');
      });

      it('the same normalized name twice for one owner → duplicate (nothing added); for another owner → added', async () => {
        const store = await open();
        const first = await added(store, newClient('合肥星河科技有限公司'));
        const dup = await store.addClient(newClient('合肥星河科技 股份有限公司'));
        expect(dup).toMatchObject({ kind: 'duplicate', existing: { id: first.id } });
        expect((await store.addClient(newClient('合肥星河科技有限公司', B.userId))).kind).toBe('added');
        expect((await store.clientSummaries(ADMIN)).items).toHaveLength(2);
      });

      it('concurrent adds of one name for one owner: exactly one is added', async () => {
        const store = await open();
        const results = await Promise.all(Array.from({ length: 12 }, (_, i) => store.addClient(newClient(i % 2 ? '合肥甲公司' : '合肥甲有限公司'))));
        expect(results.filter((r) => r.kind === 'added')).toHaveLength(1);
        expect(results.filter((r) => r.kind === 'duplicate')).toHaveLength(11);
        expect((await store.clientSummaries(A)).items).toHaveLength(1);
      });

      it('the add limit: `max` clients created since `since` → limited, nothing added', async () => {
        const store = await open();
        const limit = { since: '2026-11-30T00:00:00.000Z', max: 2 };
        const fresh = (n: string) => newClient(n, A.userId, { createdAt: '2026-12-01T00:00:00.000Z', updatedAt: '2026-12-01T00:00:00.000Z' });
        await added(store, newClient('老客户一')); // created before `since`: not counted
        expect((await store.addClient(fresh('新客户一'), limit)).kind).toBe('added');
        expect((await store.addClient(fresh('新客户二'), limit)).kind).toBe('added');
        expect((await store.addClient(fresh('新客户三'), limit)).kind).toBe('limited');
        expect((await store.addClient(fresh('别人的客户'), { ...limit, max: 0 })).kind).toBe('limited');
        expect((await store.clientSummaries(A)).items).toHaveLength(3);
      });

      it('stored text is sanitised: no mention markers, controls or bidi characters come back', async () => {
        const store = await open();
        const c = await added(store, newClient('星河\uE000U1\uE001科技\u202E\u0007'));
        const back = await store.clientById(c.id);
        expect(back?.name).toBe('星河U1科技');
        await store.logContact(A, contact(c.id, '2026-11-20', '约了<!channel>\uE000U9\uE001见面\u001b[31m'), AT);
        const card = await store.clientCard(A, c.id);
        expect(card?.contacts[0]?.note).toBe('约了<!channel>U9见面');
      });

      it('an invalid record is refused with STORE_WRITE_FAILED and nothing is written', async () => {
        const store = await open();
        const c = await added(store, newClient('甲公司'));
        expect(await codeOf(store.logContact(A, contact(c.id, '2025-02-30'), AT))).toBe('STORE_WRITE_FAILED');
        expect(await codeOf(store.addClient(newClient('', A.userId)))).toBe('STORE_WRITE_FAILED');
        expect((await store.clientCard(A, c.id))?.contacts).toEqual([]);
        expect((await store.clientById(c.id))?.lastContact).toBeUndefined();
        expect((await store.clientSummaries(A)).items).toHaveLength(1);
      });

      it('updateClient changes the fields given and stamps updatedAt; reassignAll moves a whole book', async () => {
        const store = await open();
        const c = await added(store, newClient('甲公司'));
        await added(store, newClient('乙公司'));
        const u = await store.updateClient(A, c.id, { stage: '稳定期', relationshipType: '伙伴型' }, AT);
        expect(u).toMatchObject({ stage: '稳定期', relationshipType: '伙伴型', updatedAt: AT, name: '甲公司' });
        expect(await store.clientById(c.id)).toMatchObject({ stage: '稳定期', updatedAt: AT });
        expect(await store.reassignAll(A.userId, B.userId, AT)).toEqual(['甲公司', '乙公司']);
        expect((await store.clientSummaries(A)).items).toEqual([]);
        expect((await store.clientSummaries(B)).items.map((s) => s.name)).toEqual(['甲公司', '乙公司']);
      });
    });

    describe('owner isolation', () => {
      it("a manager never sees, finds, reads or changes another manager's client; an admin does", async () => {
        const store = await open();
        const theirs = await added(store, newClient('合肥乙方科技有限公司', B.userId));
        expect((await store.clientSummaries(A)).items).toEqual([]);
        const m = await store.findClients(A, '乙方科技');
        expect(m.kind).toBe('none');
        expect(m.kind === 'none' && m.candidates).toEqual([]);
        expect(await store.findClients(A, theirs.id)).toMatchObject({ kind: 'none' });
        expect(await store.clientCard(A, theirs.id)).toBeUndefined();
        expect(await store.updateClient(A, theirs.id, { stage: '退化期' }, AT)).toBeUndefined();
        expect(await store.logContact(A, contact(theirs.id, '2026-11-20'), AT)).toBeUndefined();
        expect(await store.saveVisit(A, { visit: visitOf(theirs.id, '2026-11-20'), people: [] }, AT)).toBeUndefined();
        const after = await store.clientCard(B, theirs.id);
        expect(after?.client.stage).toBeUndefined();
        expect(after?.contacts).toEqual([]);
        expect(after?.visits).toEqual([]);
        expect((await store.findClients(ADMIN, '乙方科技')).kind).toBe('found');
        expect(await store.clientCard(ADMIN, theirs.id)).toBeDefined();
      });

      it("nudgeInputs(owner) holds that owner's records only", async () => {
        const store = await open();
        const a = await added(store, newClient('甲公司'));
        const b = await added(store, newClient('乙公司', B.userId));
        await store.logContact(A, contact(a.id, '2026-11-20'), AT);
        await store.logContact(B, contact(b.id, '2026-11-21', '电话', B.userId), AT);
        await store.saveVisit(B, { visit: visitOf(b.id, '2026-11-22'), people: [] }, AT);
        await store.claimNudges([nudge(a, `dormant:${a.id}:2026-11-26`), nudge(b, `dormant:${b.id}:2026-11-26`)], TODAY, AT);
        const inA = await store.nudgeInputs(A.userId);
        expect(inA.clients.map((c) => c.id)).toEqual([a.id]);
        expect(inA.contacts.map((l) => l.clientId)).toEqual([a.id]);
        expect(inA.visits).toEqual([]);
        expect(inA.log.map((l) => l.key)).toEqual([`dormant:${a.id}:2026-11-26`]);
        const none = await store.nudgeInputs('U0NOBODY');
        expect(none).toMatchObject({ clients: [], contacts: [], visits: [], log: [] });
      });
    });

    describe('contacts and visits', () => {
      it('a contact moves lastContact forward, never back; the card lists logs newest first', async () => {
        const store = await open();
        const c = await added(store, newClient('甲公司'));
        expect((await store.logContact(A, contact(c.id, '2026-11-20'), AT))?.lastContact).toBe('2026-11-20');
        expect((await store.logContact(A, contact(c.id, '2026-10-01'), AT))?.lastContact).toBe('2026-11-20');
        const card = await store.clientCard(A, c.id);
        expect(card?.contacts.map((l) => l.date)).toEqual(['2026-11-20', '2026-10-01']);
        expect((await store.clientSummaries(A)).items[0]?.lastActivity).toBe('2026-11-20');
      });

      it('a visit is saved with the ticked people not yet on file; lastContact moves; the card lists visits newest first', async () => {
        const store = await open();
        const c = await added(store, newClient('甲公司', A.userId, { contacts: [{ name: '王建国', role: '总经理' }] }));
        const r = await store.saveVisit(A, { visit: visitOf(c.id, '2026-11-25'), people: [{ name: '王总' }, { name: '李会计' }, { name: 'x<@U1>' }] }, AT);
        expect(r?.added).toEqual([{ name: '李会计' }]);
        expect(r?.client.contacts.map((p) => p.name)).toEqual(['王建国', '李会计']);
        expect(r?.client.lastContact).toBe('2026-11-25');
        await store.saveVisit(A, { visit: visitOf(c.id, '2026-11-28'), people: [] }, AT);
        await store.saveVisit(A, { visit: visitOf(c.id, '2026-11-01'), people: [] }, AT);
        const card = await store.clientCard(A, c.id);
        expect(card?.visits.map((v) => v.date)).toEqual(['2026-11-28', '2026-11-25', '2026-11-01']);
        expect(card?.client.contacts).toHaveLength(2);
      });

      it('concurrent writers never lose each other’s changes', async () => {
        const store = await open();
        const a = await added(store, newClient('甲公司'));
        const b = await added(store, newClient('乙公司', B.userId));
        await Promise.all([
          ...Array.from({ length: 30 }, (_, i) => store.logContact(A, contact(a.id, `2026-11-${String(1 + (i % 28)).padStart(2, '0')}`), AT)),
          ...Array.from({ length: 30 }, () => store.saveVisit(B, { visit: visitOf(b.id, '2026-11-15'), people: [] }, AT)),
          store.updateClient(A, a.id, { stage: '形成期' }, AT),
          store.addClient(newClient('丙公司')),
        ]);
        const ca = await store.clientCard(A, a.id);
        expect(ca?.contacts).toHaveLength(30);
        expect(ca?.client.stage).toBe('形成期');
        expect(ca?.client.lastContact).toBe('2026-11-28');
        expect((await store.clientCard(B, b.id))?.visits).toHaveLength(30);
        expect((await store.clientSummaries(A)).items.map((s) => s.name)).toContain('丙公司');
      });
    });

    describe('pages', () => {
      it('clientSummaries and exportClients page in the order added: every client once', async () => {
        const store = await open();
        for (let i = 0; i < 7; i += 1) await added(store, newClient(`客户${i}号`, i % 3 === 2 ? B.userId : A.userId));
        const walk = async <T>(q: (after?: string) => Promise<{ items: T[]; next?: string }>): Promise<T[][]> => {
          const pages: T[][] = [];
          let after: string | undefined;
          do {
            const p = await q(after);
            pages.push(p.items);
            after = p.next;
          } while (after !== undefined);
          return pages;
        };
        const adminPages = await walk((after) => store.clientSummaries(ADMIN, { ...(after ? { after } : {}), limit: 3 }));
        expect(adminPages.map((p) => p.length)).toEqual([3, 3, 1]);
        expect(adminPages.flat().map((s) => s.name)).toEqual(Array.from({ length: 7 }, (_, i) => `客户${i}号`));
        const mine = await walk((after) => store.clientSummaries(A, { ...(after ? { after } : {}), limit: 2 }));
        expect(mine.flat().map((s) => s.name)).toEqual(['客户0号', '客户1号', '客户3号', '客户4号', '客户6号']);
        const exported = await walk((after) => store.exportClients({}, { ...(after ? { after } : {}), limit: 4 }));
        expect(exported.flat().map((c) => c.name)).toHaveLength(7);
        expect(new Set(exported.flat().map((c) => c.id)).size).toBe(7);
        const ofB = await walk((after) => store.exportClients({ owner: B.userId }, { ...(after ? { after } : {}), limit: 1 }));
        expect(ofB.flat().map((c) => c.name)).toEqual(['客户2号', '客户5号']);
      });

      it('exportVisits: newest first (the later saved first on one day), with the client’s name and owner; by owner', async () => {
        const store = await open();
        const a = await added(store, newClient('甲公司'));
        const b = await added(store, newClient('乙公司', B.userId));
        const v1 = visitOf(a.id, '2026-11-10');
        const v2 = visitOf(b.id, '2026-11-20');
        const v3 = visitOf(a.id, '2026-11-10');
        for (const [v, who] of [
          [v1, A],
          [v2, B],
          [v3, A],
        ] as const)
          await store.saveVisit(who, { visit: v, people: [] }, AT);
        const all = await store.exportVisits({}, { limit: 2 });
        const rest = all.next ? await store.exportVisits({}, { after: all.next, limit: 2 }) : { items: [] };
        expect([...all.items, ...rest.items].map((x) => [x.visit.id, x.clientName, x.owner])).toEqual([
          [v2.id, '乙公司', B.userId],
          [v3.id, '甲公司', A.userId],
          [v1.id, '甲公司', A.userId],
        ]);
        expect((await store.exportVisits({ owner: B.userId })).items.map((x) => x.visit.id)).toEqual([v2.id]);
      });
    });

    describe('owners and revisions', () => {
      it("owners() lists every owner with clients, sorted; an owner's revision moves with each write to that owner's records", async () => {
        const store = await open();
        const a = await added(store, newClient('甲公司'));
        await added(store, newClient('乙公司', B.userId));
        const r1 = await store.owners();
        expect(r1.map((o) => o.owner)).toEqual([A.userId, B.userId]);
        expect((await store.owners()).map((o) => o.revision)).toEqual(r1.map((o) => o.revision)); // no write, no change
        const revA = async () => (await store.owners()).find((o) => o.owner === A.userId)!.revision;
        const seen = new Set([await revA()]);
        await store.logContact(A, contact(a.id, '2026-11-20'), AT);
        seen.add(await revA());
        await store.saveVisit(A, { visit: visitOf(a.id, '2026-11-21'), people: [] }, AT);
        seen.add(await revA());
        await store.snoozeNudge(`dormant:${a.id}:2026-11-26`, '2026-12-08', AT);
        seen.add(await revA());
        await store.updateClient(A, a.id, { stage: '形成期' }, AT);
        seen.add(await revA());
        expect(seen.size).toBe(5);
      });
    });

    describe('nudges', () => {
      it('a claim is made once: concurrent claimers of the same nudges get each exactly once', async () => {
        const store = await open();
        const c = await added(store, newClient('甲公司'));
        const ns = Array.from({ length: 6 }, (_, i) => nudge(c, `dormant:${c.id}:2026-11-${10 + i}`));
        const runs = await Promise.all(Array.from({ length: 5 }, () => store.claimNudges(ns, TODAY, AT)));
        const keys = runs.flat().map((n) => n.key);
        expect(keys.sort()).toEqual(ns.map((n) => n.key).sort());
        expect(await store.claimNudges(ns, TODAY, AT)).toEqual([]);
        expect((await store.nudgeInputs(A.userId)).log.every((l) => l.status === 'sent')).toBe(true);
      });

      it('failed → claimable again; a snooze or dismissal is not released by markNudgesFailed', async () => {
        const store = await open();
        const c = await added(store, newClient('甲公司'));
        const n1 = nudge(c, `due:${c.id}:2026-12-31:ahead`, `due:${c.id}:2026-12-31`);
        const n2 = nudge(c, `dormant:${c.id}:2026-11-26`);
        expect(await store.claimNudges([n1, n2], TODAY, AT)).toHaveLength(2);
        await store.snoozeNudge(n2.key, '2026-12-08', AT);
        await store.markNudgesFailed([n1.key, n2.key], AT);
        const log = new Map((await store.nudgeInputs(A.userId)).log.map((l) => [l.key, l]));
        expect(log.get(n1.key)?.status).toBe('failed');
        expect(log.get(n2.key)).toMatchObject({ status: 'snoozed', until: '2026-12-08' });
        expect((await store.claimNudges([n1, n2], TODAY, AT)).map((n) => n.key)).toEqual([n1.key]); // snoozed past today
        expect((await store.claimNudges([n2], '2026-12-08', AT)).map((n) => n.key)).toEqual([n2.key]); // the snooze is over
      });

      it('a dismissed occurrence holds back its reminders', async () => {
        const store = await open();
        const c = await added(store, newClient('甲公司'));
        const ahead = nudge(c, `due:${c.id}:2026-12-31:ahead`, `due:${c.id}:2026-12-31`);
        await store.dismissNudge(ahead.occurrence, AT);
        expect(await store.claimNudges([ahead, nudge(c, ahead.occurrence)], TODAY, AT)).toEqual([]);
      });

      it('the run record, and pruning the log by retention', async () => {
        const store = await open();
        const c = await added(store, newClient('甲公司'));
        expect(await store.hasRun(TODAY)).toBe(false);
        await store.recordRun(TODAY, AT);
        await store.recordRun(TODAY, AT);
        expect(await store.hasRun(TODAY)).toBe(true);
        expect(await store.hasRun('2026-12-02')).toBe(false);
        await store.claimNudges([nudge(c, `dormant:${c.id}:2025-01-01`)], '2025-01-01', '2025-01-01T01:00:00.000Z');
        await store.snoozeNudge(`dormant:${c.id}:2025-01-08`, '2027-01-01', '2025-01-08T01:00:00.000Z');
        await store.claimNudges([nudge(c, `dormant:${c.id}:2026-11-26`)], TODAY, AT);
        expect(await store.pruneNudgeLog('2025-06-01', TODAY)).toBe(1);
        expect((await store.nudgeInputs(A.userId)).log.map((l) => l.key).sort()).toEqual([`dormant:${c.id}:2025-01-08`, `dormant:${c.id}:2026-11-26`]);
        expect(await store.pruneNudgeLog('2025-06-01', TODAY)).toBe(0);
      });
    });

    describe('import', () => {
      const row = (line: number, name: string, extra: Partial<ImportRow> = {}): ImportRow => ({ line, name, figures: {}, owner: A.userId, ...extra });
      const options = () => ({ now: AT, newId: () => uid('imp') });

      it('a batch is merged by normalized name: re-importing updates, never duplicates; a dry run writes nothing', async () => {
        const store = await open();
        const dry = await store.importClients([row(2, '合肥甲公司'), row(3, '乙公司')], options(), true);
        expect(dry.imported).toBe(2);
        expect((await store.clientSummaries(ADMIN)).items).toEqual([]);
        expect((await store.importClients([row(2, '合肥甲公司'), row(3, '乙公司')], options())).imported).toBe(2);
        const again = await store.importClients([row(2, '合肥甲有限公司', { stage: '稳定期' }), row(3, '乙公司')], options());
        expect(again).toMatchObject({ imported: 0, updated: 1, unchanged: 1 });
        const all = (await store.clientSummaries(ADMIN)).items;
        expect(all.map((s) => [s.name, s.stage])).toEqual([
          ['合肥甲公司', '稳定期'],
          ['乙公司', undefined],
        ]);
      });

      it('a batch with an invalid row commits nothing of the batch', async () => {
        const store = await open();
        const bad = row(3, '乙公司', { lastContact: '2025-02-30' });
        expect(await codeOf(store.importClients([row(2, '甲公司'), bad], options()))).toBe('STORE_WRITE_FAILED');
        expect((await store.clientSummaries(ADMIN)).items).toEqual([]);
      });
    });

    describe('lifecycle', () => {
      it('writes survive closing and opening again', async () => {
        const store = await open();
        if (!subject?.reopen) return;
        const c = await added(store, newClient('甲公司'));
        await store.logContact(A, contact(c.id, '2026-11-20'), AT);
        await store.claimNudges([nudge(c, `dormant:${c.id}:2026-11-26`)], TODAY, AT);
        const again = await subject.reopen();
        subject.store = again;
        expect((await again.clientCard(A, c.id))?.contacts).toHaveLength(1);
        expect((await again.nudgeInputs(A.userId)).log).toHaveLength(1);
      });

      it('a closed store rejects every operation', async () => {
        const store = await open();
        await added(store, newClient('甲公司'));
        await store.close();
        for (const op of [store.clientSummaries(A), store.addClient(newClient('乙公司')), store.owners(), store.claimNudges([], TODAY, AT), store.nudgeInputs(A.userId)]) {
          expect(await codeOf(op)).toBe('INTERNAL');
        }
      });
    });
  });
}
