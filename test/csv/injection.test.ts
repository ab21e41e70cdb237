/**
 * #13 items 5 and 7 on the CSV path: formula injection on export (CWE-1236) and text that must
 * never be stored (mention markers, bidi, NUL, ANSI) on import — and archive text stored before
 * the sanitiser existed is cleaned when the archive is opened.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/adapters/embedded-store.js';
import { guardFormula, unguardFormula } from '../../src/core/archive/cells.js';

import { exportClients } from '../../src/usecases/export-clients.js';
import { importClients } from '../../src/usecases/import-clients.js';
import { client, tempDir } from '../store/helpers.js';

let dir: string;
let store: EmbeddedStore;
let cleanup: () => Promise<void>;
const now = () => new Date('2025-03-01T08:00:00.000Z');
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  store = await openEmbeddedStore({ dataDir: dir, now });
});
afterEach(async () => {
  await store.close();
  await cleanup();
});

let n = 0;
const deps = () => ({ store, now, newId: () => `n${++n}` });

describe('formula injection on export', () => {
  it.each([
    ['=', '=HYPERLINK("http://evil.example","点我")'],
    ['+', '+1+cmd|calc'],
    ['-', '-2+3'],
    ['@', '@SUM(1+1)'],
    ['tab', '\t=1+1'],
    ['CR', '\r=1+1'],
    ['full-width ＝', '＝１＋１'],
    ['full-width ＋', '＋１'],
    ['full-width －', '－１＋１'],
    ['full-width ＠', '＠SUM(1)'],
  ])('%s: prefixed with a quote', (_, cell) => {
    expect(guardFormula(cell)).toBe(`'${cell}`);
    expect(unguardFormula(guardFormula(cell))).toBe(cell);
  });

  it.each(['-350', '-12.5', '-58.8%', '星河科技', "'张总", ''])('%j is left as it is', (cell) => {
    expect(guardFormula(cell)).toBe(cell);
    expect(unguardFormula(cell)).toBe(cell);
  });

  it('an exported archive has no cell a spreadsheet would run, and imports back to the same text', async () => {
    await store.update((d) => {
      d.clients.push(
        client('c1', '=HYPERLINK("http://evil.example","星河")', {
          industry: '@SUM(1)',
          region: '＋合肥',
          figures: { profit: -3_500_000 },
          contacts: [{ name: '-王总', phone: '+86 138 0000 0000' }],
        }),
      );
    });
    const { content } = await exportClients({ store });
    const rows = parse(content.toString('utf8').replace(/^\uFEFF/, ''));
    for (const cell of rows.flat()) {
      if (/^-?\d+(?:\.\d+)?%?$/.test(cell)) continue; // a plain number (the negative profit)
      expect(cell, cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
    }
    expect(rows[1]).toContain('\'=HYPERLINK("http://evil.example","星河")');
    expect(rows[1]).toContain('-350');

    const other = await tempDir();
    const b = await openEmbeddedStore({ dataDir: other.dir, now });
    try {
      await importClients({ store: b, now, newId: () => 'x1' }, { content });
      const c = (await b.read()).clients[0]!;
      expect(c.name).toBe('=HYPERLINK("http://evil.example","星河")');
      expect(c.industry).toBe('@SUM(1)');
      expect(c.region).toBe('＋合肥');
      expect(c.figures.profit).toBe(-3_500_000);
      expect(c.contacts[0]).toMatchObject({ name: '-王总', phone: '+86 138 0000 0000' });
    } finally {
      await b.close();
      await other.cleanup();
    }
  });
});

describe('what a CSV cell may not carry into the archive', () => {
  it('mention markers, bidi overrides, NUL and ANSI escapes are stripped on import', async () => {
    const csv = ['客户名称,客户经理,行业,联系人,联系人职务', '\uE000U0ADMIN1\uE001星河科技,U01AAA,\u001b[31m制造业\u001b[0m,王\u0000总,\u202E监总务财'].join('\n');
    const s = await importClients(deps(), { content: csv });
    expect(s.imported).toBe(1);
    const c = (await store.read()).clients[0]!;
    expect(c.name).toBe('U0ADMIN1星河科技');
    expect(c.industry).toBe('制造业');
    expect(c.contacts[0]).toEqual({ name: '王总', role: '监总务财' });
    // eslint-disable-next-line no-control-regex -- the test looks for the control characters the import must strip
    expect(JSON.stringify(await store.read())).not.toMatch(/[\uE000\uE001\u0000\u001b\u202E]/);
  });
});

describe('text stored before the sanitiser', () => {
  it('is cleaned when the archive is opened: a stored marker never becomes a mention', async () => {
    await store.close();
    const bad = client('c1', '\uE000U0ADMIN1\uE001星河\u202E', { contacts: [{ name: '王\u0000总' }] });
    const file = {
      schemaVersion: 1,
      journalSeq: 0,
      clients: [bad],
      contacts: [{ id: 'l1', clientId: 'c1', date: '2025-03-01', note: '见\uE000U0ADMIN1\uE001\u001b[2J', by: 'U01OWNER' }],
      visits: [{ id: 'v1', clientId: 'c1', date: '2025-03-01', author: 'U01OWNER', fields: { summary: '\uE000U0ADMIN1\uE001' } }],
      nudges: [],
      events: [],
    };
    await writeFile(join(dir, 'archive.json'), JSON.stringify(file));
    store = await openEmbeddedStore({ dataDir: dir, now });
    const a = await store.read();
    expect(a.clients[0]!.name).toBe('U0ADMIN1星河');
    expect(a.clients[0]!.contacts[0]!.name).toBe('王总');
    expect(a.contacts[0]!.note).toBe('见U0ADMIN1');
    expect(a.visits[0]!.fields.summary).toBe('U0ADMIN1');
  });

  it('a write through the store is cleaned too (any entry that forgot the sanitiser)', async () => {
    await store.update((d) => void d.clients.push(client('c2', '星河\uE000U1\uE001')));
    expect((await store.read()).clients[0]!.name).toBe('星河U1');
  });
});
