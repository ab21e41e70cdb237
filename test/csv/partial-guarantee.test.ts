/**
 * #11 (partial guarantee): a row with 在保到期日 but no 在保产品 / 在保金额 used to skip the whole
 * client. Now the client and the guarantee are imported with the missing parts 待补充, the summary
 * says what was incomplete, and the due-date reminder still fires.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/adapters/embedded-store.js';
import { nudgeSettings, nudgesFor } from '../../src/core/nudges/index.js';

import { importClients, importSummaryLines } from '../../src/usecases/import-clients.js';
import { tempDir } from '../store/helpers.js';

let store: EmbeddedStore;
let cleanup: () => Promise<void>;
const now = () => new Date('2026-11-28T02:00:00Z');
beforeEach(async () => {
  const t = await tempDir();
  cleanup = t.cleanup;
  store = await openEmbeddedStore({ dataDir: t.dir, now });
});
afterEach(async () => {
  await store.close();
  await cleanup();
});

let n = 0;
const run = (csv: string) => importClients({ store, now, newId: () => `p${++n}` }, { content: csv });

describe('a guarantee with only its due date', () => {
  it('imports the client and the guarantee as 待补充, says so, and the reminder fires', async () => {
    const s = await run(['客户名称,客户经理,在保产品,在保金额,在保到期日', '合肥星河科技有限公司,U01AAA,,,2026-12-10', '芜湖虚构贸易有限公司,U01AAA,投标保函,,2026-12-20'].join('\n'));
    expect(s).toMatchObject({ imported: 2, skipped: [] });
    const a = await store.read();
    expect(a.clients[0]!.guarantees).toEqual([{ product: '待补充', due: '2026-12-10' }]);
    expect(a.clients[1]!.guarantees).toEqual([{ product: 'bid_bond', due: '2026-12-20' }]);
    const summary = importSummaryLines(s).join('\n');
    expect(summary).toContain('第2行：在保业务缺少在保产品、在保金额，已记为“待补充”');
    expect(summary).toContain('第3行：在保业务缺少在保金额');

    const nudges = nudgesFor({ archive: a, today: '2026-11-30', tz: 'Asia/Shanghai', settings: nudgeSettings });
    const due = nudges.filter((x) => x.kind === 'due').map((x) => [x.key, x.reason]);
    expect(due.map(([k]) => k)).toEqual(['due:p1:2026-12-10:ahead', 'due:p2:2026-12-20:ahead']);
    expect(due[0]![1]).toContain('待补充');
  });

  it('a later, complete row fills the 待补充 guarantee instead of adding another', async () => {
    await run(['客户名称,客户经理,在保到期日', '合肥星河科技有限公司,U01AAA,2026-12-10'].join('\n'));
    await run(['客户名称,在保产品,在保金额,在保到期日', '合肥星河科技有限公司,银行贷款担保,500万,2026-12-10'].join('\n'));
    expect((await store.read()).clients[0]!.guarantees).toEqual([{ product: 'bank_loan', amount: 5_000_000, due: '2026-12-10' }]);
  });

  it('without a due date the row is still refused, naming what is missing', async () => {
    const s = await run(['客户名称,客户经理,在保产品,在保金额', '合肥星河科技有限公司,U01AAA,投标保函,50万'].join('\n'));
    expect(s.skipped).toEqual([{ line: 2, reason: '在保业务缺少在保到期日' }]);
  });
});
