/**
 * The rest of a client's profile: region (2.2), industry (2.1), need category (2.4), marketing stance
 * (4.2 principle, company-setting table) and suggested relationship type (15.3.2.2 rule, company-setting map).
 */
import { needCategories, type ClassId } from '../tables/classes.js';
import { industryById, lifeStageById } from '../tables/industries.js';
import { relationshipSelectionNote, relationshipTypeById, type RelationshipTypeId } from '../tables/relationships.js';
import { type Settings, type Stance } from '../tables/settings.js';
import type { ParsedInput } from '../types.js';

export interface Profile {
  region: 'hefei' | 'outside' | null;
  industry: string | null;
  lifeStage: string | null;
  needCategory: string | null;
  stance: Stance | null;
  stanceByIndustry: Stance | null;
  stanceByLifeStage: Stance | null;
  relationship: RelationshipTypeId | null;
  lines: string[];
  context: string[];
  sections: string[];
}

/**
 * The more cautious of two stances (谨慎 > 适度 > 重点), per the setting's cautionOrder.
 * @example mostCautious(['重点营销', '谨慎营销'], order) // '谨慎营销'
 */
export function mostCautious(stances: Stance[], order: readonly Stance[]): Stance | null {
  let best: Stance | null = null;
  for (const s of stances) if (best === null || order.indexOf(s) > order.indexOf(best)) best = s;
  return best;
}

export function profile(input: ParsedInput, cls: ClassId | null, s: Settings): Profile {
  const lines: string[] = [];
  const context: string[] = [];
  const sections = new Set<string>();

  // 2.2 region
  const place = input.place;
  if (place) {
    lines.push(`• 地区（2.2）：${place.kind === 'hefei' ? '合肥地区' : '合肥以外'}（${place.name}）`);
    sections.add('2.2');
  } else {
    lines.push('• 地区（2.2）：❔ 未知 — 需了解客户所在地区（1.1 合肥地区客户费率更优惠）');
  }

  // 2.1 industry
  const ind = input.industry ? industryById(input.industry) : null;
  lines.push(ind ? `• 行业（2.1）：${ind.name}${ind.examples.length ? `（${ind.examples.join('、')}）` : ''}` : '• 行业（2.1）：❔ 未知 — 工业制造业、分销贸易业、服务业、房地产业？');
  sections.add('2.1');

  // 2.4 need category, from the products mentioned (company-setting map)
  const cats = [...new Set(input.products.map((p) => s.needCategoryByProduct.map[p]).filter((c) => c !== undefined))];
  const catNames = cats.map((c) => needCategories.find((n) => n.id === c)?.name ?? c);
  lines.push(cats.length ? `• 需求类别（2.4）：${catNames.join('、')}（由提到的产品推断，公司设置）` : `• 需求类别（2.4）：❔ 未知 — ${needCategories.map((n) => n.name).join('、')}？`);
  sections.add('2.4');

  // 4.2 marketing stance (company-setting table)
  const life = input.lifeStage ? lifeStageById(input.lifeStage) : null;
  const byInd = input.industry ? s.marketingStance.byIndustry[input.industry] : null;
  const byLife = input.lifeStage ? s.marketingStance.byLifeStage[input.lifeStage] : null;
  const stance = mostCautious(
    [byInd, byLife].filter((x): x is Stance => x !== null),
    s.marketingStance.cautionOrder,
  );
  if (stance) {
    const why = [byInd && ind ? `${ind.name}：${byInd}` : null, byLife && life ? `${life.name}：${byLife}` : null].filter((x) => x !== null).join('；');
    lines.push(`• 营销把握原则（4.2）：${stance}（${why}${byInd && byLife ? '；取较谨慎者' : ''}；公司设置）`);
  } else {
    lines.push('• 营销把握原则（4.2）：❔ 需了解客户所处行业和生命周期（初创期、发展期、成熟期等）');
  }
  context.push('4.2 从客户所处行业和生命周期确定营销把握原则（重点营销、适度营销、谨慎营销）；对照表为公司设置');
  sections.add('4.2');

  // 15.3.2.2 relationship type (company-setting map from class)
  const rel = cls ? s.relationshipByClass.map[cls] : null;
  if (rel) {
    const t = relationshipTypeById(rel);
    lines.push(`• 建议客户关系（15.3.2.1/15.3.2.2）：${t.name} — ${t.feature}（按${cls}类，公司设置）`);
  }
  context.push('15.3.2.2 数量较少的高端客户、边际利润高 → 伙伴型；边际利润低、客户数量庞大 → 基本型', `15.3.2.2 ${relationshipSelectionNote.text}`);
  sections.add('15.3.2.1');
  sections.add('15.3.2.2');

  return {
    region: place?.kind ?? null,
    industry: input.industry ?? null,
    lifeStage: input.lifeStage ?? null,
    needCategory: cats.length ? cats.join(',') : null,
    stance,
    stanceByIndustry: byInd,
    stanceByLifeStage: byLife,
    relationship: rel,
    lines,
    context,
    sections: [...sections],
  };
}
