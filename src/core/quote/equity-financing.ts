/** 1.9 担保股权融资: no fee figure — explain the product and its worked case (2000万, 800万 own, 1200万 financed, 24 months). */
import { formatMoney, formatPercent, formatWan } from '../format.js';
import { reply, type Reply, type ReplyField } from '../reply.js';
import { productById, productFigure as fig } from '../tables/products.js';
import type { ParsedInput } from '../types.js';
import { pickMoney } from './common.js';

export function equityFinancingRules(): string[] {
  return ['1.9 担保股权融资：手册未给出费率，案例仅说明结构'];
}

export function equityFinancingCaseLine(): string {
  return `案例（1.9）：生产环保节能设备的企业拟投资设立生产基地，总投入${formatWan(fig('equity_financing', 'caseTotalYuan'))}，自筹${formatWan(fig('equity_financing', 'caseOwnFundsYuan'))}，外部融资${formatWan(fig('equity_financing', 'caseFinancedYuan'))}：引进投资方出资${formatWan(fig('equity_financing', 'caseFinancedYuan'))}，由担保公司担保，${fig('equity_financing', 'caseMonths')}个月后投资方撤出股份，企业以支付股权转让款的方式给予回报并收回全部股份；投资方可派财务人员监控资金使用，双方还可签对赌协议。`;
}

export function equityFinancingFactFields(): ReplyField[] {
  return [
    { label: '案例总投入', value: formatWan(fig('equity_financing', 'caseTotalYuan')) },
    { label: '案例自筹', value: formatWan(fig('equity_financing', 'caseOwnFundsYuan')) },
    { label: '案例股权融资', value: formatWan(fig('equity_financing', 'caseFinancedYuan')) },
    { label: '案例退出期限', value: `${fig('equity_financing', 'caseMonths')}个月` },
  ];
}

/**
 * 1.9 的融资需求 = 项目总投资 − 自筹（自有）资金, as in the handbook's case (2000万, 自筹800万 → 尚需外部融资1200万).
 * @example financingNeed(20_000_000, 8_000_000) // 12000000
 * @example financingNeed(20_000_000, 25_000_000) // null (own funds cover the project)
 */
export function financingNeed(projectInvestment: number, ownFunds: number): number | null {
  const need = projectInvestment - ownFunds;
  return need > 0 ? need : null;
}

function needLines(total: number | undefined, own: number | undefined, need: number | null): string[] {
  if (total !== undefined && own !== undefined) {
    return need === null
      ? [`⚠️ 自筹资金${formatMoney(own)}不少于项目总投资${formatMoney(total)}，没有外部融资需求；请核对数字。`]
      : [`项目总投资${formatMoney(total)} − 自筹${formatMoney(own)} = 外部融资需求${formatMoney(need)}（按1.9案例的算法：总投入 − 自筹 = 尚需外部融资）。`];
  }
  if (total !== undefined) return [`项目总投资${formatMoney(total)}；请补充自筹（自有）资金，以算出外部融资需求。`];
  if (own !== undefined) return [`自筹资金${formatMoney(own)}；请补充项目总投资，以算出外部融资需求。`];
  return [];
}

/** 1.9 quote: an explanation with the case and the financing need; an amount given is echoed, never priced. */
export function quoteEquityFinancing(input: ParsedInput): Reply {
  const row = productById('equity_financing');
  const picked = pickMoney(input, undefined);
  const amount = picked.kind === 'amount' ? picked.yuan : null;
  // 项目2个亿 自己出资40%: a share of own funds needs a base, so the one unlabelled amount beside it is the total investment.
  const totalFromAmount = input.figures.projectInvestment === undefined && input.figures.ownFunds === undefined && input.ownFundsShare !== undefined && amount !== null;
  const total = totalFromAmount ? amount : input.figures.projectInvestment;
  // 自筹比例40%: the own funds are that share of the total investment.
  const share = input.figures.ownFunds === undefined && total !== undefined ? input.ownFundsShare : undefined;
  const own = share ? Math.round((total! * share.percent) / 100) : input.figures.ownFunds;
  const need = total !== undefined && own !== undefined ? financingNeed(total, own) : null;
  return reply('quote.equity_financing', {
    title: need !== null ? `${row.name}：外部融资需求${formatWan(need)}（手册未给出收费标准）` : `${row.name}：手册未给出收费标准`,
    vars: {
      product: 'equity_financing',
      hasFeeFigure: false,
      amount,
      projectInvestment: total ?? null,
      ownFunds: own ?? null,
      financingNeed: need,
      caseTotal: fig('equity_financing', 'caseTotalYuan'),
      caseOwnFunds: fig('equity_financing', 'caseOwnFundsYuan'),
      caseFinanced: fig('equity_financing', 'caseFinancedYuan'),
      caseMonths: fig('equity_financing', 'caseMonths'),
    },
    body: [
      row.summary,
      ...(totalFromAmount ? [`“${picked.kind === 'amount' ? picked.source : ''}”按项目总投资理解（自筹比例需要以总投资为基数）。`] : []),
      ...(share ? [`自筹资金按项目总投资 × ${formatPercent(share.percent)}（“${share.source}”）计：${formatMoney(own!)}。`] : []),
      ...needLines(total, own, need),
      ...(amount !== null && !totalFromAmount ? [`提到的金额：${formatMoney(amount)}（手册没有按金额计费的规则，不作报价）。`] : []),
      '*产品特点*',
      ...row.features.map((f) => `• ${f}`),
      '*适用条件*',
      ...row.conditions.map((c) => `• ${c}`),
      equityFinancingCaseLine(),
      '*需向客户了解*',
      ...row.ask.map((a) => `• ${a}`),
    ],
    fields: equityFinancingFactFields(),
    context: equityFinancingRules(),
    sections: ['1.9'],
  });
}
