/** Cutting text to Slack's limits (issue #14.6): by grapheme, never leaving a lone surrogate. */
import { describe, expect, it } from 'vitest';
import { chunkEscaped, clip, unescapeEntities } from '../../src/blocks/escape.js';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('clip', () => {
  it.each([
    ['客户😀😀😀', 4],
    ['👨‍👩‍👧👨‍👩‍👧', 9],
    ['𠮷野家𠮷野家', 3],
    ['a🇨🇳b', 3],
  ])('%s cut to %i: within the limit, no lone surrogate, whole graphemes', (s, max) => {
    const out = clip(s, max);
    expect(out.length).toBeLessThanOrEqual(max);
    expect(out).not.toMatch(loneSurrogate);
    expect(out.endsWith('…')).toBe(true);
    expect(s.startsWith(out.slice(0, -1))).toBe(true);
  });
  it('keeps text within the limit as it is', () => expect(clip('客户😀', 4)).toBe('客户😀'));
  // Found by test/fuzz/usecases.test.ts (FUZZ_SEED=-747106105): an admin's /client list cut inside an owner's mention
  // left `<@…` — a raw < in mrkdwn.
  it.each([
    ['客户甲 负责人 <@U0123456789>', 20],
    ['A&amp;B 客户 &lt;乙&gt; 结束', 10],
    ['x'.repeat(10) + '<@U1234567>', 15],
  ])('%s cut to %i: no half mention or entity', (s, max) => {
    const out = clip(s, max);
    expect(out.length).toBeLessThanOrEqual(max);
    expect(out).not.toMatch(/<[^>]*…$|&[a-z]{0,3}…$/u);
    expect(out.replace(/<@U[A-Z0-9]+>/gu, '')).not.toContain('<');
  });
});

describe('chunkEscaped', () => {
  it('splits escaped text within the limit, keeping everything', () => {
    const text = `${'A&B<C>😀\n'.repeat(400)}end`;
    const parts = chunkEscaped(text, 300);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(300);
      expect(p).not.toMatch(loneSurrogate);
    }
    expect(unescapeEntities(parts.join(''))).toBe(text);
  });
});

describe('unescapeEntities', () => {
  it.each([
    ['合肥A&amp;B', '合肥A&B'],
    ['负债率&gt;70% &lt;谨慎&gt;', '负债率>70% <谨慎>'],
    ['&amp;lt;', '&lt;'],
    ['<@U123> hi', '<@U123> hi'],
  ])('%s → %s', (a, b) => expect(unescapeEntities(a)).toBe(b));
});
