/**
 * Issue #12 class 5: a question about what something is (算不算, 属于) or about the advice we give (能给建议吗) is a
 * handbook question, not a client situation answered with a product pitch (needs), even when it names 借钱 / 融资.
 */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { route } from '../../../src/core/intents/route.js';

describe('concept and advice questions are not needs', () => {
  it.each([
    ['个人借钱给企业 属于民间借贷吗', '1.2'],
    ['上市公司那种融资 我们能给建议吗', '12.8'],
  ])('%s → handbook %s', (q, section) => {
    expect(route(q).kind).toBe('handbook');
    expect(answerMessage(q)!.sections[0]).toBe(section);
  });

  it('a client situation stays a need', () => {
    expect(route('客户想融资扩大生产 有什么产品').kind).toBe('needs');
  });
});
