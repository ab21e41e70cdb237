import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify/index.js';
import type { LabelledFigures } from '../../../src/core/types.js';
import { parseInput } from '../../../src/core/parse/index.js';
import { replyText } from '../../../src/core/reply.js';
import { figures, WAN, YI } from './input.js';

/** A figure set comfortably in B, to move one figure at a time. */
const b: LabelledFigures = { netAssets: 2000 * WAN, totalAssets: 5000 * WAN, revenue: 5000 * WAN, profit: 200 * WAN };

describe('2.3 size class', () => {
  it.each<[string, LabelledFigures, string | null, boolean]>([
    ['comfortably B', b, 'B', true],
    // D thresholds (以下 includes the number)
    ['net assets exactly 500万 → D', { ...b, netAssets: 500 * WAN }, 'D', true],
    ['net assets 500万 + 1元 → not D (C: under B)', { ...b, netAssets: 500 * WAN + 1 }, 'C', true],
    ['revenue exactly 1000万 → D', { ...b, revenue: 1000 * WAN }, 'D', true],
    ['revenue 1000万 + 1元 → C', { ...b, revenue: 1000 * WAN + 1 }, 'C', true],
    ['profit exactly 50万 → D', { ...b, profit: 50 * WAN }, 'D', true],
    ['profit 50万 + 1元 → B', { ...b, profit: 50 * WAN + 1 }, 'B', true],
    ['a loss → D', { ...b, profit: -100 * WAN }, 'D', true],
    // B thresholds (以上 includes the number)
    ['net assets exactly 1000万 → B', { ...b, netAssets: 1000 * WAN }, 'B', true],
    ['net assets 1000万 − 1元 → C', { ...b, netAssets: 1000 * WAN - 1 }, 'C', true],
    ['revenue exactly 3000万 → B', { ...b, revenue: 3000 * WAN }, 'B', true],
    ['revenue 3000万 − 1元 → C', { ...b, revenue: 3000 * WAN - 1 }, 'C', true],
    // A thresholds: 资产规模在亿元以上 (≥), 销售收入超亿元 (>)
    ['total assets 1亿 and revenue 1亿 + 1元 → A', { ...b, totalAssets: YI, revenue: YI + 1 }, 'A', true],
    ['revenue exactly 1亿 is not 超亿元 → B', { ...b, totalAssets: YI, revenue: YI }, 'B', true],
    ['total assets 1亿 − 1元 → B', { ...b, totalAssets: YI - 1, revenue: 2 * YI }, 'B', true],
    ['A-size but profit ≤ 50万 → D first', { totalAssets: 1.5 * YI, netAssets: 5000 * WAN, revenue: 2 * YI, profit: 30 * WAN }, 'D', true],
    ['C: between D and B', { netAssets: 800 * WAN, totalAssets: 2000 * WAN, revenue: 2000 * WAN, profit: 100 * WAN }, 'C', true],
    // missing figures
    ['example: 净资产1200万 收入3500万 负债率60% → B, profit unknown', { netAssets: 1200 * WAN, revenue: 3500 * WAN, debtRatio: 60, yearsInBusiness: 5 }, 'B', false],
    ['only net assets 1200万 → C on what is known', { netAssets: 1200 * WAN }, 'C', false],
    ['only net assets 300万 → D for sure', { netAssets: 300 * WAN }, 'D', true],
    ['only profit 20万 → D for sure', { profit: 20 * WAN }, 'D', true],
    ['no 2.3 figure (only debt ratio) → no class', { debtRatio: 50 }, null, false],
    ['net assets ≥ 1亿 implies total assets ≥ 1亿 → A', { netAssets: 1.2 * YI, revenue: 3 * YI, profit: 1000 * WAN }, 'A', true],
  ])('%s', (_name, f, cls, definite) => {
    const r = classify(figures(f));
    expect({ key: r.key, class: r.vars.class, definite: r.vars.definite }).toEqual({ key: 'classify.result', class: cls, definite });
  });

  it.each<[string, LabelledFigures, string, string]>([
    ['example → B or D, profit decides', { netAssets: 1200 * WAN, revenue: 3500 * WAN, debtRatio: 60, yearsInBusiness: 5 }, 'D,B', 'profit'],
    ['only net assets 1200万', { netAssets: 1200 * WAN }, 'D,A,B,C', 'totalAssets,revenue,profit'],
    ['revenue 2亿, total assets unknown, profit 500万', { revenue: 2 * YI, profit: 500 * WAN, netAssets: 3000 * WAN }, 'A,B', 'totalAssets'],
    ['all four known → one class', b, 'B', ''],
  ])('%s: possible %s, missing %s', (_name, f, possible, missing) => {
    const r = classify(figures(f));
    expect({ possible: r.vars.possibleClasses, missing: r.vars.missing }).toEqual({ possible, missing });
  });

  it('A-size D is flagged (sizeSuggests A)', () => {
    const r = classify(figures({ totalAssets: 1.5 * YI, revenue: 2 * YI, profit: 30 * WAN }));
    expect(r.vars.sizeSuggests).toBe('A');
  });

  it('total assets are derived from net assets and the debt ratio', () => {
    const r = classify(figures({ netAssets: 1200 * WAN, debtRatio: 60 }));
    expect(r.vars.totalAssets).toBe(3000 * WAN);
  });

  it('a derived total is shown to 0.01万, not 4444.4444万 (净资产2000万, 负债率55%)', () => {
    const text = replyText(classify(parseInput('净资产2000万 销售收入5000万 负债率55%')));
    expect(text).toContain('总资产约4444.44万元');
  });

  it.each([
    ['no figure at all', figures({})],
    ['only an unlabelled amount', figures({}, { amounts: [{ yuan: 500 * WAN, source: '500万' }] })],
  ])('%s → classify.need_figures', (_name, inp) => {
    expect(classify(inp).key).toBe('classify.need_figures');
  });

  it('a classification is confidential client data', () => {
    expect(classify(figures(b)).confidential).toBe(true);
  });
});

