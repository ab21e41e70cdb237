/**
 * Issue #12, the right section among neighbours (stop 14): 有啥讲究 asks what to watch out for — the handbook's 忌讳 (8.3.2: 在谈判中
 * 最忌讳的是随意做出不当的让步), not a passage that happens to say 讲究 in another sense (8.3.3: 要讲究语言技巧). A concept group
 * (data/synonyms.json: 忌讳, 讲究, 禁忌, 注意事项) carries it.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';

const first = (q: string): string | undefined => answerQuestion(q).sections[0];

describe('有啥讲究 asks the 忌讳', () => {
  it.each(['让步这事谈判里有啥讲究', '谈判时让步讲究些啥'])('%s → 8.3.2', (q) => {
    expect(first(q)).toBe('8.3.2');
  });

  it.each([
    ['拜访客户有啥讲究', '4.2'],
    ['穿着打扮有啥讲究', '9'],
  ])('讲究 of another topic stays with it: %s → %s', (q, id) => {
    expect(first(q)).toBe(id);
  });
});
