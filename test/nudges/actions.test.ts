/** The nudge action use cases: who may act, what is recorded. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/adapters/embedded-store.js';
import { createLogger } from '../../src/logger.js';

import { actorFor, type Deps } from '../../src/usecases/deps.js';
import { dismissNudgeUseCase, snoozeNudgeUseCase, visitFormUseCase } from '../../src/usecases/nudge-actions.js';
import { saveVisitUseCase } from '../../src/usecases/visit.js';
import { client } from './helpers.js';

let store: EmbeddedStore;
let deps: Deps;
beforeAll(async () => {
  store = await openEmbeddedStore({ dataDir: mkdtempSync(join(tmpdir(), 'gd-nudge-act-')) });
  await store.update((d) => void d.clients.push(client('c1', { owner: 'U0AAA' })));
  // 2026-11-30 16:30 UTC = 2026-12-01 00:30 in Shanghai
  deps = { now: () => new Date('2026-11-30T16:30:00Z'), logger: createLogger('error', () => {}), adminUserIds: ['U0ADMIN'], store, tz: 'Asia/Shanghai' };
});
afterAll(async () => store.close());

const as = (user: string) => actorFor(deps, user, 'dm');

describe('who may act on a nudge', () => {
  it.each([
    ['U0AAA', 'dormant:c1:2026-11-26', 'nudge.snoozed'],
    ['U0ADMIN', 'dormant:c1:2026-11-26', 'nudge.snoozed'],
    ['U0BBB', 'dormant:c1:2026-11-26', 'nudge.forbidden'],
    ['U0AAA', 'dormant:c9:2026-11-26', 'nudge.unknown'],
    ['U0AAA', 'run:2026-12-01', 'nudge.unknown'],
  ])('%s snoozing %s → %s', async (user, key, want) => {
    expect((await snoozeNudgeUseCase(deps, { key, actor: as(user) })).key).toBe(want);
  });

  it('snooze: until today (in Shanghai) + 7 days', async () => {
    const r = await snoozeNudgeUseCase(deps, { key: 'due:c1:2026-12-31:ahead', actor: as('U0AAA') });
    expect(r.vars.until).toBe('2026-12-08');
  });

  it('dismiss records the occurrence', async () => {
    const r = await dismissNudgeUseCase(deps, { key: 'due:c1:2026-12-31:ahead', actor: as('U0AAA') });
    expect(r.vars.occurrence).toBe('due:c1:2026-12-31');
    expect((await store.read()).nudges.find((l) => l.key === 'due:c1:2026-12-31')?.status).toBe('dismissed');
  });

  it.each([
    ['U0BBB', '2026-11-30', 'client.not_found'],
    ['U0AAA', '2026-12-02', 'visit.future'],
    ['U0AAA', '2026-12-01', 'visit.saved'],
  ])('%s saving the visit report opened from a nudge, dated %s → %s', async (user, date, want) => {
    const payload = { clientId: 'c1', clientName: '甲', fields: { 主要内容和达成的共识: '拜访' }, visitDate: date, nextFollowUp: '2026-12-15' };
    expect((await saveVisitUseCase(deps, as(user), payload)).key).toBe(want);
  });

  it('the form is offered to the owner with today in Shanghai', async () => {
    const r = await visitFormUseCase(deps, { key: 'dormant:c1:2026-11-26', actor: as('U0AAA') });
    expect(r.vars).toMatchObject({ clientId: 'c1', today: '2026-12-01' });
  });
});
