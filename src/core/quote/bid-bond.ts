/** 1.3 投标保函: ≤ 2% of the bid (投标总价), ≤ 80万 — the smaller bound binds. */
import { formatMoney, formatPercent, formatWan, roundYuan } from '../format.js';
import { reply, type Reply, type ReplyField } from '../reply.js';
import { productById, productFigure as fig, productFigureRow } from '../tables/products.js';
import type { ParsedInput } from '../types.js';
import { missingReply, moneyField, pickMoney, readAsLine, whichAmountReply } from './common.js';

export type BidBondBinding = 'percent' | 'cap' | 'equal';

/**
 * 1.3 担保金额: the maximum bond and which bound binds.
 * @example bidBondMax(50_000_000) // { percentAmount: 1000000, max: 800000, binding: 'cap' }
 */
export function bidBondMax(bidPrice: number): { percentAmount: number; max: number; binding: BidBondBinding } {
  const percentAmount = roundYuan((bidPrice * fig('bid_bond', 'maxPercentOfBid')) / 100);
  const cap = fig('bid_bond', 'capYuan');
  const binding: BidBondBinding = percentAmount < cap ? 'percent' : percentAmount > cap ? 'cap' : 'equal';
  return { percentAmount, max: Math.min(percentAmount, cap), binding };
}

export function bidBondRules(): string[] {
  return [`1.3 投标保函：担保金额一般不得超过投标总价的${formatPercent(fig('bid_bond', 'maxPercentOfBid'))}，最高不得超过${formatWan(fig('bid_bond', 'capYuan'))}`];
}

export function bidBondFactFields(): ReplyField[] {
  return [
    { label: '担保金额上限（比例）', value: `投标总价的${formatPercent(fig('bid_bond', 'maxPercentOfBid'))}` },
    { label: '担保金额上限（绝对）', value: formatWan(fig('bid_bond', 'capYuan')) },
  ];
}

/** 1.3 投标保函 quote: the bid price is labelled, or the one unlabelled amount read as the bid price (said so). */
export function quoteBidBond(input: ParsedInput): Reply {
  const labelled = input.figures.bidPrice;
  const picked = pickMoney(input, labelled);
  if (picked.kind === 'ambiguous') return whichAmountReply('bid_bond', picked.sources, '投标总价');
  if (picked.kind === 'none') return missingReply('bid_bond', ['bidPrice']);

  const bidPrice = picked.yuan;
  const { percentAmount, max, binding } = bidBondMax(bidPrice);
  const cap = fig('bid_bond', 'capYuan');
  const pct = fig('bid_bond', 'maxPercentOfBid');
  // A labelled bid price plus one unlabelled amount: the amount is the bond applied for.
  const requestedMoney = labelled !== undefined && input.amounts.length === 1 ? (input.amount ?? input.amounts[0]) : undefined;
  const requested = requestedMoney?.yuan ?? null;
  const requestedOverMax = requested !== null && requested > max;

  const why =
    binding === 'cap'
      ? `${formatPercent(pct)}为${formatWan(percentAmount)}，超过${formatWan(cap)}上限`
      : binding === 'percent'
        ? `${formatPercent(pct)}为${formatWan(percentAmount)}，未超过${formatWan(cap)}上限`
        : `${formatPercent(pct)}恰为${formatWan(cap)}上限`;
  const body = [...readAsLine(picked, '投标总价'), `投标总价${formatWan(bidPrice)} → 担保金额最高${formatWan(max)}（${why}）。`];
  if (requested !== null) {
    // Over the bound: the handbook's own sentence on the binding bound (最高不得超过80万元人民币), so the manager can show it.
    const rule = productFigureRow('bid_bond', binding === 'percent' ? 'maxPercentOfBid' : 'capYuan');
    body.push(requestedOverMax ? `⚠️ 申请的${formatMoney(requested)}超过最高可担保的${formatMoney(max)}（1.3“${rule.quote}”）。` : `申请的${formatMoney(requested)}在最高${formatMoney(max)}以内。`);
  }

  return reply('quote.bid_bond', {
    title: `${productById('bid_bond').name}：最高${formatWan(max)}`,
    vars: {
      product: 'bid_bond',
      bidPrice,
      bidPriceFromAmount: picked.kind === 'amount',
      maxPercent: pct,
      percentAmount,
      capYuan: cap,
      maxAmount: max,
      binding,
      requested,
      requestedOverMax,
    },
    body,
    fields: [moneyField('投标总价', bidPrice), moneyField(`投标总价×${formatPercent(pct)}`, percentAmount), moneyField('最高限额', cap), moneyField('担保金额最高', max)],
    context: bidBondRules(),
    sections: ['1.3'],
  });
}
