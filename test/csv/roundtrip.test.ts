import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/adapters/embedded-store.js';
import type { Client } from '../../src/core/archive/model.js';

import { exportClients, wan } from '../../src/usecases/export-clients.js';
import { importClients } from '../../src/usecases/import-clients.js';
import { client, tempDir } from '../store/helpers.js';

let a: EmbeddedStore;
let b: EmbeddedStore;
let cleanups: (() => Promise<void>)[] = [];
const now = () => new Date('2025-03-01T08:00:00.000Z');
beforeEach(async () => {
  const [ta, tb] = await Promise.all([tempDir(), tempDir()]);
  cleanups = [ta.cleanup, tb.cleanup];
  a = await openEmbeddedStore({ dataDir: ta.dir, now });
  b = await openEmbeddedStore({ dataDir: tb.dir, now });
});
afterEach(async () => {
  await Promise.all([a.close(), b.close()]);
  await Promise.all(cleanups.map((c) => c()));
});

const rich: Client[] = [
  client('c1', '合肥星河科技有限公司', {
    owner: 'U01AAA',
    industry: '制造业',
    region: '合肥',
    figures: { netAssets: 12_345_678.91, totalAssets: 30_000_000, revenue: 35_000_000, profit: -120_000.5, debtRatio: 58.8, yearsInBusiness: 5, employees: 120 },
    class: 'D',
    stage: '形成期',
    relationshipType: '伙伴型',
    lastContact: '2025-02-18',
    contacts: [
      {
        name: '王经理',
        role: '财务总监',
        phone: '138-0000-0000',
        birthday: '05-12',
        anniversaries: [
          { label: '成立日', date: '2015-06-01' },
          { label: '结婚纪念日', date: '10-01' },
        ],
      },
      { name: '李会计', birthday: '1980-11-02' },
      { name: '赵出纳' },
    ],
    guarantees: [
      { product: 'bank_loan', amount: 5_000_000, start: '2024-09-30', due: '2025-09-30' },
      { product: '诉讼保全担保', amount: 300_000, due: '2025-12-31' },
    ],
  }),
  client('c2', '芜湖虚构贸易有限责任公司', { owner: 'U02BBB', figures: {} }),
];

const comparable = (c: Client) => {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = c;
  return rest;
};

describe('export → import', () => {
  it('writes Chinese headers, UTF-8 with BOM, money in 万元', async () => {
    await a.update((d) => void d.clients.push(...rich));
    const { content, clients, rows } = await exportClients({ store: a });
    expect([clients, rows]).toEqual([2, 4]);
    expect([...content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = content.toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFF客户名称,客户经理,行业,区域,净资产(万元),总资产(万元),销售收入(万元),利润(万元),资产负债率,经营年限,职工人数,类别,生命周期,关系类型,最近联系日期,联系人,联系人职务,联系人电话,联系人生日,纪念日,在保产品,在保金额(万元),在保起始日,在保到期日',
    );
    expect(text).toContain('1234.567891');
  });

  it('imports back to the same clients', async () => {
    await a.update((d) => void d.clients.push(...rich));
    const { content } = await exportClients({ store: a });
    const s = await importClients({ store: b, now }, { content });
    expect(s).toMatchObject({ imported: 2, skipped: [] });
    expect((await b.read()).clients.map(comparable)).toEqual(rich.map(comparable));
    // and re-importing the same file changes nothing
    expect(await importClients({ store: b, now }, { content })).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });
  });

  it('filters by owner', async () => {
    await a.update((d) => void d.clients.push(...rich));
    expect((await exportClients({ store: a }, { owner: 'U02BBB' })).clients).toBe(1);
  });

  it('the example file in docs imports cleanly', async () => {
    const content = await readFile(new URL('../../docs/examples/clients.csv', import.meta.url));
    const s = await importClients({ store: b, now }, { content });
    expect(s).toMatchObject({ imported: 3, skipped: [], ignoredHeaders: [], headerProblems: [] });
  });

  it.each([
    [12_000_000, '1200'],
    [12_345_678.91, '1234.567891'],
    [0.01, '0.000001'],
    [-500_000, '-50'],
    [undefined, ''],
  ])('wan(%s) → %s', (yuan, text) => {
    expect(wan(yuan)).toBe(text);
  });
});
