/**
 * #13 item 3: processed Slack event ids live in their own ledger, not in the archive. Each claim
 * is O(1) and adds a bounded number of bytes; keys are forgotten after 24 hours; a restart keeps
 * them; the file is compacted so it never grows past about two windows of events.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryEventLedger, openEventLedger } from '../../src/adapters/file-event-ledger.js';
import { openStore } from '../../src/adapters/lowdb-store.js';
import { dedupeEvents } from '../../src/slack/dedupe.js';
import { createLogger } from '../../src/logger.js';
import { tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const t = (iso: string) => new Date(iso);
const HOUR = 60 * 60 * 1000;

describe('file event ledger', () => {
  it('true once, false on a retry, forgotten after a day', async () => {
    const l = await openEventLedger({ dataDir: dir });
    expect(await l.claim('event:Ev1', t('2025-03-01T08:00:00Z'))).toBe(true);
    expect(await l.claim('event:Ev1', t('2025-03-01T08:01:00Z'))).toBe(false);
    expect(await l.claim('event:Ev2', t('2025-03-01T09:00:00Z'))).toBe(true);
    expect(await l.claim('event:Ev1', t('2025-03-02T08:00:01Z'))).toBe(true);
    await l.close();
  });

  it('a restart keeps the claims (and skips a torn last line)', async () => {
    const a = await openEventLedger({ dataDir: dir });
    expect(await a.claim('event:Ev1', t('2025-03-01T08:00:00Z'))).toBe(true);
    await a.close();
    await writeFile(join(dir, 'events.ledger'), `${await readFile(join(dir, 'events.ledger'), 'utf8')}17409`);
    const b = await openEventLedger({ dataDir: dir });
    expect(await b.claim('event:Ev1', t('2025-03-01T08:05:00Z'))).toBe(false);
    expect(await b.claim('event:Ev3', t('2025-03-01T08:05:00Z'))).toBe(true);
    await b.close();
  });

  it('grows by a bounded number of bytes per event, and compaction keeps it within about two windows', async () => {
    const l = await openEventLedger({ dataDir: dir, compactMinLines: 1_000 });
    const file = join(dir, 'events.ledger');
    const start = Date.parse('2025-03-01T00:00:00Z');
    let before = 0;
    let maxStep = 0;
    // 6 000 events over three days (one every 43 s): two windows would hold ~4 000.
    for (let i = 0; i < 6_000; i += 1) {
      expect(await l.claim(`event:Ev${String(i).padStart(10, '0')}`, new Date(start + i * 43_200))).toBe(true);
      const size = (await stat(file)).size;
      if (size > before) maxStep = Math.max(maxStep, size - before);
      before = size;
    }
    expect(maxStep).toBeLessThanOrEqual(40); // one line: '<13 digits> event:Ev<10 digits>\n'
    const lines = (await readFile(file, 'utf8')).split('\n').filter(Boolean).length;
    expect(lines).toBeLessThanOrEqual((2 * (24 * HOUR)) / 43_200 + 2);
    await l.close();
  });

  it('the memory ledger answers the same way', async () => {
    const l = memoryEventLedger();
    expect(await l.claim('k', t('2025-03-01T08:00:00Z'))).toBe(true);
    expect(await l.claim('k', t('2025-03-01T20:00:00Z'))).toBe(false);
    expect(await l.claim('k', t('2025-03-02T20:00:01Z'))).toBe(true);
  });
});

describe('dedupe middleware', () => {
  it('lets an event through once and never writes the archive', async () => {
    const store = await openStore({ dataDir: dir });
    const ledger = await openEventLedger({ dataDir: dir });
    const mw = dedupeEvents(ledger, () => t('2025-03-01T08:00:00Z'), createLogger('error'));
    let handled = 0;
    const body = { type: 'event_callback', event_id: 'Ev1', event: { type: 'message', channel: 'D1', ts: '1.1' } };
    for (let i = 0; i < 3; i += 1) await mw({ body, next: async () => void (handled += 1) } as never);
    expect(handled).toBe(1);
    const journal = await stat(join(dir, 'archive.journal.jsonl')).catch(() => null);
    expect(journal).toBeNull();
    expect((await store.read()).events).toEqual([]);
    await Promise.all([store.close(), ledger.close()]);
  });
});
