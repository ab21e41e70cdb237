/** 1.8 应收账款短期融资: no fee figure in the handbook — explain the product, features, conditions, what to ask. */
import { formatMoney } from '../format.js';
import { reply, type Reply } from '../reply.js';
import { productById } from '../tables/products.js';
import type { ParsedInput } from '../types.js';
import { pickMoney } from './common.js';

export function receivablesFinancingRules(): string[] {
  return ['1.8 应收帐款短期融资：手册未给出费率或金额比例，具体条件需与公司确认'];
}

/** 1.8 quote: an explanation; an amount given is echoed, never priced. */
export function quoteReceivablesFinancing(input: ParsedInput): Reply {
  const row = productById('receivables_financing');
  const picked = pickMoney(input, input.figures.receivables);
  const amount = picked.kind === 'labelled' || picked.kind === 'amount' ? picked.yuan : null;
  return reply('quote.receivables_financing', {
    title: `${row.name}：手册未给出收费标准`,
    vars: { product: 'receivables_financing', hasFeeFigure: false, amount },
    body: [
      row.summary,
      ...(amount !== null ? [`提到的金额：${formatMoney(amount)}（手册没有按金额计费的规则，不作报价）。`] : []),
      '*产品特点*',
      ...row.features.map((f) => `• ${f}`),
      '*条件*',
      ...row.conditions.map((c) => `• ${c}`),
      '*需向客户了解*',
      ...row.ask.map((a) => `• ${a}`),
    ],
    context: receivablesFinancingRules(),
    sections: ['1.8'],
  });
}
