/**
 * classify(input): 2.3 class, 2.5 target-client checklist, 1.1 bank-loan conditions, and the profile
 * (2.2 region, 2.1 industry, 2.4 need, 4.2 marketing stance, 15.3.2.2 relationship) → Reply.
 * Pure: settings are passed in or loaded as data.
 */
import { formatWan } from '../format.js';
import { withInputLines } from '../quote/common.js';
import { reply, type Reply } from '../reply.js';
import { sizeClassById, sizeClasses, type ThresholdFigure } from '../tables/classes.js';
import { bankLoanConditions, targetClientCriteria } from '../tables/criteria.js';
import { settings as loadedSettings, type Settings } from '../tables/settings.js';
import type { FigureBound, ParsedInput, UnclearFigure } from '../types.js';
import { checklistLines, evaluateChecklist, type Claims, withClaims } from './checklist.js';
import { enrich, figureNames } from './figures.js';
import { profile } from './profile.js';
import { figureBounds, givesFigure } from './figure-bounds.js';
import { classFigures, sizeClass } from './size-class.js';

export { sizeClass, classFigures, type SizeResult } from './size-class.js';
export { criterionStatus, evaluateChecklist, withClaims, type ChecklistResult, type Claims } from './checklist.js';
export { enrich } from './figures.js';
export { figureBounds, givesFigure } from './figure-bounds.js';
export { mostCautious } from './profile.js';

export interface ClassifyOptions {
  settings?: Settings;
  /** The manager's stated facts (经营现金流为负, 贷款卡没年检): applied to the 2.5 and 1.1 checklists. */
  claims?: Claims;
}

function needFigures(input: ParsedInput): Reply {
  return reply('classify.need_figures', {
    title: '分类需要企业的财务数字',
    vars: { missing: classFigures.join(',') },
    body: [
      '请提供净资产、总资产、年销售收入、利润（以及资产负债率、经营年限），例如：',
      '• `/classify 净资产1200万 销售收入3500万 利润200万 资产负债率60% 经营5年`',
      ...(input.amounts.length ? [`未标明的金额：${input.amounts.map((a) => a.source).join('、')} — 请注明是净资产、销售收入还是利润。`] : []),
    ],
    context: ['2.3 按企业资产、营业收入和职工人数将企业划分为A、B、C、D类'],
    sections: ['2.3'],
  });
}

/** classify.unclear: a figure's unit could not be read (净资产1200k): ask, never classify on a guess. */
function unclearFigures(unclear: UnclearFigure[]): Reply {
  return reply('classify.unclear', {
    title: '有数字的单位无法识别，请确认',
    vars: { unclear: unclear.map((u) => u.field).join(',') },
    body: [`${unclear.map((u) => `“${u.source}”`).join('、')}的单位无法识别，没有按任何单位计算，也没有据此分类。`, '请写明单位后重发，例如：`/classify 净资产1200万 销售收入3500万 利润200万`'],
    context: ['2.3 按企业资产、营业收入和职工人数将企业划分为A、B、C、D类'],
    sections: ['2.3'],
    confidential: true,
  });
}

