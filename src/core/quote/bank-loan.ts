/**
 * 1.1 银行贷款担保: fee = amount × annual rate × term in years.
 * 合肥 1.8%–3%/年 (new or old); outside 合肥: new 3%, old 2.4%–3%; single guarantee up to 3000万.
 */
import { formatMoney, formatMoneyRange, formatPercent, formatPercentRange, formatWan, roundYuan } from '../format.js';
import { reply, type Reply, type ReplyField } from '../reply.js';
import { productById, productFigure as fig, productFigureRow } from '../tables/products.js';
import type { ClientStatus, ParsedInput } from '../types.js';
import { describeTerm, missingReply, moneyField, pickMoney, settingsOf, termYears, whichAmountReply, type QuoteOptions } from './common.js';

export interface RateBand {
  min: number;
  max: number;
}

/**
 * 1.1 担保收费: the annual rate band for a place and client status.
 * @example bankLoanRate('hefei', 'new') // { min: 1.8, max: 3 }
 * @example bankLoanRate('outside', 'returning') // { min: 2.4, max: 3 }
 */
export function bankLoanRate(place: 'hefei' | 'outside', status: ClientStatus): RateBand {
  if (place === 'hefei') return { min: fig('bank_loan', 'hefeiMinPercent'), max: fig('bank_loan', 'hefeiMaxPercent') };
  if (status === 'new') return { min: fig('bank_loan', 'outsideNewPercent'), max: fig('bank_loan', 'outsideNewPercent') };
  return { min: fig('bank_loan', 'outsideReturningMinPercent'), max: fig('bank_loan', 'outsideReturningMaxPercent') };
}

/** fee = amount × rate% × years, to the fen. @example bankLoanFee(5_000_000, 1.8, 1) // 90000 */
export function bankLoanFee(amount: number, ratePercent: number, years: number): number {
  return roundYuan((amount * ratePercent * years) / 100);
}

/** The rule lines (context) of 1.1, from the table. */
export function bankLoanRules(): string[] {
  const p = (k: Parameters<typeof fig<'bank_loan'>>[1]) => formatPercent(fig('bank_loan', k));
  return [
    `1.1 担保收费：合肥地区客户${p('hefeiMinPercent')}/年至${p('hefeiMaxPercent')}/年`,
    `1.1 担保收费：合肥以外新客户一般为${p('outsideNewPercent')}/年，老客户${p('outsideReturningMinPercent')}至${p('outsideReturningMaxPercent')}/年`,
    `1.1 产品特点：单笔担保金额可达${formatWan(fig('bank_loan', 'singleCapYuan'))}`,
  ];
}

/** The figures of 1.1 as fields (for productFacts). */
export function bankLoanFactFields(): ReplyField[] {
  return [
    { label: '合肥地区（新、老客户）', value: `${formatPercentRange(fig('bank_loan', 'hefeiMinPercent'), fig('bank_loan', 'hefeiMaxPercent'))}/年` },
    { label: '合肥以外 新客户', value: `一般${formatPercent(fig('bank_loan', 'outsideNewPercent'))}/年` },
    { label: '合肥以外 老客户', value: `${formatPercentRange(fig('bank_loan', 'outsideReturningMinPercent'), fig('bank_loan', 'outsideReturningMaxPercent'))}/年` },
    { label: '单笔担保金额', value: `可达${formatWan(fig('bank_loan', 'singleCapYuan'))}` },
    { label: '办理时间', value: `${fig('bank_loan', 'processingWeeksMin')}至${fig('bank_loan', 'processingWeeksMax')}周` },
  ];
}

/**
 * The agreed rate (费率2.2%, 年化2%, 2.2个点) per year: a monthly rate × 12, a daily one × the day-count
 * basis (setting); a rate without a period is per year (1.1 quotes %/年; the parser notes it).
 * @example agreedAnnualPercent({ rate: { percent: 0.2, per: 'month', source: '月费率0.2%' } }, 360) // { percent: 2.4, … }
 */
export function agreedAnnualPercent(input: Pick<ParsedInput, 'rate'>, basis: number): { percent: number; words: string } | null {
  const r = input.rate;
  if (!r || r.conflict) return null;
  const factor = r.per === 'year' ? 1 : r.per === 'month' ? 12 : basis;
  const percent = Math.round(r.percent * factor * 1e6) / 1e6;
  const words = r.per === 'year' ? `${formatPercent(percent)}/年` : `${formatPercent(percent)}/年（“${r.source}”折算）`;
  return { percent, words };
}

/** The warning for an amount over 1.1's single-guarantee cap, quoting the handbook's sentence. */
function overCapLine(cap: number): string {
  return `⚠️ 担保金额超过单笔担保金额上限${formatWan(cap)}（1.1“${productFigureRow('bank_loan', 'singleCapYuan').quote}”），需与公司确认能否承保。`;
}

