/**
 * Issue #12 (trust): a cap question naming no product (单笔最多能担多少) was answered with 1.3's 80万 passage, as if
 * one product's bound were the company's. It now lists each product's stated amount rule from data/products.json,
 * each with its section and the handbook's words, and says which products state none.
 */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { route } from '../../../src/core/intents/route.js';
import { replyText } from '../../../src/core/reply.js';

const answer = (q: string) => answerMessage(q)!;

describe('a cap question naming no product lists every product’s cap', () => {
  it.each(['单笔最多能担多少', '一笔最多能担多少', '咱们担保金额上限是多少', '你们最高能担保多大金额的'])('%s → each product’s bound, none as general', (q) => {
    const r = answer(q);
    expect(r.key).toBe('product.caps');
    const text = replyText(r);
    expect(text).toContain('单笔担保金额可达3000万元');
    expect(text).toContain('最高不得超过80万元人民币');
    expect(text).toContain('1.1');
    expect(text).toContain('1.3');
    expect(text).toMatch(/手册未写/);
    expect(r.sections).toEqual(expect.arrayContaining(['1.1', '1.3']));
  });

  it.each([
    ['投标保函最高多少', 'product_facts'],
    ['贷款担保单笔最多多少', 'product_facts'],
    ['民间借贷最长借多久', 'handbook'],
    ['融资租赁单笔最多能做多少', 'handbook'],
  ])('%s stays %s (a named product, a term, or a product we lack)', (q, kind) => {
    expect(route(q).kind).toBe(kind);
  });

  it('a product we lack still gets 手册未涉及, never the caps', () => {
    expect(answer('融资租赁单笔最多能做多少').key).toBe('handbook.not_covered');
  });
});
