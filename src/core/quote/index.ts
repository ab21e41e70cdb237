/**
 * quote(input): the handbook section 1 rule for the one product mentioned → Reply.
 * One file per product rule; this file only routes and adds what every reply carries
 * (parser errors, notes and unused words). Pure: no I/O, no clock, settings passed in or loaded as data.
 */
import { reply, type Reply } from '../reply.js';
import { productById, products } from '../tables/products.js';
import type { ParsedInput, ProductId, UnclearFigure } from '../types.js';
import { quoteAdvancePayment } from './advance-payment.js';
import { quoteBankLoan } from './bank-loan.js';
import { quoteBidBond } from './bid-bond.js';
import { missingReply, withInputLines, type MissingField, type QuoteOptions } from './common.js';
import { quoteEquityFinancing } from './equity-financing.js';
import { quotePaymentGuarantee } from './payment-guarantee.js';
import { quotePerformanceBond } from './performance-bond.js';
import { quotePrivateLending } from './private-lending.js';
import { quoteReceivablesFinancing } from './receivables-financing.js';
import { quoteTradeCredit } from './trade-credit.js';

export { productFacts } from './facts.js';
export { bankLoanFee, bankLoanRate } from './bank-loan.js';
export { dailyPercent, earlyRepaymentRefund } from './private-lending.js';
export { bidBondMax } from './bid-bond.js';
export { performanceBondMin } from './performance-bond.js';
export { tradeCreditSplit } from './trade-credit.js';
export { missingFields, type MissingField, type QuoteOptions } from './common.js';

const rules: Record<ProductId, (input: ParsedInput, opts?: QuoteOptions) => Reply> = {
  bank_loan: quoteBankLoan,
  private_lending: quotePrivateLending,
  bid_bond: quoteBidBond,
  performance_bond: quotePerformanceBond,
  advance_payment: quoteAdvancePayment,
  payment_guarantee: quotePaymentGuarantee,
  trade_credit: quoteTradeCredit,
  receivables_financing: quoteReceivablesFinancing,
  equity_financing: quoteEquityFinancing,
};

function needProduct(): Reply {
  return reply('quote.need_product', {
    title: '请说明是哪种产品',
    vars: { products: products.map((p) => p.id).join(',') },
    body: ['报价需要知道产品。我们的九种产品：', ...products.map((p) => `• ${p.section} ${p.name}`)],
    context: ['1 公司产品介绍'],
    sections: ['1'],
  });
}

function twoProducts(ids: ProductId[]): Reply {
  const rows = ids.map((id) => productById(id));
  return reply('quote.two_products', {
    title: '提到了不止一种产品，按哪一种报价？',
    vars: { products: ids.join(','), count: ids.length },
    body: [`提到了：${rows.map((r) => `${r.section} ${r.name}`).join('、')}。请只说一种，分别报价。`],
    context: rows.map((r) => `${r.section} ${r.name}`),
    sections: rows.map((r) => r.section),
  });
}

/** quote.invalid: input errors left nothing usable for the rule. */
function invalid(input: ParsedInput, product: ProductId | null, missing: string | null): Reply {
  return reply('quote.invalid', {
    title: '输入有误，无法报价',
    vars: { product, errors: input.errors.length, missing },
    body: ['请改正后重试：'],
    context: product ? [`${productById(product).section} ${productById(product).name}`] : [],
    sections: product ? [productById(product).section] : [],
  });
}

const askedFor = (field: UnclearFigure['field']): MissingField => (field === 'bidPrice' || field === 'contractPrice' || field === 'advancePayment' ? field : 'amount');

/**
 * No headline from a guess: a number whose unit was not read (500k, 300刀) is asked for, with the
 * same follow-up as a missing figure (modal on Slack, next line in the console or DM), even when
 * another figure would let the rule compute.
 */