/** 1.1 银行贷款担保 quote. */
export function quoteBankLoan(input: ParsedInput, opts?: QuoteOptions): Reply {
  const basis = settingsOf(opts).dayCountBasis.value;
  const picked = pickMoney(input, undefined);
  if (picked.kind === 'ambiguous') return whichAmountReply('bank_loan', picked.sources, '担保（贷款）金额');
  const missing: ('amount' | 'place')[] = [];
  if (picked.kind === 'none') missing.push('amount');
  if (!input.place) missing.push('place');
  const cap = fig('bank_loan', 'singleCapYuan');
  // An amount over the cap is said before anything is asked (贷3500万，一笔能担这么多吗: the cap answers it).
  if (picked.kind === 'none') return missingReply('bank_loan', missing);
  if (!input.place) return missingReply('bank_loan', missing, picked.yuan > cap ? [overCapLine(cap)] : []);

  const amount = picked.yuan;
  const place = input.place.kind;
  const status = input.clientStatus ?? null;
  const termAssumed = input.term === undefined;
  const term = input.term ?? { months: 12, source: '（未给出，按1年）' };
  const years = termYears(term, basis);
  const overCap = amount > cap;
  const statusUnknown = place === 'outside' && status === null;

  const band = bankLoanRate(place, status ?? 'returning');
  const newBand = bankLoanRate('outside', 'new');
  const rateMin = statusUnknown ? Math.min(band.min, newBand.min) : band.min;
  const rateMax = statusUnknown ? Math.max(band.max, newBand.max) : band.max;
  const agreed = agreedAnnualPercent(input, basis);
  const agreedInBand = agreed === null ? null : agreed.percent >= rateMin && agreed.percent <= rateMax;
  // An agreed rate inside the band is the quote; outside it is flagged and the band is quoted.
  const feeMin = bankLoanFee(amount, agreedInBand ? (agreed?.percent ?? rateMin) : rateMin, years);
  const feeMax = bankLoanFee(amount, agreedInBand ? (agreed?.percent ?? rateMax) : rateMax, years);

  const row = productById('bank_loan');
  const body: string[] = [];
  const placeWord = place === 'hefei' ? `合肥地区（${input.place.name}）` : `合肥以外（${input.place.name}）`;
  const statusWord = status === 'new' ? '新客户' : status === 'returning' ? '老客户' : '';
  body.push(`${placeWord}${statusWord}，担保金额${formatMoney(amount)}，期限${describeTerm(term)}：担保费${formatMoneyRange(feeMin, feeMax)}。`);
  body.push(`计算：担保金额 × 年费率 × 期限（年）${term.days !== undefined ? `，天数按一年${basis}天折算（公司设置）` : ''}。`);
  if (statusUnknown) {
    const feeNew = bankLoanFee(amount, newBand.min, years);
    const ret = bankLoanRate('outside', 'returning');
    body.push(
      `未说明新客户还是老客户，两种都列出：新客户${formatPercent(newBand.min)}/年 → ${formatMoney(feeNew)}；老客户${formatPercentRange(ret.min, ret.max)}/年 → ${formatMoneyRange(bankLoanFee(amount, ret.min, years), bankLoanFee(amount, ret.max, years))}。`,
    );
  }
  if (place === 'hefei' && status !== null) body.push('合肥地区新、老客户费率区间相同。');
  if (input.rate?.conflict) body.push(`⚠️ 写了两个不同的费率（“${input.rate.source}”和“${input.rate.conflict}”），没有按约定费率计算，以上按手册区间报价；请确认约定费率。`);
  if (agreed && agreedInBand) {
    body.push(`按约定费率${agreed.words}计算（在手册1.1区间${formatPercentRange(rateMin, rateMax)}/年之内）。`);
  } else if (agreed) {
    body.push(
      `⚠️ 约定费率${agreed.words}不在手册1.1区间${formatPercentRange(rateMin, rateMax)}/年之内（按它计为${formatMoney(bankLoanFee(amount, agreed.percent, years))}），以上按手册区间报价；需与公司确认。`,
    );
  }
  if (termAssumed) body.push('未给出期限，按1年计算；请补充期限以得到准确费用。');
  if (overCap) {
    body.push(`${overCapLine(cap)}以上费用按全额计算，仅供参考。`);
  }

  const fields: ReplyField[] = [
    moneyField('担保金额', amount),
    {
      label: '年费率',
      value: agreed ? `约定${agreed.words}${agreedInBand ? '' : '（⚠️ 不在区间内）'}；手册${formatPercentRange(rateMin, rateMax)}/年` : `${formatPercentRange(rateMin, rateMax)}/年`,
    },
    { label: '期限', value: termAssumed ? '1年（未给出，按1年）' : describeTerm(term) },
    { label: '担保费', value: formatMoneyRange(feeMin, feeMax) },
  ];
  if (overCap) fields.push(moneyField('单笔担保上限', cap));

  return reply('quote.bank_loan', {
    title: `${row.name}报价：${formatMoneyRange(feeMin, feeMax)}`,
    vars: {
      product: 'bank_loan',
      amount,
      place,
      placeName: input.place.name,
      clientStatus: status,
      statusUnknown,
      rateMinPercent: rateMin,
      rateMaxPercent: rateMax,
      termMonths: term.months ?? null,
      termDays: term.days ?? null,
      termYears: years,
      termAssumed,
      feeMin,
      feeMax,
      overCap,
      capYuan: cap,
      feeText: formatMoneyRange(feeMin, feeMax),
      agreedRatePercent: agreed?.percent ?? null,
      agreedRateInBand: agreedInBand,
    },
    body,
    fields,
    context: bankLoanRules(),
    sections: ['1.1'],
  });
}
