/**
 * The FollowUpStore contract (src/ports/follow-ups.ts), one suite for every implementation:
 * test/store/follow-ups.test.ts runs it against the file store (embedded) and the in-memory one;
 * the PostgreSQL adapter's test runs it against its table.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PendingRequest } from '../../src/core/quote-followup.js';
import type { FollowUpStore } from '../../src/ports/follow-ups.js';

const T = Date.parse('2026-12-01T01:00:00Z');
const pending = (text: string): PendingRequest => ({ kind: 'quote', text, asked: ['amount', 'place'], since: T });

export function followUpStoreContract(name: string, make: () => Promise<{ store: FollowUpStore; cleanup?: () => Promise<void> }>): void {
  describe(`FollowUpStore contract: ${name}`, () => {
    let cleanup: (() => Promise<void>) | undefined;
    const open = async (): Promise<FollowUpStore> => {
      const s = await make();
      cleanup = s.cleanup;
      return s.store;
    };
    afterEach(async () => {
      await cleanup?.();
      cleanup = undefined;
    });

    it('take returns the entry as put, once; put replaces; users are apart', async () => {
      const s = await open();
      await s.put('U0AAA', pending('银行贷款担保'));
      await s.put('U0BBB', pending('投标保函'));
      await s.put('U0AAA', pending('银行贷款担保 合肥'));
      expect(await s.take('U0AAA')).toEqual(pending('银行贷款担保 合肥'));
      expect(await s.take('U0AAA')).toBeUndefined();
      expect(await s.take('U0CCC')).toBeUndefined();
      expect((await s.take('U0BBB'))?.text).toBe('投标保函');
    });

    it('concurrent takes of one entry: exactly one gets it', async () => {
      const s = await open();
      await s.put('U0AAA', pending('银行贷款担保'));
      const got = await Promise.all(Array.from({ length: 5 }, () => s.take('U0AAA')));
      expect(got.filter((p) => p !== undefined)).toHaveLength(1);
    });
  });
}
