/**
 * 1.6 支付保函: 与履约担保数额等额 — equal to the performance bond, so from the contract price
 * at least 10% (15% when won by 经评审的最低投标价法).
 */
import { formatMoney, formatPercent, formatWan } from '../format.js';
import { reply, type Reply, type ReplyField } from '../reply.js';
import { productById } from '../tables/products.js';
import type { ParsedInput } from '../types.js';
import { moneyField } from './common.js';
import { contractBasis, contractVars, performanceBondRules } from './performance-bond.js';

export function paymentGuaranteeRules(): string[] {
  return ['1.6 条例第五十八条：招标人应当同时向中标人提供与履约担保数额等额的工程款支付担保', ...performanceBondRules()];
}

export function paymentGuaranteeFactFields(): ReplyField[] {
  return [{ label: '支付担保金额', value: '与履约担保数额等额' }];
}

/** 1.6 支付保函 quote. */
export function quotePaymentGuarantee(input: ParsedInput): Reply {
  const issued = input.issuedPerformanceBond;
  if (issued && input.figures.contractPrice === undefined) {
    return reply('quote.payment_guarantee', {
      title: `${productById('payment_guarantee').name}：与履约担保等额，${formatWan(issued.yuan)}`,
      vars: { product: 'payment_guarantee', contractPrice: null, minAmount: issued.yuan, fromIssuedBond: true },
      body: [`已开出的履约保函${formatMoney(issued.yuan)}（“${issued.source}”）：支付保函与履约担保数额等额，即${formatMoney(issued.yuan)}。`],
      fields: [moneyField('履约保函（已开）', issued.yuan), moneyField('支付保函金额', issued.yuan)],
      context: paymentGuaranteeRules(),
      sections: ['1.6'],
    });
  }
  const b = contractBasis(input, 'payment_guarantee');
  if ('key' in b) return b;
  // 合同价2000万 履约担保开了300万: the payment bond equals the bond actually issued; the contract gives its legal floor.
  if (issued) {
    const below = issued.yuan < b.minAmount;
    return reply('quote.payment_guarantee', {
      title: `${productById('payment_guarantee').name}：与履约担保等额，${formatWan(issued.yuan)}`,
      vars: { ...contractVars('payment_guarantee', b), minAmount: issued.yuan, fromIssuedBond: true },
      body: [
        `已开出的履约保函${formatMoney(issued.yuan)}（“${issued.source}”）：支付保函与履约担保数额等额，即${formatMoney(issued.yuan)}。`,
        below
          ? `⚠️ 已开的履约保函低于合同价款${formatMoney(b.contractPrice)}的最低${formatPercent(b.minPercent)}（${formatMoney(b.minAmount)}），请核实。`
          : `合同价款${formatMoney(b.contractPrice)}：履约担保不得低于${formatPercent(b.minPercent)}（${formatMoney(b.minAmount)}），已开金额符合。`,
      ],
      fields: [moneyField('合同价款', b.contractPrice), moneyField('履约保函（已开）', issued.yuan), moneyField('支付保函金额', issued.yuan)],
      context: paymentGuaranteeRules(),
      sections: ['1.6'],
    });
  }
  return reply('quote.payment_guarantee', {
    title: `${productById('payment_guarantee').name}：与履约担保等额，${b.shareGiven !== undefined ? '' : '不低于'}${formatWan(b.minAmount)}`,
    vars: contractVars('payment_guarantee', b),
    body: [
      b.shareGiven !== undefined
        ? `履约担保按合同价款${formatMoney(b.contractPrice)} × 你给的比例${formatPercent(b.shareGiven)} = ${formatMoney(b.minAmount)}（条例第五十八条：不得低于${formatPercent(b.minPercent)}），支付保函与履约担保等额：${formatMoney(b.minAmount)}。`
        : `合同价款${formatMoney(b.contractPrice)}：履约担保不得低于${formatPercent(b.minPercent)}，支付保函与履约担保等额，即至少${formatMoney(b.minAmount)}（履约担保实际金额更高时，支付保函随之等额）。`,
      ...b.lines,
    ],
    fields: [moneyField('合同价款', b.contractPrice), { label: '履约担保最低比例', value: formatPercent(b.minPercent) }, moneyField('支付保函金额（最低）', b.minAmount)],
    context: paymentGuaranteeRules(),
    sections: ['1.6'],
  });
}
