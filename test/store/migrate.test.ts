import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/adapters/lowdb-store.js';
import { migrate, versionOf } from '../../src/core/archive/migrations.js';
import { AppError } from '../../src/core/errors.js';
import { T0, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const now = () => new Date('2025-03-01T08:00:00.000Z');

/** A file as the v0 prototype wrote it: no schemaVersion, the manager in `manager`. */
const v0 = {
  clients: [{ id: 'c1', name: '合肥星河科技有限公司', manager: 'U01OWNER', createdAt: T0, updatedAt: T0 }],
};

describe('migrations', () => {
  it.each([
    [{}, 0],
    [{ schemaVersion: 1 }, 1],
    [{ schemaVersion: 'x' }, Number.NaN],
    [{ schemaVersion: 1.5 }, Number.NaN],
  ])('versionOf(%j) is %d', (data, v) => {
    expect(versionOf(data)).toBe(v);
  });

  it('v0 → v1 renames manager to owner and adds the lists', () => {
    expect(migrate(v0).data).toEqual({
      schemaVersion: 1,
      clients: [{ id: 'c1', name: '合肥星河科技有限公司', owner: 'U01OWNER', figures: {}, contacts: [], guarantees: [], createdAt: T0, updatedAt: T0 }],
      contacts: [],
      visits: [],
      nudges: [],
      events: [],
    });
  });

  it('opening a v0 file backs it up, migrates and writes v1', async () => {
    const file = join(dir, 'archive.json');
    const text = JSON.stringify(v0);
    await writeFile(file, text);
    const logs: string[] = [];
    const store = await openStore({ dataDir: dir, now, log: (m) => logs.push(m) });
    expect((await store.read()).clients[0]?.owner).toBe('U01OWNER');
    await store.close();
    expect((JSON.parse(await readFile(file, 'utf8')) as { schemaVersion: number }).schemaVersion).toBe(1);
    const backup = join(dir, 'archive.json.bak-v0-2025-03-01T08-00-00-000Z');
    expect(await readFile(backup, 'utf8')).toBe(text);
    expect(logs.join('\n')).toContain('migrated v0 → v1');
  });

  it('a migration whose result fails the schema → STORE_CORRUPT, file unchanged', async () => {
    const file = join(dir, 'archive.json');
    const text = JSON.stringify({ clients: [{ id: 'c1' }] });
    await writeFile(file, text);
    const err = await openStore({ dataDir: dir, now }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('STORE_CORRUPT');
    expect(await readFile(file, 'utf8')).toBe(text);
    expect((await readdir(dir)).sort()).toEqual(['archive.json', 'archive.json.bak-v0-2025-03-01T08-00-00-000Z', 'archive.json.corrupt-2025-03-01T08-00-00-000Z']);
  });
});
