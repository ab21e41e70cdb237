/**
 * Issue #12 (branch issue-13c), fact recall: a question naming what only one passage of the right section says (对赌 in
 * 1.9's 案例) got the section's opening definition, which the search ranks first by the product's name it repeats.
 */
import { describe, expect, it } from 'vitest';
import { replyText } from '../../../src/core/reply.js';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';

describe('the passage saying what the question names', () => {
  it.each([
    ['股权融资可以约定对赌吗', '1.9', '有效保护投资人利益'],
    ['担保股权融资对赌协议有什么用', '1.9', '有效保护投资人利益'],
    ['股权融资项目里投资方多久把股份撤出', '1.9', '24个月后公司将股份撤出'],
  ])('%s → %s %s', (q, id, fact) => {
    const r = answerQuestion(q);
    expect(r.sections[0]).toBe(id);
    expect(replyText(r)).toContain(fact);
  });

  it('leaves the opening when the question names only the section’s own words', () => {
    expect(replyText(answerQuestion('担保股权融资是什么'))).toContain('担保股权融资是指');
  });
});
