import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/adapters/embedded-store.js';
import { AppError } from '../../src/core/errors.js';

import { decodeCsv, importClients, importSummaryLines, type ImportInput } from '../../src/usecases/import-clients.js';
import { tempDir } from '../store/helpers.js';
import { gbk, latin1 } from './gbk.js';

let store: EmbeddedStore;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  store = await openEmbeddedStore({ dataDir: t.dir, now: () => new Date('2025-03-01T08:00:00.000Z') });
});
afterEach(async () => {
  await store.close();
  await cleanup();
});

let ids = 0;
const deps = () => ({ store, now: () => new Date('2025-03-01T08:00:00.000Z'), newId: () => `c${++ids}` });
const run = (csv: string | Uint8Array, extra: Partial<ImportInput> = {}) => importClients(deps(), { content: csv, ...extra });
const utf8 = (s: string) => new TextEncoder().encode(s);

const ZH = [
  '客户名称,客户经理,行业,区域,净资产,总资产,销售收入,利润,资产负债率,经营年限,生命周期,最近联系日期,联系人,联系人生日,纪念日,在保产品,在保金额,在保到期日',
  '合肥星河科技有限公司,U01AAA,制造业,合肥,1200万,3000万,3500万,200万,60%,5,形成期,2025-02-18,王经理,5月12日,成立日:2015-06-01,银行贷款担保,500万,2025-09-30',
].join('\n');
const EN = [
  'name,owner,industry,region,net_assets,total_assets,revenue,profit,debt_ratio,years,stage,last_contact,contact,contact_birthday,anniversary,guarantee_product,guarantee_amount,guarantee_due',
  '合肥星河科技有限公司,U01AAA,制造业,合肥,1200万,3000万,3500万,200万,60%,5,形成期,2025-02-18,王经理,5月12日,成立日:2015-06-01,银行贷款担保,500万,2025-09-30',
].join('\n');

const expected = {
  name: '合肥星河科技有限公司',
  owner: 'U01AAA',
  industry: '制造业',
  region: '合肥',
  figures: { netAssets: 12_000_000, totalAssets: 30_000_000, revenue: 35_000_000, profit: 2_000_000, debtRatio: 60, yearsInBusiness: 5 },
  class: 'B',
  stage: '形成期',
  lastContact: '2025-02-18',
  contacts: [{ name: '王经理', birthday: '05-12', anniversaries: [{ label: '成立日', date: '2015-06-01' }] }],
  guarantees: [{ product: 'bank_loan', amount: 5_000_000, due: '2025-09-30' }],
};

