/**
 * 1.2 民间借贷担保: fee charged by the day (担保费和利息按日计算); the rate is not in the handbook.
 * Term normally within one month, at most three months; 提前三天以上 repaid → fee refunded for the days, interest not.
 */
import { formatMoney, formatNumber, formatPercent, roundYuan } from '../format.js';
import { reply, type Reply, type ReplyField } from '../reply.js';
import { productById, productFigure as fig } from '../tables/products.js';
import type { ParsedInput, Rate } from '../types.js';
import { describeTerm, missingReply, moneyField, pickMoney, settingsOf, termDays, whichAmountReply, type MissingField, type QuoteOptions } from './common.js';

const perWord = { year: '年', month: '月', day: '日' } as const;

/**
 * A rate per year/month/day as a daily percent, on the day-count basis (360: a month is 30 days).
 * @example dailyPercent({ percent: 1.8, per: 'year' }, 360) // 0.005
 */
export function dailyPercent(rate: Pick<Rate, 'percent' | 'per'>, basis: number): number {
  if (rate.per === 'day') return rate.percent;
  if (rate.per === 'month') return rate.percent / (basis / 12);
  return rate.percent / basis;
}

/**
 * 1.2 担保收费 (1): refund for early repayment — 提前三天以上 read as ≥ 3 days (以上 includes the number).
 * @example earlyRepaymentRefund(100, 3) // 300
 * @example earlyRepaymentRefund(100, 2) // 0
 */
export function earlyRepaymentRefund(feePerDay: number, earlyDays: number): number {
  return earlyDays >= fig('private_lending', 'earlyRepaymentMinDays') ? roundYuan(feePerDay * earlyDays) : 0;
}

export function privateLendingRules(): string[] {
  const n = fig('private_lending', 'normalTermMonths');
  const m = fig('private_lending', 'maxTermMonths');
  const e = fig('private_lending', 'earlyRepaymentMinDays');
  return [
    '1.2 产品特点：担保费和利息按日计算（费率手册未定，按公司当期费率）',
    `1.2 客户借款的条件：借款时间一般限定在${n === 1 ? '一' : n}个月以内，最长不超过${m === 3 ? '三' : m}个月`,
    `1.2 担保收费：借款人提前${e === 3 ? '三' : e}天以上归还本金的，按实际提前天数退担保费，不退利息`,
  ];
}

export function privateLendingFactFields(basis: number): ReplyField[] {
  const n = fig('private_lending', 'normalTermMonths');
  const m = fig('private_lending', 'maxTermMonths');
  return [
    { label: '计费方式', value: `按日计算（一年按${basis}天，公司设置）` },
    { label: '费率', value: '手册未定，按公司当期费率' },
    { label: '借款期限', value: `一般${n}个月以内，最长${m}个月` },
    { label: '提前还款', value: `提前${fig('private_lending', 'earlyRepaymentMinDays')}天及以上按实际提前天数退担保费，不退利息` },
  ];
}

