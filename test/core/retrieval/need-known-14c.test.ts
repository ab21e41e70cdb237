/**
 * Issue #12, the right section among neighbours (stop 14): a client's needs already found out (需求摸清了, 搞清楚以后, 弄清楚了)
 * is 5.6's condition — 当客户经理对客户需求有了充分的认识,要及时、大胆、无疑地确定下来 — so what to do next is 5.6, not 15.3.1.3
 * 识别客户需求 (whose title only repeats 客户需求). The concept group (data/synonyms.json) holds the finished forms only (了, 以后, 之后,
 * 后): how to find the needs out (怎么搞清楚客户需求) is not 5.6.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';

const first = (q: string): string | undefined => answerQuestion(q).sections[0];

describe('needs already found out → 5.6 确定', () => {
  it.each(['客户的需求搞清楚了然后呢', '需求都弄清楚了接下来干嘛', '需求摸清后怎么办'])('%s → 5.6', (q) => {
    expect(first(q)).toBe('5.6');
  });

  it.each([
    ['怎么才能搞清楚客户需求', '15.3.1.3'],
    ['客户底线摸清了 谈判咋谈', '8.3.4'],
    ['客户的爱好摸清了 咋拉近关系', '10.3'],
  ])('other things found out, or finding needs out, are not 5.6: %s → %s', (q, id) => {
    expect(first(q)).toBe(id);
  });
});
