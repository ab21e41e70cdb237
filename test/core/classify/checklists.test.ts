import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify/index.js';
import type { LabelledFigures } from '../../../src/core/types.js';
import { figures, WAN } from './input.js';

const example: LabelledFigures = { netAssets: 1200 * WAN, revenue: 3500 * WAN, debtRatio: 60, yearsInBusiness: 5 };

describe('2.5 target-client checklist and 1.1 bank-loan conditions', () => {
  it.each<[string, LabelledFigures, Record<string, unknown>]>([
    ['example: 2.5 criterion by criterion', example, { targetStatus: '1:partial,2:met,3:partial,4:unknown,5:unknown', targetMet: 4, targetUnmet: 0, targetUnknown: 6 }],
    ['example: 1.1 conditions', example, { loanStatus: '1:unknown,2:unknown,3:partial,4:met,5:unknown,6:unknown,7:unknown,8:unknown', loanMet: 4, loanUnmet: 0 }],
    ['debt ratio exactly 70% meets both', { ...example, debtRatio: 70 }, { targetStatus: '1:partial,2:met,3:partial,4:unknown,5:unknown', loanUnmet: 0 }],
    ['debt ratio 70.1% fails both', { ...example, debtRatio: 70.1 }, { targetUnmet: 1, loanUnmet: 1 }],
    ['经营3年 exactly meets 三年以上', { ...example, yearsInBusiness: 3 }, { targetStatus: '1:partial,2:met,3:partial,4:unknown,5:unknown' }],
    ['经营2年 fails criterion 1', { ...example, yearsInBusiness: 2 }, { targetStatus: '1:unmet,2:met,3:partial,4:unknown,5:unknown' }],
    ['net assets exactly 1000万: 2.5 以上 met, 1.1 大于 not met', { ...example, netAssets: 1000 * WAN }, { targetUnmet: 0, loanUnmet: 1 }],
    ['revenue exactly 3000万: 2.5 以上 met, 1.1 大于 not met', { ...example, revenue: 3000 * WAN }, { targetUnmet: 0, loanUnmet: 1 }],
    ['a loss refutes 连续盈利', { ...example, profit: -10 * WAN }, { loanStatus: '1:unknown,2:unknown,3:unmet,4:met,5:unknown,6:unknown,7:unknown,8:unknown' }],
    ['a profit cannot prove 连续盈利 (stays unknown)', { ...example, profit: 300 * WAN }, { loanMet: 4, loanUnmet: 0 }],
    ['nothing numeric for 2.5 → all unknown', { profit: 300 * WAN }, { targetMet: 0, targetUnmet: 0, targetUnknown: 10 }],
  ])('%s', (_name, f, vars) => {
    const r = classify(figures(f));
    expect(r.vars).toMatchObject(vars);
  });

  it('lines carry ✅/❌/❔ and the figure', () => {
    const r = classify(figures({ ...example, debtRatio: 75 }));
    expect(r.body).toEqual(expect.arrayContaining(['   ✅ 经营3年以上（5年）', '   ❌ 资产负债率不超过70%（75%）', '   ❔ 主业明确 — 需核实']));
  });
});
