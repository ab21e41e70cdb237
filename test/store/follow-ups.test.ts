/** The FollowUpStore contract against both local implementations; the embedded one's own guarantees: durable in DATA_DIR, expiry, an unreadable file. */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFileFollowUps } from '../../src/adapters/file-follow-ups.js';
import { MemoryFollowUps } from '../../src/adapters/memory-follow-ups.js';
import type { PendingRequest } from '../../src/core/quote-followup.js';
import { followUpStoreContract } from './follow-ups-contract.js';
import { tempDir } from './helpers.js';

followUpStoreContract('file (embedded)', async () => {
  const t = await tempDir();
  return { store: await openFileFollowUps({ dataDir: t.dir, now: () => new Date('2026-12-01T01:00:00Z') }), cleanup: t.cleanup };
});
followUpStoreContract('memory', async () => ({ store: new MemoryFollowUps() }));

const T = Date.parse('2026-12-01T01:00:00Z');
const pending = (text: string, since = T): PendingRequest => ({ kind: 'quote', text, asked: ['amount'], since });
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('file follow-ups', () => {
  it('a pending request survives a restart; take returns it once; users never see each other’s', async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    const a = await openFileFollowUps({ dataDir: t.dir, now: () => new Date(T) });
    await a.put('U0AAA', pending('银行贷款担保 合肥'));
    await a.put('U0BBB', pending('投标保函'));
    await a.put('U0AAA', pending('银行贷款担保 合肥 新客户')); // replaces
    const b = await openFileFollowUps({ dataDir: t.dir, now: () => new Date(T + 60_000) });
    expect((await b.take('U0AAA'))?.text).toBe('银行贷款担保 合肥 新客户');
    expect(await b.take('U0AAA')).toBeUndefined();
    const c = await openFileFollowUps({ dataDir: t.dir, now: () => new Date(T + 60_000) });
    expect(await c.take('U0AAA')).toBeUndefined();
    expect((await c.take('U0BBB'))?.text).toBe('投标保函');
  });

  it('entries past the 10-minute lifetime are dropped at open; an unreadable file is set aside, not fatal', async () => {
    const t = await tempDir();
    cleanup = t.cleanup;
    const a = await openFileFollowUps({ dataDir: t.dir, now: () => new Date(T) });
    await a.put('U0AAA', pending('投标保函'));
    const late = await openFileFollowUps({ dataDir: t.dir, now: () => new Date(T + 11 * 60_000) });
    expect(await late.take('U0AAA')).toBeUndefined();
    const file = join(t.dir, 'follow-ups.json');
    writeFileSync(file, '{not json');
    const again = await openFileFollowUps({ dataDir: t.dir, now: () => new Date(T) });
    expect(await again.take('U0AAA')).toBeUndefined();
    expect(readFileSync(`${file}.bad`, 'utf8')).toBe('{not json');
    await again.put('U0AAA', pending('x'));
    expect(existsSync(file)).toBe(true);
  });
});
