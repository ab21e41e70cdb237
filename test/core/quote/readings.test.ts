/**
 * Quotes from readings a blind probe found wrong. 1.5 预付款保函 equals the advance payment; an advance given as a share of the contract (预付30%) is 合同价款 × share,
 * said in the reply, and asked for the contract price when it is missing (docs/parsing.md). 预付款30% was read as 30万.
 * Two different terms are asked (1.1, 1.2).
 */
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/core/parse/index.js';
import { quote } from '../../../src/core/quote/index.js';
import { replyText } from '../../../src/core/reply.js';

describe('1.5 预付款保函 from a share of the contract', () => {
  it('合同价3000万 预付30% → 900万, with the arithmetic said', () => {
    const r = quote(parseInput('预付款保函 合同价3000万 预付30%'));
    expect(r.vars.guaranteeAmount).toBe(9_000_000);
    expect(replyText(r)).toContain('×30%');
  });
  it('a share without the contract price asks for it', () => {
    const r = quote(parseInput('预付款保函 预付款30%'));
    expect(r.key).toBe('quote.missing');
    expect(r.vars.missing).toBe('contractPrice');
  });
  it('an amount given wins over nothing: 预付款600万 → 600万', () => {
    expect(quote(parseInput('预付款保函 合同价3000万 预付款600万')).vars.guaranteeAmount).toBe(6_000_000);
  });
});

describe('two different terms are asked, never the first taken (贷担 500万 包河 半年 又说是18个月)', () => {
  it.each([
    ['贷款担保 500万 包河 半年 又说是18个月', 'bank_loan'],
    ['民间借贷 100万 20天 30天 日息万五', 'private_lending'],
  ])('%s → quote.missing term', (text) => {
    const r = quote(parseInput(text));
    expect(r.key).toBe('quote.missing');
    expect(r.vars.missing).toBe('term');
  });
});

describe('a figure said with an alternative (合同价一千万还是一千二百万) is asked, never the first taken', () => {
  it.each([
    ['履保 合同价一千万还是一千二百万来着 多少', 'contractPrice'],
    ['投标保函 投标总价5000万或者6000万', 'bidPrice'],
  ])('%s → asks %s', (text, field) => {
    const r = quote(parseInput(text));
    expect(r.key).toBe('quote.missing');
    expect(r.vars.missing).toBe(field);
  });
});