function unclearReply(product: ProductId, unclear: UnclearFigure[]): Reply {
  const fields = [...new Set(unclear.map((u) => askedFor(u.field)))];
  const sources = unclear.map((u) => `“${u.source}”`).join('、');
  return missingReply(product, fields, [`${sources}的单位无法识别，没有按任何单位计算。请写明单位，如“500万”“1.2亿”或“5,000,000元”。`]);
}

/**
 * A place or status written two conflicting ways (合肥 … 芜湖, 合肥周边, 新客户 … 老客户) is asked with the
 * missing-figure follow-up, never the first taken (docs/parsing.md). Only 1.1 prices by them, and in
 * 合肥 new and returning clients share one band, so status is asked only outside Hefei.
 */
/** The labelled money figures a quote rule reads (1.3–1.9). */
const QUOTED_FIGURES: ReadonlySet<string> = new Set(['bidPrice', 'contractPrice', 'advancePayment', 'receivables', 'recovered', 'projectInvestment', 'ownFunds']);

function ambiguousAsk(product: ProductId, input: ParsedInput): Reply | null {
  if (!input.ambiguous?.length) return null;
  // A term prices 1.1 and 1.2; a place or status only 1.1 (status outside Hefei only); a product figure said two ways
  // (合同价一千万还是一千二百万) every rule that reads it.
  const rows = input.ambiguous.filter((a) =>
    a.field === 'term'
      ? product === 'bank_loan' || product === 'private_lending'
      : a.field === 'place' || a.field === 'clientStatus'
        ? product === 'bank_loan' && (a.field === 'place' || input.place?.kind !== 'hefei')
        : QUOTED_FIGURES.has(a.field),
  );
  if (rows.length === 0) return null;
  const said = rows.map((a) => a.sources.map((x) => `“${x}”`).join('、')).join('；');
  return missingReply(
    product,
    rows.map((a) => (a.field === 'term' || a.field === 'place' || a.field === 'clientStatus' ? a.field : askedFor(a.field))),
    [`写了${said}，无法确定按哪一个报价。`],
  );
}

/**
 * The quote for one line of parsed input.
 * @example quote({ products: ['bid_bond'], figures: { bidPrice: 50_000_000 }, ... }).vars.maxAmount // 800000
 */
/**
 * 1.4/1.6 state no fee: a bare percentage in their message (履约那边是按合同2800万的15%开的, 履约担保按10%) is the bond's share
 * of the contract, not a fee rate (it was ignored, and the bond quoted at the legal minimum); in a 1.5 message, the advance's.
 */
function withBondShare(product: ProductId, input: ParsedInput): ParsedInput {
  const rate = input.rate;
  // A percentage said as a fee (费率1%, 担保费2%) is a fee asked, never a share of the contract.
  if (!rate?.perAssumed || rate.conflict !== undefined || /[费率息]/u.test(rate.source)) return input;
  // 预付款保函 合同价3000万 业主先打20%: 1.5 states no fee either, so a bare percentage is the advance's share of the contract.
  const key = product === 'advance_payment' ? (input.advanceShare === undefined ? 'advanceShare' : null) : product === 'performance_bond' || product === 'payment_guarantee' ? 'bondShare' : null;
  if (key === null) return input;
  const { rate: _rate, ...rest } = input;
  return { ...rest, [key]: { percent: rate.percent, source: rate.source }, notes: input.notes.filter((n) => !n.includes(`“${rate.source}”`)) };
}

export function quote(input: ParsedInput, opts?: QuoteOptions): Reply {
  const [first, ...rest] = input.products;
  let r: Reply;
  if (first === undefined) r = input.errors.length > 0 ? invalid(input, null, null) : needProduct();
  else if (rest.length > 0) r = twoProducts(input.products);
  else if (input.unclear?.length) r = unclearReply(first, input.unclear);
  else {
    const read = withBondShare(first, input);
    r = ambiguousAsk(first, read) ?? rules[first](read, opts);
    if (input.errors.length > 0 && r.key === 'quote.missing') r = invalid(input, first, String(r.vars.missing));
    return withInputLines(r, read);
  }
  return withInputLines(r, input);
}
