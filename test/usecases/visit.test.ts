/** Visit reports and preparation on a real store: draft (no model), save, access, prep. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/adapters/embedded-store.js';
import { decodePayload } from '../../src/core/visits/payload.js';
import { createLogger } from '../../src/logger.js';

import { clientUseCase } from '../../src/usecases/client.js';
import type { Actor, Deps } from '../../src/usecases/deps.js';
import { saveVisitUseCase, visitUseCase } from '../../src/usecases/visit.js';

let store: EmbeddedStore;
let deps: Deps;
const zhang: Actor = { userId: 'UZHANG', isAdmin: false, surface: 'ephemeral' };
const li: Actor = { userId: 'ULI', isAdmin: false, surface: 'ephemeral' };

beforeEach(async () => {
  store = await openEmbeddedStore({ dataDir: mkdtempSync(join(tmpdir(), 'gd-visit-')) });
  deps = { now: () => new Date('2026-11-28T02:00:00Z'), logger: createLogger('error'), adminUserIds: [], store, tz: 'Asia/Shanghai' };
  await clientUseCase(deps, { text: 'add 合肥某某科技有限公司 净资产1200万 销售收入3500万 利润300万', actor: zhang });
});
afterEach(async () => {
  await store.close();
});

const notes = '合肥某某 参加人员：王总、李会计。问题：反担保还没落实。下一步：12月5日送材料';

describe('/visit draft without a model', () => {
  it('drafts the 4.2 fields and offers 编辑并保存 carrying the draft', async () => {
    const r = await visitUseCase(deps, { text: notes, actor: zhang });
    expect(r).toMatchObject({ key: 'visit.draft', vars: { visitDate: '2026-11-28', nextFollowUp: '2026-12-05', drafted: 'notes' }, confidential: true });
    const payload = decodePayload(r.actions![0]!.value)!;
    expect(payload.fields).toMatchObject({ 参加人员: '王总、李会计', 遇到的问题: '反担保还没落实' });
  });

  it('another manager cannot draft for my client', async () => {
    expect((await visitUseCase(deps, { text: notes, actor: li })).key).toBe('client.not_found');
  });

  it('no notes → usage', async () => {
    expect((await visitUseCase(deps, { text: '合肥某某', actor: zhang })).key).toBe('usage.visit');
  });

  it('never in a channel', async () => {
    expect((await visitUseCase(deps, { text: notes, actor: { ...zhang, surface: 'channel' } })).key).toBe('privacy.dm_only');
  });
});

describe('saving a report', () => {
  it('saves the visit and counts it as a contact', async () => {
    const draft = decodePayload((await visitUseCase(deps, { text: notes, actor: zhang })).actions![0]!.value)!;
    const r = await saveVisitUseCase(deps, zhang, { ...draft, visitDate: '2026-11-27' });
    expect(r.key).toBe('visit.saved');
    const a = await store.read();
    expect(a.visits).toHaveLength(1);
    expect(a.visits[0]).toMatchObject({ date: '2026-11-27', author: 'UZHANG', nextFollowUp: '2026-12-05' });
    expect(a.clients[0]!.lastContact).toBe('2026-11-27');
  });

  it('refuses to save to a client that is not the actor’s', async () => {
    const draft = decodePayload((await visitUseCase(deps, { text: notes, actor: zhang })).actions![0]!.value)!;
    expect((await saveVisitUseCase(deps, li, draft)).key).toBe('client.not_found');
    expect((await store.read()).visits).toHaveLength(0);
  });
});

describe('/visit prep', () => {
  it('fills the 4.1 checklist with the archive and the last visit’s next step', async () => {
    const draft = decodePayload((await visitUseCase(deps, { text: notes, actor: zhang })).actions![0]!.value)!;
    await saveVisitUseCase(deps, zhang, draft);
    const r = await visitUseCase(deps, { text: 'prep 合肥某某', actor: zhang });
    expect(r).toMatchObject({ key: 'visit.prep', vars: { lastVisit: '2026-11-28' }, sections: ['4.1', '4.2'] });
    expect(r.body.join('\n')).toContain('上次定的下一步：12月5日送材料');
  });
});

describe('加入联系人 (#16)', () => {
  it('offers the people named who are not on file, and saving adds the ticked ones once', async () => {
    const text = '合肥某某 今天和王总、李会计在厂里聊了，下周二再去送材料';
    expect(decodePayload((await visitUseCase(deps, { text, actor: zhang })).actions![0]!.value)!.contacts).toEqual([{ name: '王总' }, { name: '李会计', role: '会计' }]);
    // 王总 is 王建国（总经理） once that contact is on file.
    await store.update((d) => void d.clients[0]!.contacts.push({ name: '王建国', role: '总经理' }));
    const draft = decodePayload((await visitUseCase(deps, { text, actor: zhang })).actions![0]!.value)!;
    expect(draft.contacts).toEqual([{ name: '李会计', role: '会计' }]);
    const saved = await saveVisitUseCase(deps, zhang, {
      ...draft,
      contacts: [
        { name: '李会计', role: '会计' },
        { name: '<!channel>', role: '会计' },
      ],
    });
    expect(saved.key).toBe('visit.saved');
    await saveVisitUseCase(deps, zhang, { ...draft, contacts: [{ name: '李会计', role: '会计' }] });
    const contacts = (await store.read()).clients[0]!.contacts;
    expect(contacts.filter((c) => c.name === '李会计')).toEqual([{ name: '李会计', role: '会计' }]);
    expect(JSON.stringify(contacts)).not.toContain('<!channel>');
  });
});

describe('/visit list (#16)', () => {
  it('lists the client’s reports newest first, for the owner only', async () => {
    const draft = decodePayload((await visitUseCase(deps, { text: notes, actor: zhang })).actions![0]!.value)!;
    for (const d of ['2026-11-20', '2026-11-27', '2026-11-10']) await saveVisitUseCase(deps, zhang, { ...draft, visitDate: d });
    const r = await visitUseCase(deps, { text: 'list 合肥某某', actor: zhang });
    expect(r).toMatchObject({ key: 'visit.list', vars: { count: 3, dates: '2026-11-27,2026-11-20,2026-11-10' } });
    expect((await visitUseCase(deps, { text: 'list 合肥某某', actor: li })).key).toBe('client.not_found');
    expect((await visitUseCase(deps, { text: 'list 合肥某某', actor: { ...li, isAdmin: true } })).key).toBe('visit.list');
    expect((await visitUseCase(deps, { text: 'list', actor: zhang })).key).toBe('usage.visit');
  });

  it('the client card links the last three reports', async () => {
    const draft = decodePayload((await visitUseCase(deps, { text: notes, actor: zhang })).actions![0]!.value)!;
    for (const d of ['2026-11-01', '2026-11-20', '2026-11-27', '2026-11-10']) await saveVisitUseCase(deps, zhang, { ...draft, visitDate: d });
    const card = await clientUseCase(deps, { text: '合肥某某', actor: zhang });
    const body = card.body.join('\n');
    expect(body).toContain('最近3份拜访报告*（共4份，全文：`/visit list 合肥某某科技有限公司`）');
    expect(body.match(/^• 2026-11-\d\d/gm)).toEqual(['• 2026-11-27', '• 2026-11-20', '• 2026-11-10']);
  });
});
