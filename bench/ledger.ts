/**
 * The processed-event ledger (#13 item 3): bytes added per Slack event and time per claim, after
 * N events, against the old way (every event rewrote the 24-hour id list into the archive
 * journal; measured in the issue: 2 000 events → a ~220 KB journal line, 0.45 s → 4.8 s per event).
 * Part of `npm run bench`; alone: `npx tsx bench/ledger.ts [N]`.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEventLedger } from '../src/adapters/file-event-ledger.js';

export interface LedgerFigures {
  events: number;
  /** Largest growth of the file for one event, in bytes. */
  maxBytesPerEvent: number;
  /** File size after all events, in bytes. */
  fileBytes: number;
  /** Time per claim over the first and the last 500 events, ms. */
  firstMs: number;
  lastMs: number;
}

export async function ledgerFigures(events: number): Promise<LedgerFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'gd-bench-ledger-'));
  try {
    const ledger = await openEventLedger({ dataDir: dir });
    const file = join(dir, 'events.ledger');
    const t0 = Date.parse('2026-11-29T00:00:00Z');
    let before = 0;
    let maxStep = 0;
    const times: number[] = [];
    for (let i = 0; i < events; i += 1) {
      const started = performance.now();
      await ledger.claim(`event:Ev0${String(i).padStart(9, '0')}ABCD`, new Date(t0 + i * 1_000));
      await ledger.claim(`msg:D0123ABCDEF:${1_764_000_000 + i}.000100`, new Date(t0 + i * 1_000));
      times.push(performance.now() - started);
      const size = (await stat(file)).size;
      maxStep = Math.max(maxStep, size - before);
      before = size;
    }
    await ledger.close();
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    return { events, maxBytesPerEvent: maxStep, fileBytes: before, firstMs: avg(times.slice(0, 500)), lastMs: avg(times.slice(-500)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 20_000);
  const f = await ledgerFigures(n);
  console.log(JSON.stringify(f));
}
