/**
 * Issue #12 (which product for a need): receivables pledged to finance (应收款质押融资, 拓展新市场) is 1.8's own product,
 * not a bank loan because the question says 融资; a buyer's default on credit sales (赊销收不回来) is 1.7, quoted as the
 * handbook words it (买方丧失清偿能力或者恶意拖欠 … 应收帐款的损失).
 */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { replyText } from '../../../src/core/reply.js';

describe('a need answered by the product the handbook names for it', () => {
  it.each(['企业想拿应收账款质押去融资 有啥产品', '客户要开拓新市场 手上应收款多 能用应收款融资吗'])('%s → 1.8 first', (q) => {
    const r = answerMessage(q)!;
    expect(r.sections[0]).toBe('1.8');
    expect(replyText(r)).toContain('帮助企业大胆拓展新市场');
  });

  it('赊销 → 1.7 first, in the handbook words', () => {
    const r = answerMessage('企业赊账卖货 买家赖账不还 我们有产品兜底吗')!;
    expect(r.sections[0]).toBe('1.7');
    expect(replyText(r)).toContain('买方丧失清偿能力或者恶意拖欠');
  });
});
