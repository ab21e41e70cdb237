/**
 * Export the client archive as CSV: the Chinese headers of core/archive/columns.ts, money in 万元
 * (six decimals, exact to the fen), UTF-8 with BOM so Excel opens it correctly. One row per client,
 * or one per contact / guarantee when a client has several (the client's columns repeated), so the
 * file imports back to the same archive (test/csv/roundtrip.test.ts).
 */
import { stringify } from 'csv-stringify/sync';
import { guardFormula, productLabel } from '../core/archive/cells.js';
import { columns, exportHeader, type ColumnKey } from '../core/archive/columns.js';
import type { Client } from '../core/archive/model.js';
import type { ArchiveStore } from '../ports/store.js';
import { eachPage } from './pages.js';

export interface ExportInput {
  /** Only this manager's clients. */
  owner?: string;
}

export interface ExportResult {
  content: Buffer;
  clients: number;
  rows: number;
}

/** 元 → 万元 text: 12345678.9 → '1234.56789'. */
export function wan(yuan: number | undefined): string {
  if (yuan === undefined) return '';
  return (yuan / 10_000).toFixed(6).replace(/\.?0+$/, '');
}

/** The rows of one client, keyed by column. */
export function clientRows(c: Client): Record<ColumnKey, string>[] {
  const n = Math.max(1, c.contacts.length, c.guarantees.length);
  const f = c.figures;
  const num = (v: number | undefined): string => (v === undefined ? '' : String(v));
  return Array.from({ length: n }, (_, i) => {
    const p = c.contacts[i];
    const g = c.guarantees[i];
    return {
      name: c.name,
      owner: c.owner,
      industry: c.industry ?? '',
      region: c.region ?? '',
      netAssets: wan(f.netAssets),
      totalAssets: wan(f.totalAssets),
      revenue: wan(f.revenue),
      profit: wan(f.profit),
      debtRatio: f.debtRatio === undefined ? '' : `${f.debtRatio}%`,
      yearsInBusiness: num(f.yearsInBusiness),
      employees: num(f.employees),
      class: c.class ?? '',
      stage: c.stage ?? '',
      relationshipType: c.relationshipType ?? '',
      lastContact: c.lastContact ?? '',
      contactName: p?.name ?? '',
      contactRole: p?.role ?? '',
      contactPhone: p?.phone ?? '',
      contactBirthday: p?.birthday ?? '',
      anniversary: (p?.anniversaries ?? []).map((a) => `${a.label}:${a.date}`).join('；'),
      guaranteeProduct: g ? productLabel(g.product) : '',
      guaranteeAmount: wan(g?.amount),
      guaranteeStart: g?.start ?? '',
      guaranteeDue: g?.due ?? '',
    };
  });
}

/** The archive (or one manager's clients) as CSV, read from the store a page at a time. */
export async function exportClients(deps: { store: ArchiveStore }, input: ExportInput = {}): Promise<ExportResult> {
  const keys = columns.map((c) => c.key);
  const rows: string[][] = [];
  let clients = 0;
  await eachPage(
    (page) => deps.store.exportClients(input.owner ? { owner: input.owner } : {}, page),
    (items) => {
      clients += items.length;
      for (const c of items) for (const r of clientRows(c)) rows.push(keys.map((k) => r[k]));
    },
  );
  return { content: csvFile(keys.map(exportHeader), rows), clients, rows: rows.length };
}

/**
 * The one CSV writer of the exports (clients, visits): UTF-8 with BOM, CRLF, so Excel opens it.
 * Every cell through guardFormula: a name like `=HYPERLINK(…)` must not run in Excel (CWE-1236).
 */
export function csvFile(header: readonly string[], rows: readonly (readonly string[])[]): Buffer {
  return Buffer.from(stringify([header.map(guardFormula), ...rows.map((r) => r.map(guardFormula))], { bom: true, record_delimiter: 'windows' }), 'utf8');
}
