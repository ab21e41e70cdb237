/**
 * Issue #12 (a stated amount over a handbook limit): a DM naming an amount over 1.1's single-guarantee cap or over
 * 1.3's bid-bond bound states the limit in the handbook's own words (单笔担保金额可达3000万元, 最高不得超过80万元人民币),
 * even when the quote still needs the region — /quote's rules, no second copy.
 */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { replyText } from '../../../src/core/reply.js';

const answer = (q: string) => answerMessage(q)!;

describe('an amount over a limit is answered with the limit', () => {
  it.each(['老板要借4000万银行贷款 我们一单能担吗', '贷款5000万的话担保这边一笔接得住吗'])('%s → 1.1 的单笔上限，地区还缺也先说', (q) => {
    const r = answer(q);
    expect(r.sections[0]).toBe('1.1');
    expect(replyText(r)).toContain('单笔担保金额可达3000万元');
  });

  it('an amount within the cap asks for the region without a cap warning', () => {
    const r = answer('客户贷款2000万 一笔能担吗');
    expect(r.key).toBe('quote.missing');
    expect(replyText(r)).not.toContain('超过单笔担保金额上限');
  });

  it.each([
    ['投标总价6000万 投标保函想开120万 可以吗', '最高不得超过80万元人民币'],
    ['投标总价1000万 投标保函开30万行吗', '一般不得超过投标总价的2%'],
  ])('%s → the bound that binds, in the handbook words (%s)', (q, rule) => {
    const r = answer(q);
    expect(r.sections[0]).toBe('1.3');
    expect(r.vars['requestedOverMax']).toBe(true);
    expect(replyText(r)).toContain(rule);
  });
});
