/**
 * productFacts: a product's figures and conditions for direct questions ("外地老客户费率多少"),
 * built from the same tables and rule lines as the quotes — one source for every number.
 */
import { reply, type Reply, type ReplyField } from '../reply.js';
import { bankLoanConditions } from '../tables/criteria.js';
import { productById } from '../tables/products.js';
import { settings as loadedSettings } from '../tables/settings.js';
import type { ProductId } from '../types.js';
import { advancePaymentFactFields, advancePaymentRules } from './advance-payment.js';
import { bankLoanFactFields, bankLoanRules } from './bank-loan.js';
import { bidBondFactFields, bidBondRules } from './bid-bond.js';
import { type QuoteOptions } from './common.js';
import { equityFinancingCaseLine, equityFinancingFactFields, equityFinancingRules } from './equity-financing.js';
import { paymentGuaranteeFactFields, paymentGuaranteeRules } from './payment-guarantee.js';
import { performanceBondFactFields, performanceBondRules } from './performance-bond.js';
import { privateLendingFactFields, privateLendingRules } from './private-lending.js';
import { receivablesFinancingRules } from './receivables-financing.js';
import { tradeCreditFactFields, tradeCreditRules } from './trade-credit.js';

function factsOf(id: ProductId, basis: number): { fields: ReplyField[]; context: string[]; extra: string[] } {
  switch (id) {
    case 'bank_loan':
      return {
        fields: bankLoanFactFields(),
        context: bankLoanRules(),
        extra: ['*客户基本条件（1.1）*', ...bankLoanConditions.map((c) => `• ${c.text}`)],
      };
    case 'private_lending':
      return { fields: privateLendingFactFields(basis), context: privateLendingRules(), extra: [] };
    case 'bid_bond':
      return { fields: bidBondFactFields(), context: bidBondRules(), extra: [] };
    case 'performance_bond':
      return { fields: performanceBondFactFields(), context: performanceBondRules(), extra: [] };
    case 'advance_payment':
      return { fields: advancePaymentFactFields(), context: advancePaymentRules(), extra: [] };
    case 'payment_guarantee':
      return { fields: [...paymentGuaranteeFactFields(), ...performanceBondFactFields()], context: paymentGuaranteeRules(), extra: [] };
    case 'trade_credit':
      return { fields: tradeCreditFactFields(), context: tradeCreditRules(), extra: [] };
    case 'receivables_financing':
      return { fields: [], context: receivablesFinancingRules(), extra: [] };
    case 'equity_financing':
      return { fields: equityFinancingFactFields(), context: equityFinancingRules(), extra: [equityFinancingCaseLine()] };
  }
}

/** product.facts: the product's definition, figures (fields), features, conditions and rule lines. */
export function productFacts(id: ProductId, opts?: QuoteOptions): Reply {
  const row = productById(id);
  const basis = (opts?.settings ?? loadedSettings).dayCountBasis.value;
  const { fields, context, extra } = factsOf(id, basis);
  const sections = id === 'performance_bond' ? ['1.4', '1.6'] : [row.section];
  return reply('product.facts', {
    title: `${row.section} ${row.name}`,
    vars: { product: id, section: row.section, figureCount: fields.length },
    body: [
      row.summary,
      ...(row.features.length ? ['*产品特点*', ...row.features.map((f) => `• ${f}`)] : []),
      ...(row.conditions.length ? ['*条件*', ...row.conditions.map((c) => `• ${c}`)] : []),
      ...extra,
    ],
    fields,
    context,
    sections,
  });
}
