/** 1.5 预付款保函: 与其支付的工程预付款数额相等 — the bond equals the advance payment. */
import { formatMoney, formatWan, roundYuan } from '../format.js';
import { reply, type Reply, type ReplyField } from '../reply.js';
import { productById, productFigure as fig } from '../tables/products.js';
import type { ParsedInput } from '../types.js';
import { missingReply, moneyField, pickMoney, readAsLine, whichAmountReply } from './common.js';

export function advancePaymentRules(): string[] {
  return ['1.5 预付款保函：与工程业主支付的工程预付款数额相等'];
}

export function advancePaymentFactFields(): ReplyField[] {
  return [{ label: '保函金额', value: '与工程预付款数额相等' }];
}

/** 1.5 预付款保函 quote. */
export function quoteAdvancePayment(input: ParsedInput): Reply {
  const share = input.figures.advancePayment === undefined ? input.advanceShare : undefined;
  const contract = input.figures.contractPrice;
  // 预付30% of the contract: the advance is 合同价款 × 30% (said); without the contract price, asked.
  if (share && contract === undefined) return missingReply('advance_payment', ['contractPrice'], [`写了“${share.source}”：请补充合同价款，或直接给出预付款数额。`]);
  const fromShare = share && contract !== undefined ? roundYuan((contract * share.percent) / 100) : undefined;
  const picked = pickMoney(input, fromShare ?? input.figures.advancePayment);
  if (picked.kind === 'ambiguous') return whichAmountReply('advance_payment', picked.sources, '工程预付款');
  if (picked.kind === 'none') return missingReply('advance_payment', ['advancePayment']);
  const advance = picked.yuan;
  const amount = roundYuan((advance * fig('advance_payment', 'equalPercent')) / 100);
  return reply('quote.advance_payment', {
    title: `${productById('advance_payment').name}：${formatWan(amount)}`,
    vars: { product: 'advance_payment', advancePayment: advance, advancePaymentFromAmount: picked.kind === 'amount', guaranteeAmount: amount },
    body: [
      ...readAsLine(picked, '工程预付款'),
      ...(fromShare !== undefined ? [`工程预付款按合同价款${formatMoney(contract!)}×${share!.percent}%（“${share!.source}”）计：${formatMoney(fromShare)}。`] : []),
      `工程预付款${formatMoney(advance)} → 预付款保函金额${formatMoney(amount)}（与预付款数额相等）。`,
    ],
    fields: [moneyField('工程预付款', advance), moneyField('保函金额', amount)],
    context: advancePaymentRules(),
    sections: ['1.5'],
  });
}
