/**
 * Figures stated as bounds (docs/rules.md, Figure bounds): 2.3's “利润50万以下” decided by 利润不到50万 / 去年亏了 when the
 * bound settles it, left open when it does not (issue #11 leftovers); the 2.5 / 1.1 checklists decided the same way by
 * 销售收入不到3000万, 负债率超过70%, 成立不到三年 (issue #12: they read “没有不符合的” before).
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify/index.js';
import { meetsBound } from '../../../src/core/classify/compare.js';
import { figureBounds } from '../../../src/core/classify/figure-bounds.js';
import { eligibilityReply } from '../../../src/core/intents/eligibility.js';
import { parseInput } from '../../../src/core/parse/index.js';
import { replyText } from '../../../src/core/reply.js';

describe('2.3 D类 利润50万以下: a profit bound decides when it settles the criterion', () => {
  it.each([
    ['净资产2000万 销售收入5000万 利润不到50万', 'D', true],
    ['净资产2000万 销售收入5000万 利润低于30万', 'D', true],
    ['净资产2000万 销售收入5000万 利润不超过50万', 'D', true],
    ['净资产2000万 销售收入5000万 去年亏了', 'D', true],
    ['净资产2000万 销售收入5000万 利润为负', 'D', true],
    ['净资产2000万 销售收入5000万 一直亏损', 'D', true],
    // A bound above the threshold settles nothing: B on what is known, D still possible.
    ['净资产2000万 销售收入5000万 利润不到80万', 'B', false],
    // No bound: as before.
    ['净资产2000万 销售收入5000万', 'B', false],
  ])('%s → %s类 (definite: %s)', (text, cls, definite) => {
    const r = classify(parseInput(text));
    expect({ class: r.vars.class, definite: r.vars.definite }).toEqual({ class: cls, definite });
  });

  it('a bound alone classifies (利润为负 → D类, 2.3)', () => {
    const r = classify(parseInput('利润为负'));
    expect(r.vars.class).toBe('D');
    expect(r.sections).toContain('2.3');
  });

  it('the bound’s amount is used, not reported as an unlabelled amount', () => {
    const text = replyText(classify(parseInput('净资产2000万 销售收入5000万 利润不到50万')));
    expect(text).toContain('据你所说利润不到50万');
    expect(text).not.toContain('未标明的金额：50万');
  });

  it('a loss in words marks 1.1 连续盈利 not met in /classify too (it only could with a loss figure before)', () => {
    expect(String(classify(parseInput('净资产2000万 销售收入5000万 去年亏了')).vars.loanStatus)).toContain('3:unmet');
    expect(String(classify(parseInput('净资产2000万 销售收入5000万 利润不到50万')).vars.loanStatus)).not.toContain('3:unmet');
  });

  it('a loss in words with no figure is a bound below zero; a figure given wins over its bound', () => {
    expect(figureBounds(parseInput('去年亏了')).profit?.below).toEqual({ value: 0, inclusive: false });
    expect(figureBounds(parseInput('利润80万 利润不到50万')).profit).toBeUndefined();
  });
});

describe('the parser reads a bound word between a label and its value; a filler word leaves the value', () => {
  it.each([
    ['销售收入不到3000万', 'revenue', { below: { value: 30_000_000, inclusive: false } }],
    ['负债率超过70%', 'debtRatio', { above: { value: 70, inclusive: false } }],
    ['负债率最多60%', 'debtRatio', { below: { value: 60, inclusive: true } }],
    ['净资产至少1500万', 'netAssets', { above: { value: 15_000_000, inclusive: true } }],
    ['成立不到三年', 'yearsInBusiness', { below: { value: 3, inclusive: false } }],
    ['经营将近两年', 'yearsInBusiness', { below: { value: 2, inclusive: false } }],
    ['净资产没有1000万', 'netAssets', { below: { value: 10_000_000, inclusive: false } }],
  ] as const)('%s → %s %o', (text, key, bound) => {
    const p = parseInput(text);
    expect(p.figures[key]).toBeUndefined();
    expect(p.bounds?.[key]).toMatchObject(bound);
  });
  it.each([
    ['销售收入才2000万', 'revenue', 20_000_000],
    ['净资产只有800万', 'netAssets', 8_000_000],
    ['负债率都75%了', 'debtRatio', 75],
    ['成立一年半', 'yearsInBusiness', 1.5],
    ['经营两年半', 'yearsInBusiness', 2.5],
  ] as const)('%s → %s = %d', (text, key, value) => {
    const p = parseInput(text);
    expect(p.figures[key]).toBe(value);
    expect(p.amounts).toEqual([]);
  });
});

describe('a bound decides a checklist criterion only when it settles it (1.1, 2.5)', () => {
  it.each([
    ['净资产不到1000万 能做吗', '不符合：1.1第4条、2.5第2条'],
    ['负债率超过70%了还能做吗', '不符合：1.1第4条、2.5第3条'],
    ['成立不到三年 能做吗', '不符合：1.1第3条、2.5第1条'],
    ['销售收入才2000万 能做吗', '不符合：1.1第4条、2.5第2条'],
    // Settles nothing: 不到5000万 may be above or below 3000万; 超过60% may be under 70%.
    ['销售收入不到5000万 能做吗', '给出的条件没有不符合的，其余需核实'],
    ['负债率超过60% 能做吗', '给出的条件没有不符合的，其余需核实'],
  ])('%s → %s', (text, title) => {
    const r = eligibilityReply(text, parseInput(text));
    expect(r.title).toBe(title);
    expect(replyText(r)).not.toContain('未标明的金额');
  });

  it('the amount after a loan word is the loan, checked against 1.1’s single cap (3000万), not an unlabelled figure', () => {
    const over = eligibilityReply('经营5年 想贷5000万 能做吗', parseInput('经营5年 想贷5000万 能做吗'));
    expect(over.title).toBe('不符合：1.1单笔担保金额');
    expect(replyText(over)).toContain('单笔担保金额可达3000万元');
    const under = replyText(eligibilityReply('去年亏了200万 想贷650万 能给担吗', parseInput('去年亏了200万 想贷650万 能给担吗')));
    expect(under).toContain('借款金额650万：在1.1“单笔担保金额可达3000万元”以内');
    expect(under).not.toContain('未标明的金额');
  });
});

describe('meetsBound', () => {
  const below = (value: number, inclusive: boolean) => ({ below: { value, inclusive }, shown: '' });
  const above = (value: number, inclusive: boolean) => ({ above: { value, inclusive }, shown: '' });
  it.each([
    [below(500000, false), 'lte', 500000, true],
    [below(500000, true), 'lte', 500000, true],
    [below(800000, false), 'lte', 500000, undefined],
    [below(0, false), 'lte', 500000, true],
    [below(500000, false), 'gte', 1000000, false],
    [below(500000, true), 'gt', 500000, false],
    [below(500000, true), 'lt', 500000, undefined],
    [below(500000, false), 'lt', 500000, true],
    [above(70, false), 'lte', 70, false],
    [above(70, true), 'lte', 70, undefined],
    [above(70, true), 'lt', 70, false],
    [above(60, false), 'lte', 70, undefined],
    [above(1000, true), 'gte', 1000, true],
    [above(1000, false), 'gt', 1000, true],
    [above(1000, true), 'gt', 1000, undefined],
    [undefined, 'gte', 1000, undefined],
  ] as const)('%o %s %d → %s', (b, op, value, expected) => {
    expect(meetsBound(b, op, value)).toBe(expected);
  });
});
