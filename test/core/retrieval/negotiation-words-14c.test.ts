/**
 * Issue #12, the right section among neighbours (stop 14): 8.3.3's closing and yielding ideas in a manager's words. Demanding
 * more and more (加码, 该停, 停手) is 当止即止 (the concept group of 见好就收, 多要一点); meeting force with force (硬碰硬, 针尖对麦芒)
 * is 8.3.3's 以刚克刚 — both went to 8.3.1 谈判流程, which shares only 谈判. The same words about a loan stay with the loan.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';

const first = (q: string): string | undefined => answerQuestion(q).sections[0];

describe('加码 / 硬碰硬 in a negotiation → 8.3.3', () => {
  it.each(['谈判时条件能不能一直往上加码', '客户跟我硬碰硬咋办', '啥时候该停手不再要了'])('%s → 8.3.3', (q) => {
    expect(first(q)).toBe('8.3.3');
  });

  it('a loan’s collateral asked again stays with the loan: 银行要求加码抵押怎么办 → 1.1', () => {
    expect(first('银行要求加码抵押怎么办')).toBe('1.1');
  });
});
