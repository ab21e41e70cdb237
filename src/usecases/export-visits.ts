/**
 * Export every visit report as CSV for the weekly meeting (4.2 拜访报告): one row per report, the
 * client, its manager, the dates, who wrote it and the eight 4.2 fields; newest first. Written by
 * the exports' one CSV writer (csvFile), so its cell escaping applies here too.
 */
import { REPORT_FIELDS } from '../core/visits/table.js';
import type { ArchiveStore } from '../ports/store.js';
import { csvFile } from './export-clients.js';
import { eachPage } from './pages.js';

export const VISIT_EXPORT_HEADER = ['客户名称', '客户经理', '拜访日期', '下次跟进', '记录人', ...REPORT_FIELDS] as const;

export async function exportVisits(deps: { store: ArchiveStore }, input: { owner?: string } = {}): Promise<{ content: Buffer; rows: number }> {
  const rows: string[][] = [];
  await eachPage(
    (page) => deps.store.exportVisits(input.owner ? { owner: input.owner } : {}, page),
    (items) => {
      for (const { visit: v, clientName, owner } of items) rows.push([clientName, owner, v.date, v.nextFollowUp ?? '', v.author, ...REPORT_FIELDS.map((f) => v.fields[f] ?? '')]);
    },
  );
  return { content: csvFile(VISIT_EXPORT_HEADER, rows), rows: rows.length };
}
