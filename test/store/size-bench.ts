/** Rough size/speed measurement of the lowdb store (not a test): node node_modules/tsx/dist/cli.mjs test/store/size-bench.ts */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/adapters/lowdb-store.js';
const T0 = '2025-03-01T08:00:00.000Z';
for (const n of [1000, 10000, 50000]) {
  const dir = await mkdtemp(join(tmpdir(), 'gd-bench-'));
  const clients = Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    name: `合肥测试企业${i}有限公司`,
    owner: 'U01OWNER',
    industry: '制造业',
    region: '合肥',
    figures: { netAssets: 12_000_000, totalAssets: 30_000_000, revenue: 35_000_000, profit: 2_000_000, debtRatio: 60, yearsInBusiness: 5 },
    class: 'B',
    stage: '形成期',
    lastContact: '2025-02-01',
    contacts: [{ name: '张经理', role: '财务总监', phone: '13800000000', birthday: '05-12' }],
    guarantees: [{ product: 'bank_loan', amount: 5_000_000, start: '2024-06-01', due: '2025-06-01' }],
    createdAt: T0,
    updatedAt: T0,
  }));
  await writeFile(join(dir, 'archive.json'), JSON.stringify({ schemaVersion: 1, clients, contacts: [], visits: [], nudges: [], events: [] }));
  let t = performance.now();
  const store = await openStore({ dataDir: dir });
  const open = performance.now() - t;
  const size = (await stat(join(dir, 'archive.json'))).size;
  t = performance.now();
  for (let i = 0; i < 5; i++)
    await store.update((d) => {
      d.clients[0]!.lastContact = '2025-03-0' + (i + 1);
    });
  const upd = (performance.now() - t) / 5;
  t = performance.now();
  await store.read();
  const rd = performance.now() - t;
  await store.close();
  console.log(`${n} clients: ${(size / 1e6).toFixed(1)} MB, open ${open.toFixed(0)} ms, update ${upd.toFixed(0)} ms, cached read ${rd.toFixed(1)} ms`);
  await rm(dir, { recursive: true });
}
