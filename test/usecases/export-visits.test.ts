/** npm run export -- --visits: one row per report, the 8 fields of 4.2, dates and owner; newest first. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../src/adapters/embedded-store.js';
import { REPORT_FIELDS } from '../../src/core/visits/table.js';
import { exportVisits, VISIT_EXPORT_HEADER } from '../../src/usecases/export-visits.js';
import { archive, client } from '../nudges/helpers.js';

describe('exportVisits', () => {
  it('writes every report of the owner’s clients, newest first, with a BOM', async () => {
    const store = await openEmbeddedStore({ dataDir: mkdtempSync(join(tmpdir(), 'gd-export-visits-')) });
    const a = archive([client('c1', { name: '合肥恒达', owner: 'UWANG' }), client('c2', { name: '合肥乙', owner: 'UOTHER' })]);
    await store.update((d) => {
      d.clients.push(...a.clients);
      d.visits.push(
        { id: 'v1', clientId: 'c1', date: '2026-11-20', author: 'UWANG', fields: { 参加人员: '王总、李会计', 遇到的问题: '问题是去年利润下滑，负债率65%' }, nextFollowUp: '2026-12-01' },
        { id: 'v2', clientId: 'c1', date: '2026-11-26', author: 'UWANG', fields: { 下一步工作重点及建议: '下周二再去送材料' } },
        { id: 'v3', clientId: 'c2', date: '2026-11-27', author: 'UOTHER', fields: {} },
      );
    });
    const all = await exportVisits({ store });
    expect(all.content.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parse(all.content.toString('utf8').slice(1));
    expect(rows[0]).toEqual([...VISIT_EXPORT_HEADER]);
    expect(rows.slice(1).map((r) => r[2])).toEqual(['2026-11-27', '2026-11-26', '2026-11-20']);
    const mine = parse((await exportVisits({ store }, { owner: 'UWANG' })).content.toString('utf8').slice(1));
    expect(mine).toHaveLength(3);
    const v1 = mine[2]!;
    expect(v1.slice(0, 5)).toEqual(['合肥恒达', 'UWANG', '2026-11-20', '2026-12-01', 'UWANG']);
    expect(v1[5 + REPORT_FIELDS.indexOf('遇到的问题')]).toBe('问题是去年利润下滑，负债率65%');
    await store.close();
  });
});
