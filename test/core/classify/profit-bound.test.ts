/**
 * 2.3: D类 includes “利润50万以下” — a profit bound (below X, negative, a loss in words) decides the criterion when it
 * settles it, and leaves it open when it does not (issue #11 leftovers; docs/rules.md, Profit bounds).
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify/index.js';
import { boundMeets, profitBound } from '../../../src/core/classify/profit-bound.js';
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

  it('with two unlabelled amounts the profit bound is not guessed', () => {
    expect(
      profitBound({
        unused: ['利润不到'],
        amounts: [
          { yuan: 500000, source: '50万' },
          { yuan: 800000, source: '80万' },
        ],
      }),
    ).toBeUndefined();
  });
});

describe('boundMeets', () => {
  it.each([
    [{ below: 500000, inclusive: false }, 'lte', 500000, true],
    [{ below: 500000, inclusive: true }, 'lte', 500000, true],
    [{ below: 800000, inclusive: false }, 'lte', 500000, undefined],
    [{ below: 0, inclusive: false }, 'lte', 500000, true],
    [{ below: 500000, inclusive: false }, 'gte', 1000000, false],
    [{ below: 500000, inclusive: true }, 'gt', 500000, false],
  ] as const)('%o %s %d → %s', (b, op, value, expected) => {
    expect(boundMeets({ ...b, shown: '' }, op, value)).toBe(expected);
  });
});
