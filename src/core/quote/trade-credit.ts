/**
 * 1.7 国内贸易短期信用担保: 承保比例为90，企业须自负10 — read as 90% of the loss covered, 10% borne by the seller.
 */
import { formatMoney, formatPercent, roundYuan } from '../format.js';
import { reply, type Reply, type ReplyField } from '../reply.js';
import { productById, productFigure as fig } from '../tables/products.js';
import type { ParsedInput } from '../types.js';
import { missingReply, moneyField, pickMoney, readAsLine, whichAmountReply } from './common.js';

/**
 * Splits a loss into the guarantor's and the seller's parts.
 * @example tradeCreditSplit(1_000_000) // { covered: 900000, sellerShare: 100000 }
 */
export function tradeCreditSplit(loss: number): { covered: number; sellerShare: number } {
  const covered = roundYuan((loss * fig('trade_credit', 'coveredPercent')) / 100);
  return { covered, sellerShare: roundYuan(loss - covered) };
}

export function tradeCreditRules(): string[] {
  return [`1.7 担保范围：承保比例为${formatPercent(fig('trade_credit', 'coveredPercent'))}，企业自负${formatPercent(fig('trade_credit', 'sellerPercent'))}（手册原文“90”“10”，按百分比理解）`];
}

export function tradeCreditFactFields(): ReplyField[] {
  return [
    { label: '承保比例', value: formatPercent(fig('trade_credit', 'coveredPercent')) },
    { label: '企业自负', value: formatPercent(fig('trade_credit', 'sellerPercent')) },
  ];
}

/** 1.7 quote: given the receivables (or loss), both parts. */
export function quoteTradeCredit(input: ParsedInput): Reply {
  const picked = pickMoney(input, input.figures.receivables);
  if (picked.kind === 'ambiguous') return whichAmountReply('trade_credit', picked.sources, '应收账款（损失）金额');
  if (picked.kind === 'none') return missingReply('trade_credit', ['amount']);
  // 赊销1000万 收回400万 余款买方破产: the loss is what was not recovered; recovering it all (or more) leaves nothing to quote.
  const recovered = input.figures.recovered;
  if (recovered !== undefined && recovered >= picked.yuan) return missingReply('trade_credit', ['amount']);
  const loss = picked.yuan - (recovered ?? 0);
  const recoveredLine = recovered === undefined ? [] : [`应收账款${formatMoney(picked.yuan)} − 已收回${formatMoney(recovered)} = 损失${formatMoney(loss)}。`];
  const { covered, sellerShare } = tradeCreditSplit(loss);
  const cp = fig('trade_credit', 'coveredPercent');
  const sp = fig('trade_credit', 'sellerPercent');
  return reply('quote.trade_credit', {
    title: `${productById('trade_credit').name}：赔付${formatPercent(cp)}，自负${formatPercent(sp)}`,
    vars: { product: 'trade_credit', loss, lossFromAmount: picked.kind === 'amount', recovered: recovered ?? null, coveredPercent: cp, sellerPercent: sp, covered, sellerShare },
    body: [
      ...readAsLine(picked, recovered === undefined ? '应收账款损失' : '应收账款'),
      ...recoveredLine,
      `应收账款损失${formatMoney(loss)}：担保公司赔偿${formatPercent(cp)}，即${formatMoney(covered)}；企业自负${formatPercent(sp)}，即${formatMoney(sellerShare)}。`,
      '赔偿范围：买方丧失清偿能力或者恶意拖欠造成的卖方应收帐款损失。',
    ],
    fields: [moneyField('应收账款损失', loss), moneyField(`担保赔付（${formatPercent(cp)}）`, covered), moneyField(`企业自负（${formatPercent(sp)}）`, sellerShare)],
    context: tradeCreditRules(),
    sections: ['1.7'],
  });
}