describe('issue #11: losses, derived net assets, unclear units', () => {
  it.each([
    ['loss (亏损300万) with B-size figures → D (2.3 利润50万以下)', { netAssets: 12_000_000, revenue: 35_000_000, profit: -3_000_000 }, 'D'],
    ['净资产 derived: 总资产3000万 × (1 − 50%) = 1500万 → B', { totalAssets: 30_000_000, debtRatio: 50, revenue: 40_000_000, profit: 1_000_000 }, 'B'],
    ['净资产 derived: 总资产2000万 × (1 − 80%) = 400万 → D', { totalAssets: 20_000_000, debtRatio: 80, revenue: 50_000_000, profit: 1_000_000 }, 'D'],
  ])('%s', (_name, f, cls) => {
    expect(classify(figures(f)).vars.class).toBe(cls);
  });

  it('the derived 净资产 is stated as an assumption', () => {
    const r = classify(figures({ totalAssets: 30_000_000, debtRatio: 50, revenue: 40_000_000 }));
    expect(r.body.join('\n')).toContain('假设：净资产 = 总资产 × (1 − 资产负债率)');
  });

  it('a loss fails 1.1 连续盈利', () => {
    const r = classify(figures({ netAssets: 12_000_000, revenue: 35_000_000, profit: -3_000_000 }));
    expect(String(r.vars.loanStatus)).toContain('3:unmet');
  });

  it('an unclear figure → classify.unclear, no class', () => {
    const r = classify({ ...figures({ revenue: 35_000_000 }), unclear: [{ source: '净资产1200k', field: 'netAssets' }] });
    expect(r.key).toBe('classify.unclear');
    expect(r.vars.class).toBeUndefined();
  });
});
