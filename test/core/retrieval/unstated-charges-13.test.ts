/**
 * A fee asked of a product or a charge whose section states none is 手册未涉及, never another figure of the section
 * (held-out 6's first run showed 1.7's 90% for 担保费怎么收 and 1.1's rates for 续保手续费): data/scope.json rates.
 */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { showsFeeOrAmount } from '../../../src/core/retrieval/eval.js';
import { replyText } from '../../../src/core/reply.js';

describe('how a fee is charged, asked of a product whose section states no fee', () => {
  it.each(['应收账款短期融资 担保费怎么收', '投标保函担保费咋收', '股权融资这块收费标准是啥'])('%s → 手册未涉及, no figure', (q) => {
    const r = answerMessage(q)!;
    expect(r.key).toBe('handbook.not_covered');
    expect(showsFeeOrAmount(replyText(r))).toBe(false);
  });

  it('1.1 states its rates: 银行贷款担保费怎么收 is answered with them', () => {
    expect(answerMessage('银行贷款担保费怎么收')!.key).not.toBe('handbook.not_covered');
  });
});

describe('a charge other than the guarantee fee (手续费, 服务费) is stated nowhere', () => {
  it.each(['贷款担保要收手续费吗 收多少', '履约保函有没有服务费 多少钱'])('%s → 手册未涉及, no figure', (q) => {
    const r = answerMessage(q)!;
    expect(r.key).toBe('handbook.not_covered');
    expect(showsFeeOrAmount(replyText(r))).toBe(false);
  });
});

describe('other out-of-scope topics held-out 6 found', () => {
  it.each(['美联储降息对担保行业有啥影响', '咱们的合作银行名单能发我一份吗', '部门今年业绩目标定了多少'])('%s → 手册未涉及', (q) => {
    expect(answerMessage(q)!.key).toBe('handbook.not_covered');
  });
});
