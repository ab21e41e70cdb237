/** /client use case on a real lowdb store in a temp dir: add, card, list, contact, stage, assign, and access. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/adapters/embedded-store.js';
import { createLogger } from '../../src/logger.js';

import { clientUseCase } from '../../src/usecases/client.js';
import type { Actor, Deps } from '../../src/usecases/deps.js';

let store: EmbeddedStore;
let deps: Deps;
const zhang: Actor = { userId: 'UZHANG', isAdmin: false, surface: 'ephemeral' };
const li: Actor = { userId: 'ULI', isAdmin: false, surface: 'ephemeral' };
const admin: Actor = { userId: 'UADMIN', isAdmin: true, surface: 'ephemeral' };

beforeEach(async () => {
  store = await openEmbeddedStore({ dataDir: mkdtempSync(join(tmpdir(), 'gd-client-')) });
  deps = { now: () => new Date('2026-11-28T02:00:00Z'), logger: createLogger('error'), adminUserIds: ['UADMIN'], store, tz: 'Asia/Shanghai' };
});
afterEach(async () => {
  await store.close();
});

const run = (actor: Actor, text: string) => clientUseCase(deps, { text, actor });

describe('/client add', () => {
  it('stores the client with its 2.3 class, owned by the caller', async () => {
    const r = await run(zhang, 'add 合肥某某科技有限公司 净资产1200万 销售收入3500万 利润300万');
    expect(r).toMatchObject({ key: 'client.added', vars: { class: 'B', definite: true } });
    const a = await store.read();
    expect(a.clients[0]).toMatchObject({ name: '合肥某某科技有限公司', owner: 'UZHANG', class: 'B', figures: { netAssets: 12_000_000, revenue: 35_000_000 } });
  });

  it('shows a near-duplicate and does not create it twice', async () => {
    await run(zhang, 'add 合肥某某科技有限公司');
    const r = await run(zhang, 'add 合肥某某科技有限责任公司');
    expect(r.key).toBe('client.duplicate');
    expect((await store.read()).clients).toHaveLength(1);
  });

  it('the same reply whether or not another manager holds a similar name: no name oracle (#13.6)', async () => {
    await run(li, 'add 合肥星河科技有限公司');
    const probe = await run(zhang, 'add 星河科技');
    const control = await run(zhang, 'add 芜湖虚构贸易');
    expect(probe.key).toBe('client.added');
    expect(control.key).toBe('client.added');
    const shape = (r: typeof probe) => ({
      key: r.key,
      vars: { ...r.vars, clientId: 'x' },
      body: r.body.map((l) => l.replace(/星河科技|芜湖虚构贸易/g, 'NAME')),
      title: r.title.replace(/星河科技|芜湖虚构贸易/g, 'NAME'),
    });
    expect(shape(probe)).toEqual(shape(control));
    expect(JSON.stringify(probe)).not.toMatch(/其他客户经理，请联系|ULI/);
    expect(probe.body.join('\n')).toContain('可请管理员核对');
    // An admin still sees every near-duplicate.
    expect((await run(admin, 'add 星河科技股份有限公司')).key).toBe('client.duplicate');
  });

  it('limits adds per manager per hour (#13.6)', async () => {
    for (let i = 0; i < 30; i += 1) expect((await run(zhang, `add 测试客户${String.fromCharCode(0x4e00 + i * 7)}${i}号企业`)).key).toBe('client.added');
    const r = await run(zhang, 'add 又一家企业甲乙丙');
    expect(r.key).not.toBe('client.added');
    expect(r.title + r.body.join('')).toContain('一小时内最多新增30个客户');
    expect((await run(li, 'add 李经理的新客户')).key).toBe('client.added');
  });

  it('says when figures are missing for a definite class', async () => {
    const r = await run(zhang, 'add 某某贸易 净资产1200万 销售收入3500万');
    expect(r.vars).toMatchObject({ class: 'B', definite: false, missing: 'profit' });
  });
});

describe('/client <name> and access', () => {
  beforeEach(async () => {
    await run(zhang, 'add 合肥某某科技有限公司 净资产1200万 销售收入3500万 利润300万');
    await run(li, 'add 安徽另一家建设有限公司 净资产600万 销售收入2000万 利润60万');
  });

  it('the owner sees the card, matched forgivingly by a prefix', async () => {
    const r = await run(zhang, '合肥某某');
    expect(r).toMatchObject({ key: 'client.card', vars: { class: 'B', owner: 'UZHANG' }, confidential: true });
  });

  it('another manager cannot see it (and is not told it exists)', async () => {
    const r = await run(li, '合肥某某科技有限公司');
    expect(r.key).toBe('client.not_found');
  });

  it('an admin sees any client', async () => {
    expect((await run(admin, '安徽另一家')).key).toBe('client.card');
  });

  it('list shows only the caller’s clients', async () => {
    const r = await run(zhang, 'list');
    expect(r.vars).toMatchObject({ count: 1 });
  });

  it('list for an admin shows all', async () => {
    expect((await run(admin, 'list')).vars).toMatchObject({ count: 2 });
  });

  it('list 沉睡 keeps only dormant clients (never contacted, or idle ≥ the class’s days in data/nudges.json)', async () => {
    await run(zhang, 'contact 合肥某某 2026-11-18 电话');
    await run(li, 'contact 安徽另一家 2026-10-01 电话');
    const r = await run(admin, 'list 沉睡');
    expect(r.vars).toMatchObject({ count: 1, dormant: 1 });
    expect(r.body[0]).toContain('安徽另一家建设有限公司');
  });

  it('list filters by class', async () => {
    expect((await run(admin, 'list C')).vars).toMatchObject({ count: 1 });
  });

  it('a channel surface never gets client data', async () => {
    const r = await clientUseCase(deps, { text: '合肥某某', actor: { ...zhang, surface: 'channel' } });
    expect(r.key).toBe('privacy.dm_only');
  });

  it('a manager cannot change another manager’s client', async () => {
    expect((await run(li, 'contact 合肥某某 电话')).key).toBe('client.not_found');
    expect((await store.read()).contacts).toHaveLength(0);
  });
});

describe('/client contact, stage, assign', () => {
  beforeEach(async () => {
    await run(zhang, 'add 合肥某某科技有限公司');
  });

  it('logs a contact today by default and updates the last contact', async () => {
    const r = await run(zhang, 'contact 合肥某某 电话沟通续保意向');
    expect(r).toMatchObject({ key: 'client.contact_logged', vars: { date: '2026-11-28' } });
    expect((await store.read()).clients[0]!.lastContact).toBe('2026-11-28');
  });

  it('takes a typed date', async () => {
    expect((await run(zhang, 'contact 合肥某某 昨天 拜访')).vars).toMatchObject({ date: '2026-11-27' });
  });

  it('refuses a future date', async () => {
    expect((await run(zhang, 'contact 合肥某某 2026-12-25 宴请')).key).toBe('usage.client');
  });

  it('sets stage and relationship type', async () => {
    const r = await run(zhang, 'stage 合肥某某 形成期 伙伴型');
    expect(r.vars).toMatchObject({ stage: '形成期', relationship: '伙伴型' });
  });

  it('assign is for admins only', async () => {
    expect((await run(zhang, 'assign 合肥某某 <@ULI>')).key).toBe('client.admin_only');
  });

  it('an admin assigns one client', async () => {
    await run(admin, 'assign 合肥某某 <@ULI|li>');
    expect((await store.read()).clients[0]!.owner).toBe('ULI');
  });

  it('an admin hands over all of a departing manager’s clients at once', async () => {
    await run(zhang, 'add 第二家公司');
    const r = await run(admin, 'assign <@UZHANG> <@ULI>');
    expect(r.vars).toMatchObject({ count: 2 });
    expect((await store.read()).clients.every((c) => c.owner === 'ULI')).toBe(true);
  });
});