describe('importClients', () => {
  it.each([
    ['Chinese headers, UTF-8', utf8(ZH)],
    ['English headers, UTF-8', utf8(EN)],
    ['UTF-8 with BOM', utf8(`\uFEFF${ZH}`)],
    ['GBK', gbk(ZH)],
    ['CRLF line ends', utf8(ZH.replace(/\n/g, '\r\n'))],
  ])('reads %s', async (_, bytes) => {
    const s = await run(bytes);
    expect(s).toMatchObject({ imported: 1, updated: 0, skipped: [] });
    expect((await store.read()).clients[0]).toMatchObject(expected);
  });

  it('a UTF-8 file with one stray invalid byte stops with the line, imports nothing (#13.4)', async () => {
    const good = utf8('客户名称,客户经理\n合肥星河科技有限公司,U01AAA\n');
    const bytes = new Uint8Array([...good, ...utf8('芜湖'), 0xff, ...utf8('贸易,U01AAA\n')]);
    let error: unknown;
    try {
      await run(bytes);
    } catch (e) {
      error = e;
    }
    expect((error as AppError).code).toBe('INPUT_INVALID');
    expect((error as AppError).userMessage).toContain('第3行');
    expect((error as AppError).userMessage).toContain('--encoding');
    expect((await store.read()).clients).toEqual([]);
    // Forced, it is read as UTF-8 (the bad byte becomes U+FFFD) — the manager's explicit choice.
    const forced = await run(bytes, { encoding: 'utf-8' });
    expect(forced.imported).toBe(2);
  });

  it('bytes neither UTF-8 nor confidently GBK stop with a clear message (#13.4)', () => {
    const bytes = latin1('name,owner\nCafé Zoë Müller,U01AAA\n');
    expect(() => decodeCsv(bytes)).toThrow(AppError);
    expect(decodeCsv(bytes, 'gbk').encoding).toBe('gbk');
  });

  it('an over-long cell is reported with its CSV line; the other rows are imported (#13.11)', async () => {
    const csv = ['客户名称,客户经理,行业', `合肥星河科技有限公司,U01AAA,${'制'.repeat(501)}`, '芜湖虚构贸易有限公司,U01AAA,贸易', `${'长'.repeat(600)},U01AAA,`].join('\n');
    const s = await run(csv);
    expect(s.imported).toBe(1);
    expect(s.incomplete).toBeUndefined();
    expect(s.skipped).toEqual([
      { line: 2, reason: '“行业”超过500个字符' },
      { line: 4, reason: '“客户名称”超过500个字符' },
    ]);
  });

  it("with --owner, a row naming another manager's client is refused and reported; --allow-reassign permits it (#13.10)", async () => {
    await run(['客户名称,客户经理,行业', '合肥星河科技有限公司,U02OTHER,制造业'].join('\n'));
    const csv = ['客户名称,行业', '合肥星河科技有限公司,贸易', '芜湖虚构贸易有限公司,贸易'].join('\n');
    const s = await run(csv, { defaultOwner: 'U01MINE' });
    expect(s).toMatchObject({ imported: 1, updated: 0 });
    expect(s.skipped).toEqual([{ line: 2, reason: expect.stringContaining('属于其他客户经理') }]);
    expect(importSummaryLines(s).join('\n')).toContain('--allow-reassign');
    const clients = (await store.read()).clients;
    expect(clients.find((c) => c.name === '合肥星河科技有限公司')).toMatchObject({ owner: 'U02OTHER', industry: '制造业' });
    // A 客户经理 cell naming someone else is refused the same way.
    const other = await run(['客户名称,客户经理', '新客户甲,U03THIRD'].join('\n'), { defaultOwner: 'U01MINE' });
    expect(other.imported).toBe(0);
    expect(other.skipped[0]?.reason).toContain('--owner');
    // An admin reassigning on purpose.
    const admin = await run(['客户名称,客户经理,行业', '合肥星河科技有限公司,U01MINE,贸易'].join('\n'), { defaultOwner: 'U01MINE', allowReassign: true });
    expect(admin.updated).toBe(1);
    expect((await store.read()).clients.find((c) => c.name === '合肥星河科技有限公司')).toMatchObject({ owner: 'U01MINE', industry: '贸易' });
  });

  it('detects the encoding', () => {
    expect(decodeCsv(gbk('客户名称'))).toEqual({ text: '客户名称', encoding: 'gbk' });
    expect(decodeCsv(utf8('\uFEFF客户名称'))).toEqual({ text: '客户名称', encoding: 'utf-8' });
  });

  it('GBK is read by the platform GB18030 decoder: an invalid 4-byte sequence stops the import (iconv-lite read it as U+10000)', () => {
    const bytes = new Uint8Array([...gbk(ZH), 0x84, 0x31, 0xa5, 0x30, 0x0a]);
    expect(() => decodeCsv(bytes)).toThrow(AppError);
  });

  it('GB18030-2022 characters are read as themselves, not as private-use code points (A6D9 → U+FE10, FE59 → U+9FB4)', () => {
    const bytes = new Uint8Array([...gbk('客户名称\n合肥星河科技'), 0xa6, 0xd9, 0xfe, 0x59, 0x0a]);
    expect(decodeCsv(bytes)).toEqual({ text: '客户名称\n合肥星河科技\uFE10\u9FB4\n', encoding: 'gbk' });
  });

  it('reads money headers in 万元 / 元 / 亿元, and a unit in the cell wins', async () => {
    const csv = ['客户名称,客户经理,净资产(万元),总资产（元）,销售收入[亿元],利润(万元)', 'A公司,U01AAA,1200,30000000,0.35,150万'].join('\n');
    await run(csv);
    expect((await store.read()).clients[0]?.figures).toEqual({ netAssets: 12_000_000, totalAssets: 30_000_000, revenue: 35_000_000, profit: 1_500_000 });
  });

  it('reads bare numbers by the parser rule and says so in the summary', async () => {
    const csv = ['客户名称,客户经理,净资产,销售收入', 'A公司,U01AAA,1200,50000000'].join('\n');
    const s = await run(csv);
    expect((await store.read()).clients[0]?.figures).toEqual({ netAssets: 12_000_000, revenue: 50_000_000 });
    expect(s.bareAmounts.count).toBe(2);
    expect(importSummaryLines(s).join('\n')).toContain('小于100000的按万元');
  });

  it('reports bad rows with line numbers and imports the rest', async () => {
    const csv = [
      '客户名称,客户经理,净资产,最近联系日期,在保产品,在保金额,在保到期日', // 1
      'A公司,U01AAA,1200万,2025-01-01,,,', // 2 ok
      ',U01AAA,100万,,,,', // 3 no name
      '', // 4 empty: ignored
      'B公司,张三,100万,,,,', // 5 owner not a Slack id
      'C公司,U01AAA,很多,2025-02-30,,,', // 6 two bad cells
      'D公司,U01AAA,,,投标保函,80万,', // 7 guarantee without due
      'E公司,U01AAA,-5万,,,,', // 8 negative net assets are allowed
      'F公司,,300万,,,,', // 9 new client without owner
    ].join('\n');
    const s = await run(csv);
    expect(s.imported).toBe(2);
    expect(s.skipped.map((k) => k.line)).toEqual([3, 5, 6, 7, 9]);
    expect(s.skipped.find((k) => k.line === 6)?.reason).toMatch(/金额“很多”.*；.*日期“2025-02-30”不存在/);
    expect(s.skipped.find((k) => k.line === 7)?.reason).toContain('在保到期日');
    expect(s.skipped.find((k) => k.line === 9)?.reason).toContain('客户经理');
    expect(importSummaryLines(s).join('\n')).toContain('第5行：客户经理“张三”应为Slack用户ID');
    expect((await store.read()).clients.map((c) => c.name)).toEqual(['A公司', 'E公司']);
  });

  it('uses the default owner for new clients without one', async () => {
    const s = await run('客户名称,净资产\nF公司,300万', { defaultOwner: 'U09ME' });
    expect(s.imported).toBe(1);
    expect((await store.read()).clients[0]?.owner).toBe('U09ME');
  });

  it('re-importing updates by normalized name, never duplicates', async () => {
    await run(ZH);
    const again = await run(ZH);
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 1 });
    const changed = await run(['客户名称,净资产,联系人,联系人电话,在保产品,在保金额,在保到期日', '合肥 星河科技有限责任公司,1500万,王经理,13800000000,银行贷款担保,600万,2025-09-30'].join('\n'));
    expect(changed).toMatchObject({ imported: 0, updated: 1, unchanged: 0 });
    const [c, ...rest] = (await store.read()).clients;
    expect(rest).toEqual([]);
    expect(c?.name).toBe('合肥星河科技有限公司');
    expect(c?.figures.netAssets).toBe(15_000_000);
    expect(c?.figures.revenue).toBe(35_000_000); // empty cell: unchanged
    expect(c?.contacts).toEqual([{ ...expected.contacts[0], phone: '13800000000' }]);
    expect(c?.guarantees).toEqual([{ product: 'bank_loan', amount: 6_000_000, due: '2025-09-30' }]);
  });

  it('several rows of one client add contacts and guarantees', async () => {
    const csv = ['客户名称,客户经理,联系人,在保产品,在保金额,在保到期日', 'A公司,U01AAA,甲,银行贷款担保,500万,2025-09-30', 'A公司,,乙,投标保函,80万,2025-06-30'].join('\n');
    const s = await run(csv);
    expect(s).toMatchObject({ imported: 1, updated: 0 });
    const c = (await store.read()).clients[0];
    expect(c?.contacts.map((p) => p.name)).toEqual(['甲', '乙']);
    expect(c?.guarantees.map((g) => g.product)).toEqual(['bank_loan', 'bid_bond']);
  });

  it('computes the 2.3 class from decisive figures; a disagreeing 类别 is overridden and reported', async () => {
    const csv = ['客户名称,客户经理,净资产,利润,类别', 'A公司,U01AAA,300万,,B', 'B公司,U01AAA,1200万,,B'].join('\n');
    const s = await run(csv);
    const [a, b] = (await store.read()).clients;
    expect(a?.class).toBe('D');
    expect(b?.class).toBe('B'); // figures alone do not decide: the column is kept
    expect(s.classOverridden).toEqual([{ line: 2, given: 'B', computed: 'D' }]);
    expect(s.classUndecided).toBe(1);
  });

  it('reports progress every N rows', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `客户${i},U01AAA,${i + 1}万`);
    const seen: number[] = [];
    const s = await run(['客户名称,客户经理,净资产', ...rows].join('\n'), { onProgress: (d) => seen.push(d) });
    expect(seen).toEqual([1000, 2000, 2500]);
    expect(s.imported).toBe(2500);
  });

  it('a dry run changes nothing', async () => {
    const s = await run(ZH, { dryRun: true });
    expect(s).toMatchObject({ imported: 1, dryRun: true });
    expect((await store.read()).clients).toEqual([]);
  });

  it('lists unknown headers and refuses a file with no name column', async () => {
    const s = await run('客户名称,客户经理,备注\nA公司,U01AAA,老客户');
    expect(s.ignoredHeaders).toEqual(['备注']);
    const err = await run('公司代码,净资产\n1,2').catch((e: unknown) => e);
    expect((err as AppError).code).toBe('INPUT_INVALID');
  });

  it('skips a row whose name matches two archived clients', async () => {
    await store.update((d) => {
      for (const [id, name] of [
        ['x', '星河有限公司'],
        ['y', '星河集团'],
      ])
        d.clients.push({ id: id!, name: name!, owner: 'U01', figures: {}, contacts: [], guarantees: [], createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' });
    });
    const s = await run('客户名称,净资产\n星河股份有限公司,100万');
    expect(s.skipped).toEqual([{ line: 2, reason: expect.stringContaining('2个客户') }]);
  });
});