/** 1.2 民间借贷担保 quote. */
export function quotePrivateLending(input: ParsedInput, opts?: QuoteOptions): Reply {
  const s = settingsOf(opts);
  const basis = s.dayCountBasis.value;
  const picked = pickMoney(input, undefined);
  if (picked.kind === 'ambiguous') return whichAmountReply('private_lending', picked.sources, '借款金额');
  // A rate without its period (费率0.5%, 千分之五) is asked: 1.2 charges by the day, and reading it per
  // year, month or day changes the fee 30- to 360-fold (docs/rules.md).
  const periodUnknown = input.rate?.perAssumed === true || input.rate?.conflict !== undefined;
  const given = periodUnknown ? undefined : input.rate;
  const rate: Pick<Rate, 'percent' | 'per'> | null = given ?? (periodUnknown ? null : s.privateLendingDefaultRate.value);
  const rateSource = given ? 'input' : rate ? 'setting' : null;
  const missing: MissingField[] = [];
  if (picked.kind === 'none') missing.push('amount');
  if (!rate) missing.push('rate');
  if (picked.kind === 'none' || !rate) {
    const why = input.rate?.conflict
      ? [`写了两个不同的费率（“${input.rate.source}”和“${input.rate.conflict}”），请只给一个。`]
      : periodUnknown
        ? [`“${input.rate?.source ?? ''}”没有写明是日、月还是年费率；民间借贷按日计费，请写明期间（如“日息万五”“月息一分”）。`]
        : ['1.2只规定按日计费，没有给出费率；公司也未设置默认费率。'];
    return missingReply('private_lending', missing, rate ? [] : why);
  }

  const amount = picked.yuan;
  const daily = dailyPercent(rate, basis);
  const perDayExact = (amount * daily) / 100;
  const feePerDay = roundYuan(perDayExact);
  const days = input.term ? termDays(input.term, basis) : null;
  const fee = days === null ? null : roundYuan(perDayExact * days);
  const normalDays = fig('private_lending', 'normalTermMonths') * (basis / 12);
  const maxDays = fig('private_lending', 'maxTermMonths') * (basis / 12);
  const termOverNormal = days !== null && days > normalDays;
  const termOverMax = days !== null && days > maxDays;

  // 约定30天 第20天就还了: repaid 10 days early (the day before the agreed end); on or after the end, not early.
  const used = input.daysUsed;
  const early = input.earlyRepaymentDays ?? (used && days !== null && used.days < days ? days - used.days : null);
  const earlyTooLong = early !== null && days !== null && early >= days;
  const minEarly = fig('private_lending', 'earlyRepaymentMinDays');
  const refundEligible = early === null || earlyTooLong ? null : early >= minEarly;
  const refund = early === null || earlyTooLong ? null : earlyRepaymentRefund(perDayExact, early);

  const row = productById('private_lending');
  const body: string[] = [];
  const rateWord = `${perWord[rate.per]}费率${formatPercent(rate.percent)}`;
  body.push(
    `借款金额${formatMoney(amount)}，${rateWord}${rateSource === 'setting' ? '（公司默认费率）' : ''}${rate.per === 'day' ? '' : `，折合日费率${formatPercent(daily)}`}：每天担保费${formatMoney(feePerDay)}。`,
  );
  if (rate.per !== 'day') body.push(`换算：年费率 ÷ ${basis}，月费率 ÷ ${basis / 12}（一年按${basis}天，公司设置）。`);
  if (days !== null && fee !== null && input.term) {
    body.push(`期限${describeTerm(input.term)}（${formatNumber(days)}天）：担保费${formatMoney(fee)}。`);
  } else {
    body.push(`未给出天数：按实际天数计费，每天${formatMoney(feePerDay)}；例如${formatNumber(normalDays)}天为${formatMoney(roundYuan(perDayExact * normalDays))}。`);
  }
  if (termOverMax) body.push(`⚠️ 期限超过最长${fig('private_lending', 'maxTermMonths')}个月（${formatNumber(maxDays)}天）的规定（1.2）。`);
  else if (termOverNormal) body.push(`注意：期限超过一般的${fig('private_lending', 'normalTermMonths')}个月（1.2：一般限定在一个月以内）。`);
  if (early !== null && input.earlyRepaymentDays === undefined && used) body.push(`约定${formatNumber(days ?? 0)}天，“${used.source}”：提前${early}天。`);
  if (early !== null) {
    if (earlyTooLong) body.push(`⚠️ 提前${early}天不少于借款天数${formatNumber(days ?? 0)}天，请核对。`);
    else if (refundEligible) {
      body.push(`提前${early}天还款（≥${minEarly}天）：退担保费${formatMoney(refund ?? 0)}（按实际提前天数），利息不退。`);
      // 实际收多少: what the client pays in the end (the fee is collected for the agreed days, then refunded).
      if (fee !== null && refund !== null) body.push(`实际收取担保费：${formatMoney(roundYuan(fee - refund))}（${formatMoney(fee)} − 退费${formatMoney(refund)}）。`);
    } else body.push(`提前${early}天还款，不足${minEarly}天：不退担保费（1.2：提前三天以上才按天退费），利息不退。`);
  }

  const fields: ReplyField[] = [
    moneyField('借款金额', amount),
    { label: '费率', value: rate.per === 'day' ? rateWord : `${rateWord}（日${formatPercent(daily)}）` },
    moneyField('每天担保费', feePerDay),
  ];
  if (fee !== null && input.term) fields.push({ label: `担保费（${formatNumber(days ?? 0)}天）`, value: formatMoney(fee) });
  if (refund !== null) fields.push(moneyField('提前还款退费', refund));

  // Repaid early with a refund: the client pays the fee less the refund — the headline (提前10天还了 实际收多少).
  const net = fee !== null && refund !== null && refundEligible === true ? roundYuan(fee - refund) : null;
  return reply('quote.private_lending', {
    title: `${row.name}报价：${net !== null ? `实收${formatMoney(net)}（约定期限${formatMoney(fee!)} − 退费${formatMoney(refund!)}）` : fee !== null ? formatMoney(fee) : `每天${formatMoney(feePerDay)}`}`,
    vars: {
      product: 'private_lending',
      amount,
      ratePercent: rate.percent,
      ratePer: rate.per,
      rateSource,
      dailyRatePercent: daily,
      dayCountBasis: basis,
      feePerDay,
      days,
      fee: net ?? fee,
      feeAgreedTerm: fee,
      termOverNormal,
      termOverMax,
      earlyRepaymentDays: early,
      refundEligible,
      refund,
    },
    body,
    fields,
    context: privateLendingRules(),
    sections: ['1.2'],
  });
}
