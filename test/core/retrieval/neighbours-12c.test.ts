/**
 * Issue #12, a chapter's topic in a manager's words must not lose to a neighbour sharing surface words.
 * - “After the deal” (做成以后, 放款之后, 签约后): the handbook says 成功后 (6 后续服务与再营销); the time connector
 *   (以后/之后) alone says when, not what, and pulled any passage with 以后 (4.2, 8.2). A spoken 了 inside the phrase
 *   (做成了之后) still says it.
 * - Near ties are ordered by how much of the question the best passage covers, not the whole section: a long
 *   section (7.2's three passages) covers every common word without answering.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';
import { says } from '../../../src/core/retrieval/synonyms.js';

const first = (q: string): string | undefined => answerQuestion(q).sections[0];

describe('after the deal → 6 后续服务与再营销', () => {
  it.each(['放款之后还要管客户吗', '签约后客户经理还要做什么', '签约了以后还要做什么'])('%s → 6', (q) => {
    expect(first(q)).toBe('6');
  });

  it('a spoken 了 inside a phrase still says it; a phrase not there is not said', () => {
    expect(says('做成了之后', '做成之后')).toBe(true);
    expect(says('做成之前', '做成之后')).toBe(false);
  });
});

describe('near ties: the passage that covers the question answers', () => {
  it.each([['为什么长期客户关系很重要', '7.1']])('%s → %s', (q, id) => {
    expect(first(q)).toBe(id);
  });
});

describe('“说白了 / 是干啥” asks what a thing is: the section on its 涵义 answers', () => {
  it.each([
    ['关系维护说白了到底图个啥', '7.1'],
    ['维护客户这件事说白了是干嘛', '7.1'],
    ['客户关系维护是干什么的', '7.1'],
  ])('%s → %s (not 7.2 意义, a neighbour with the same title words)', (q, id) => {
    expect(first(q)).toBe(id);
  });
});
