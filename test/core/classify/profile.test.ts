import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify/index.js';
import { settings } from '../../../src/core/tables/settings.js';
import type { ParsedInput } from '../../../src/core/types.js';
import { figures, WAN } from './input.js';

const b = { netAssets: 2000 * WAN, totalAssets: 5000 * WAN, revenue: 5000 * WAN, profit: 200 * WAN };

describe('profile: region, industry, need, marketing stance, relationship', () => {
  it.each<[string, ParsedInput, Record<string, unknown>]>([
    ['合肥 district → hefei', figures(b, { place: { kind: 'hefei', name: '包河区', section: '2.2' } }), { region: 'hefei' }],
    ['芜湖 → outside', figures(b, { place: { kind: 'outside', name: '芜湖', section: 'setting' } }), { region: 'outside' }],
    ['no place → null', figures(b), { region: null }],
    ['manufacturing + growth → 重点营销', figures(b, { industry: 'manufacturing', lifeStage: 'growth' }), { stance: '重点营销' }],
    ['manufacturing + decline → the more cautious 谨慎营销', figures(b, { industry: 'manufacturing', lifeStage: 'decline' }), { stance: '谨慎营销' }],
    ['trade only → 适度营销', figures(b, { industry: 'trade' }), { stance: '适度营销', lifeStage: null }],
    ['real estate → 谨慎营销', figures(b, { industry: 'real_estate' }), { stance: '谨慎营销' }],
    ['startup only → 谨慎营销', figures(b, { lifeStage: 'startup' }), { stance: '谨慎营销' }],
    ['neither → no stance', figures(b), { stance: null }],
    ['bank loan mentioned → 担保业务类', figures(b, { products: ['bank_loan'] }), { needCategory: 'guarantee' }],
    ['bridge loan and equity → 资金合作类 once', figures(b, { products: ['private_lending', 'equity_financing'] }), { needCategory: 'funding' }],
    ['no product → need unknown', figures(b), { needCategory: null }],
    ['B → 伙伴型', figures(b), { relationship: 'partner' }],
    ['D → 被动型', figures({ ...b, profit: 10 * WAN }), { relationship: 'reactive' }],
    ['C → 负责型', figures({ ...b, netAssets: 800 * WAN }), { relationship: 'accountable' }],
    ['no class → no relationship', figures({ debtRatio: 40 }), { relationship: null }],
  ])('%s', (_name, inp, vars) => {
    expect(classify(inp).vars).toMatchObject(vars);
  });

  it('a changed settings table changes the stance (it is a setting)', () => {
    const s = {
      ...settings,
      marketingStance: { ...settings.marketingStance, byIndustry: { ...settings.marketingStance.byIndustry, real_estate: '重点营销' as const } },
    };
    expect(classify(figures(b, { industry: 'real_estate' }), { settings: s }).vars.stance).toBe('重点营销');
  });

  it('sections cover 2.1–2.5, 4.2 and 15.3.2.2', () => {
    expect(classify(figures(b)).sections).toEqual(expect.arrayContaining(['2.1', '2.3', '2.4', '2.5', '1.1', '4.2', '15.3.2.2']));
  });

  it.each([
    ['notes', figures(b, { notes: ['“1200”没有单位，按万元理解'] }), '说明：“1200”没有单位，按万元理解'],
    ['unused', figures(b, { unused: ['老板姓王'] }), '未使用：老板姓王'],
    ['errors', figures(b, { errors: ['资产负债率不能超过100%'] }), '⚠️ 资产负债率不能超过100%'],
  ])('parser %s are shown', (_name, inp, line) => {
    expect(classify(inp).body).toContain(line);
  });
});
