/** A DM asking only a client's class (算几类/哪类) with figures is answered at that grain: 2.3 alone (issue #12). */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { replyText } from '../../../src/core/reply.js';

describe('class-only questions with figures → 2.3, not the full checklists', () => {
  it.each([
    ['这家公司净资产一千五百万，年收入四千万，属于哪一类', 'B类客户'],
    ['客户净资产三百万、销售收入八百万，定级是什么', 'D类'],
  ])('%s → 2.3 only, naming %s', (q, fact) => {
    const r = answerMessage(q)!;
    expect(r.key).toBe('classify.result');
    expect(r.sections).toEqual(['2.3']);
    expect(replyText(r)).toContain(fact);
    expect(replyText(r)).not.toContain('1.1 银行贷款担保客户基本条件');
  });
  it('figures without a class word keep the full classification (checklists cited)', () => {
    const r = answerMessage('净资产2000万 销售收入5000万 负债率60%')!;
    expect(r.key).toBe('classify.result');
    expect(r.sections.length).toBeGreaterThan(1);
  });
});
