/**
 * The embedded store's own risks, beyond the contract (./contract.ts): its position indexes must
 * never miss a record another process moved (the nudge log's retention) — a miss would claim a
 * nudge twice — and a failed import must not leave its name index pointing at uncommitted clients.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/adapters/embedded-store.js';
import type { Nudge } from '../../src/core/nudges/engine.js';
import { newClient } from './contract.js';
import { tempDir } from './helpers.js';

const A = { userId: 'U0AAA', isAdmin: false };
const open: EmbeddedStore[] = [];
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  await cleanup?.();
});

async function two(): Promise<[EmbeddedStore, EmbeddedStore]> {
  const t = await tempDir();
  cleanup = t.cleanup;
  const a = await openEmbeddedStore({ dataDir: t.dir });
  const b = await openEmbeddedStore({ dataDir: t.dir });
  open.push(a, b);
  return [a, b];
}

const nudge = (clientId: string, key: string): Nudge => ({
  key,
  occurrence: key,
  kind: 'dormant',
  clientId,
  clientName: '甲公司',
  owner: A.userId,
  date: '2026-12-01',
  reason: '',
  vars: {},
  sections: [],
});

describe('embedded store indexes', () => {
  it('a nudge claimed by another process after it pruned the log is not claimed again here', async () => {
    const [app, cli] = await two();
    const c = (await app.addClient(newClient('甲公司'))) as { client: { id: string } };
    const id = c.client.id;
    const old = '2025-01-01T01:00:00.000Z';
    expect(await app.claimNudges([nudge(id, `dormant:${id}:2025-01-01`), nudge(id, `dormant:${id}:2025-01-08`)], '2025-01-08', old)).toHaveLength(2);
    await app.dismissNudge(`dormant:${id}:2025-01-01`, old); // this process has now indexed the log as it was
    // The CLI's run: retention drops both, then it claims two new ones (the log has the same length as before).
    expect(await cli.pruneNudgeLog('2025-06-01', '2026-12-01')).toBe(2);
    const fresh = [nudge(id, `dormant:${id}:2026-11-24`), nudge(id, `dormant:${id}:2026-12-01`)];
    expect(await cli.claimNudges(fresh, '2026-12-01', '2026-12-01T01:00:00.000Z')).toHaveLength(2);
    expect(await app.claimNudges(fresh, '2026-12-01', '2026-12-01T01:00:01.000Z')).toEqual([]);
    expect((await app.nudgeInputs(A.userId)).log.map((l) => l.status)).toEqual(['sent', 'sent']);
  });

  it('after a failed import batch, a duplicate add is still caught', async () => {
    const [app, other] = await two();
    const row = (line: number, name: string, extra = {}) => ({ line, name, figures: {}, owner: A.userId, ...extra });
    const options = {
      now: '2026-12-01T01:00:00.000Z',
      newId: (() => {
        let i = 0;
        return () => `imp-${(i += 1)}`;
      })(),
    };
    // A batch whose second row is invalid: nothing committed, though its first client was indexed in the draft.
    await expect(app.importClients([row(2, '合肥甲公司'), row(3, '乙公司', { lastContact: '2025-02-30' })], options)).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' });
    // Another process adds as many clients as the failed batch held; then this process is asked to add them again.
    expect((await other.addClient(newClient('丙公司'))).kind).toBe('added');
    expect((await other.addClient(newClient('丁公司'))).kind).toBe('added');
    expect((await app.addClient(newClient('丁公司'))).kind).toBe('duplicate');
    expect((await app.addClient(newClient('丙公司'))).kind).toBe('duplicate');
    expect((await app.addClient(newClient('合肥甲有限公司'))).kind).toBe('added');
    expect((await app.addClient(newClient('合肥甲公司'))).kind).toBe('duplicate');
  });
});
