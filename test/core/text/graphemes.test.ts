/** One way to cut text to a length: between graphemes, never a lone surrogate (parser, store, Block Kit). */
import { describe, expect, it } from 'vitest';
import { cutText, graphemeCut } from '../../../src/core/text/graphemes.js';

describe('cutText', () => {
  it.each([
    ['客户经理', 10, '客户经理'],
    ['客户经理', 2, '客户'],
    ['客户👍🏽', 3, '客户'],
    ['客户👍🏽', 5, '客户'],
    ['客户👍🏽', 6, '客户👍🏽'],
    ['a😀b', 2, 'a'],
  ])('%j to %i → %j', (s, max, want) => {
    expect(cutText(s, max)).toBe(want);
  });

  it('never leaves a lone surrogate', () => {
    const s = '👨‍👩‍👧'.repeat(50);
    for (let max = 0; max <= s.length; max++) expect(cutText(s, max)).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('graphemeCut at or past the end is the length', () => {
    expect(graphemeCut('abc', 5)).toBe(3);
  });
});
