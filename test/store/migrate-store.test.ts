/**
 * `npm run migrate-store -- --to URL` and the CLIs on PostgreSQL (#15 items 4–5), as child processes:
 * an embedded archive in DATA_DIR is copied with its counts checked; a second run is refused
 * untouched; export and import work against DATABASE_URL.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPgStores } from '../../src/adapters/pg/index.js';
import { emptyArchive, type Archive } from '../../src/core/archive/model.js';
import { ROOT } from '../helpers/app-process.js';
import { freshDatabase } from '../helpers/pg.js';
import { client } from './helpers.js';

function cli(script: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

function embeddedArchive(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gd-migrate-'));
  const a: Archive = {
    ...emptyArchive(),
    clients: [client('c1', '合肥华信科技有限公司', { contacts: [{ name: '王建国', role: '总经理' }] }), client('c2', '瑶海物流有限公司', { owner: 'U02OTHER' }), client('c3', '蜀山机电有限公司')],
    contacts: [{ id: 'l1', clientId: 'c1', date: '2025-03-02', note: '电话回访', by: 'U01OWNER' }],
    visits: [{ id: 'v1', clientId: 'c3', date: '2025-03-03', author: 'U01OWNER', fields: { 会谈目标: '续保', 下一步工作重点及建议: '补充报表' }, nextFollowUp: '2025-03-10' }],
    nudges: [{ key: 'dormant:c2:2025-02-01', status: 'dismissed', at: '2025-02-01T01:00:00.000Z' }],
  };
  writeFileSync(join(dir, 'archive.json'), JSON.stringify(a));
  return dir;
}

describe('migrate-store and the CLIs on PostgreSQL', () => {
  it('copies DATA_DIR into an empty database, counts checked; refuses a second run; export/import use DATABASE_URL', async () => {
    const url = await freshDatabase();
    const dataDir = embeddedArchive();
    const first = cli('migrate-store', ['--to', url], { DATA_DIR: dataDir });
    expect(first.stderr + first.stdout).toContain('已复制并核对数量：3个客户、1条联系记录、1份拜访报告、1条提醒记录');
    expect(first.status).toBe(0);

    const again = cli('migrate-store', ['--to', url], { DATA_DIR: dataDir });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('目标数据库已有数据（3个客户');
    expect(again.stderr).toContain('未复制任何内容');

    const bad = cli('migrate-store', ['--to', 'mysql://root:pw@db/x'], { DATA_DIR: dataDir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toContain('pw@');

    // export and import go through the same store selection as the app
    const out = join(dataDir, 'out.csv');
    const exp = cli('export', [out], { DATABASE_URL: url, DATA_DIR: join(dataDir, 'unused') });
    expect(exp.status).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain('合肥华信科技有限公司');
    expect(csv).toContain('瑶海物流有限公司');
    const csvIn = join(dataDir, 'in.csv');
    writeFileSync(csvIn, '客户名称,客户经理,净资产\n包河食品有限公司,U01OWNER,1200万\n');
    const imp = cli('import', [csvIn], { DATABASE_URL: url, DATA_DIR: join(dataDir, 'unused') });
    expect(imp.status).toBe(0);

    const stores = openPgStores({ url });
    try {
      const all = (await stores.archive.clientSummaries({ userId: 'UADMIN', isAdmin: true })).items.map((s) => s.name);
      expect(all).toEqual(['合肥华信科技有限公司', '瑶海物流有限公司', '蜀山机电有限公司', '包河食品有限公司']);
      const card = await stores.archive.clientCard({ userId: 'U01OWNER', isAdmin: false }, 'c3');
      expect(Object.keys(card!.visits[0]!.fields)).toEqual(['会谈目标', '下一步工作重点及建议']);
      expect((await stores.archive.nudgeInputs('U02OTHER')).log).toEqual([{ key: 'dormant:c2:2025-02-01', status: 'dismissed', at: '2025-02-01T01:00:00.000Z' }]);
    } finally {
      await stores.close();
    }
  }, 120_000);
});
