/**
 * Issue #12 (branch issue-14d), fact recall: the class a question with figures is given is named as 2.3 prints it
 * (D类客户:公司创业不久…), not “D类：…” — a manager checks the answer against the handbook's words.
 */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { replyText } from '../../../src/core/reply.js';

describe('a class named as the handbook prints it', () => {
  it.each([
    ['客户净资产450万 年销售700万 算哪类客户', 'D类客户'],
    ['净资产两千万 年销售五千万的企业归哪一类', 'B类客户'],
  ])('%s → %s', (q, name) => {
    const r = answerMessage(q);
    expect(r?.key).toBe('classify.result');
    expect(replyText(r!)).toContain(name);
  });
});