/** The classification of one client from parsed input. */
export function classify(input: ParsedInput, opts?: ClassifyOptions): Reply {
  const s = opts?.settings ?? loadedSettings;
  if (input.unclear?.length) return withInputLines(unclearFigures(input.unclear), input);
  const bounds = figureBounds(input);
  const given = givesFigure(input) || Object.keys(bounds).length > 0;
  if (!given) return withInputLines(needFigures(input), input);

  const { figures, derived } = enrich(input.figures);
  const size = sizeClass(figures, bounds);
  const said = opts?.claims ?? new Map();
  const target = withClaims(evaluateChecklist(targetClientCriteria, figures, bounds), said);
  const loan = withClaims(evaluateChecklist(bankLoanConditions, figures, bounds), said);
  const prof = profile(input, size.class, s);

  const missingWords = size.missing.map((m) => figureNames[m]).join('、');
  const clsRow = size.class ? sizeClassById(size.class) : null;
  let title: string;
  const head: string[] = [];
  if (!clsRow) {
    title = '无法确定类别：缺少2.3的数字';
    head.push(`2.3 分类需要净资产、总资产、销售收入或利润；请补充${missingWords || '这些数字'}。`);
  } else if (size.definite) {
    title = `${clsRow.name}（${clsRow.label}）`;
    // As 2.3 prints it (D类客户:…), so the class is named as a manager reads it in the handbook.
    head.push(`${clsRow.name}客户：${clsRow.description}`);
  } else {
    title = `${clsRow.name}（暂定）：补充${missingWords}后可确定`;
    head.push(
      `按已知数字为${clsRow.name}（${clsRow.label}）；还可能是：${size.possible
        .filter((c) => c !== size.class)
        .map((c) => `${c}类`)
        .join('、')}。补充${missingWords}后可确定。`,
    );
  }
  if (size.sizeSuggests) {
    head.push(`注意：规模达到${size.sizeSuggests}类标准，但触及D类条件（净资产≤500万、销售收入≤1000万或利润≤50万之一），按D类（关注类）处理，请核实。`);
  }
  if (input.figures.employees !== undefined) head.push(`职工人数${input.figures.employees}人：2.3 提到职工人数，但未给出标准，不用于分类。`);
  for (const [k, b] of Object.entries(bounds) as Array<[ThresholdFigure, FigureBound]>) {
    const open = (size.missing as readonly string[]).includes(k);
    head.push(open ? `据你所说${b.shown}：不足以判断2.3的分类，请补充${figureNames[k]}的数字。` : `据你所说${b.shown}：未给具体数字，按这个范围对照（只在范围能判断时使用）。`);
  }
  const unlabelled = input.amounts;
  if (unlabelled.length) {
    head.push(`未标明的金额：${unlabelled.map((a) => a.source).join('、')} — 未用于分类，请注明是净资产、销售收入还是利润。`);
  }

  const thresholds = sizeClasses.filter((c) => c.conditions.length).map((c) => `${c.id}类：${c.conditions.map((x) => x.quote).join(c.test === 'any' ? '，或' : '，')}`);

  const body = [...head, ...derived, '*2.5 目标客户的条件*', ...checklistLines(target), '*1.1 银行贷款担保客户基本条件*', ...checklistLines(loan), '*客户画像*', ...prof.lines];

  const r = reply('classify.result', {
    title,
    vars: {
      class: size.class,
      definite: size.definite,
      possibleClasses: size.possible.join(','),
      missing: size.missing.join(','),
      sizeSuggests: size.sizeSuggests,
      totalAssets: figures.totalAssets ?? null,
      targetMet: target.met,
      targetUnmet: target.unmet,
      targetUnknown: target.unknown,
      targetStatus: target.status,
      loanMet: loan.met,
      loanUnmet: loan.unmet,
      loanUnknown: loan.unknown,
      loanStatus: loan.status,
      // The checklists' verdict, as the DM eligibility reply gives it: unmet when any criterion fails, met when all hold.
      verdict: target.unmet + loan.unmet > 0 ? 'unmet' : target.unknown + loan.unknown === 0 ? 'met' : 'unknown',
      region: prof.region,
      industry: prof.industry,
      lifeStage: prof.lifeStage,
      needCategory: prof.needCategory,
      stance: prof.stance,
      relationship: prof.relationship,
    },
    body,
    fields: [
      { label: '类别（2.3）', value: clsRow ? `${clsRow.name}${size.definite ? '' : '（暂定）'}` : '未定' },
      { label: '目标客户条件（2.5）', value: `✅${target.met} ❌${target.unmet} ❔${target.unknown}` },
      { label: '贷款基本条件（1.1）', value: `✅${loan.met} ❌${loan.unmet} ❔${loan.unknown}` },
      ...(figures.netAssets !== undefined ? [{ label: '净资产', value: formatWan(figures.netAssets) }] : []),
      ...(figures.revenue !== undefined ? [{ label: '销售收入', value: formatWan(figures.revenue) }] : []),
    ],
    context: [
      ...thresholds.map((t) => `2.3 ${t}`),
      '2.3 阈值按“以上/以下含本数、超/大于不含本数”理解；先判D类，再A、B，其余为C类（docs/rules.md）',
      '2.5 目标客户的条件；1.1 客户基本条件',
      ...prof.context,
    ],
    sections: [...new Set(['2.3', '2.5', '1.1', ...prof.sections])],
    confidential: true,
  });
  return withInputLines(r, input);
}
