/**
 * 1.4 履约保函, figures in 1.6 (条例第五十八条): 不得低于合同价款的10%; 经评审的最低投标价法中标的不得低于15%.
 * “不得低于” is a minimum: the bond is at least this amount.
 */
import { formatMoney, formatPercent, formatWan, roundYuan } from '../format.js';
import { reply, type Reply, type ReplyField } from '../reply.js';
import { productById, productFigure as fig } from '../tables/products.js';
import type { ParsedInput } from '../types.js';
import { missingReply, moneyField, pickMoney, readAsLine, whichAmountReply } from './common.js';

/**
 * The minimum performance bond for a contract price.
 * @example performanceBondMin(20_000_000, false) // { minPercent: 10, minAmount: 2000000 }
 * @example performanceBondMin(20_000_000, true) // { minPercent: 15, minAmount: 3000000 }
 */
export function performanceBondMin(contractPrice: number, lowestEvaluatedBid: boolean): { minPercent: number; minAmount: number } {
  const minPercent = lowestEvaluatedBid ? fig('performance_bond', 'minPercentLowestBid') : fig('performance_bond', 'minPercent');
  return { minPercent, minAmount: roundYuan((contractPrice * minPercent) / 100) };
}

export function performanceBondRules(): string[] {
  return [
    `1.6 条例第五十八条：履约担保数额不得低于合同价款的${formatPercent(fig('performance_bond', 'minPercent'))}`,
    `1.6 条例第五十八条：用经评审的最低投标价法中标的，不得低于合同价款的${formatPercent(fig('performance_bond', 'minPercentLowestBid'))}`,
  ];
}

export function performanceBondFactFields(): ReplyField[] {
  return [
    { label: '履约担保最低', value: `合同价款的${formatPercent(fig('performance_bond', 'minPercent'))}` },
    { label: '经评审的最低投标价法中标', value: `合同价款的${formatPercent(fig('performance_bond', 'minPercentLowestBid'))}` },
  ];
}

/** Shared by 1.4 and 1.6 (the payment guarantee equals the performance bond). */
export interface ContractBasis {
  contractPrice: number;
  fromAmount: boolean;
  lowestEvaluatedBid: boolean;
  minPercent: number;
  minAmount: number;
  minAmountStandard: number;
  minAmountLowestBid: number;
  lines: string[];
  /** The share the manager gave (按合同的15%开), at or above the legal minimum: minAmount is contract × it. */
  shareGiven?: number;
}

/** Reads the contract price (labelled, or the unlabelled amount, said so) and the minimum bond. */
/** The vars both contract-based quotes (1.4 履约, 1.6 支付) carry. */
export function contractVars(product: 'performance_bond' | 'payment_guarantee', b: ContractBasis): Reply['vars'] {
  return {
    product,
    contractPrice: b.contractPrice,
    contractPriceFromAmount: b.fromAmount,
    lowestEvaluatedBid: b.lowestEvaluatedBid,
    minPercent: b.minPercent,
    minAmount: b.minAmount,
    minAmountStandard: b.minAmountStandard,
    minAmountLowestBid: b.minAmountLowestBid,
  };
}

export function contractBasis(input: ParsedInput, product: 'performance_bond' | 'payment_guarantee'): ContractBasis | Reply {
  const picked = pickMoney(input, input.figures.contractPrice);
  if (picked.kind === 'ambiguous') return whichAmountReply(product, picked.sources, '合同价款');
  if (picked.kind === 'none') return missingReply(product, ['contractPrice']);
  const contractPrice = picked.yuan;
  const lowest = input.lowestEvaluatedBid === true;
  const { minPercent, minAmount } = performanceBondMin(contractPrice, lowest);
  const std = performanceBondMin(contractPrice, false).minAmount;
  const low = performanceBondMin(contractPrice, true).minAmount;
  const lines = [...readAsLine(picked, '合同价款')];
  // The share the manager gives (按合同的15%开): the bond is that share when it meets the legal minimum, else flagged.
  const share = input.bondShare;
  if (share && share.percent >= minPercent) {
    const given = roundYuan((contractPrice * share.percent) / 100);
    return {
      contractPrice,
      fromAmount: picked.kind === 'amount',
      lowestEvaluatedBid: lowest,
      minPercent,
      minAmount: given,
      minAmountStandard: std,
      minAmountLowestBid: low,
      lines,
      shareGiven: share.percent,
    };
  }
  if (share) lines.unshift(`⚠️ 你给的比例${formatPercent(share.percent)}（“${share.source}”）低于条例第五十八条的最低${formatPercent(minPercent)}，按最低计。`);
  if (!lowest) {
    lines.push(`若以经评审的最低投标价法中标，最低为${formatPercent(fig('performance_bond', 'minPercentLowestBid'))}，即${formatMoney(low)}。`);
  }
  return {
    contractPrice,
    fromAmount: picked.kind === 'amount',
    lowestEvaluatedBid: lowest,
    minPercent,
    minAmount,
    minAmountStandard: std,
    minAmountLowestBid: low,
    lines,
  };
}

/** 1.4 履约保函 quote. */
export function quotePerformanceBond(input: ParsedInput): Reply {
  const b = contractBasis(input, 'performance_bond');
  if ('key' in b) return b;
  return reply('quote.performance_bond', {
    title: `${productById('performance_bond').name}：${b.shareGiven !== undefined ? '' : '不低于'}${formatWan(b.minAmount)}`,
    vars: contractVars('performance_bond', b),
    body: [
      b.shareGiven !== undefined
        ? `合同价款${formatMoney(b.contractPrice)} × 你给的比例${formatPercent(b.shareGiven)} = ${formatMoney(b.minAmount)}（条例第五十八条：不得低于${formatPercent(b.minPercent)}）。`
        : `合同价款${formatMoney(b.contractPrice)}${b.lowestEvaluatedBid ? '，以经评审的最低投标价法中标' : ''}：履约担保数额不得低于${formatPercent(b.minPercent)}，即至少${formatMoney(b.minAmount)}。`,
      ...b.lines,
    ],
    fields: [moneyField('合同价款', b.contractPrice), { label: '最低比例', value: formatPercent(b.minPercent) }, moneyField('履约担保最低', b.minAmount)],
    context: performanceBondRules(),
    sections: ['1.4', '1.6'],
  });
}
