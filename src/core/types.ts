/**
 * Shared domain types between the Chinese-input parser (core/parse) and the rules
 * (core/quote, core/classify). Parsing never decides a figure; rules never read text.
 */

/** The nine products of handbook section 1 (1.1–1.9). */
export type ProductId =
  | 'bank_loan' // 1.1 银行贷款担保
  | 'private_lending' // 1.2 民间借贷担保
  | 'bid_bond' // 1.3 投标保函
  | 'performance_bond' // 1.4 履约保函 (figures in 1.6 条例第五十八条)
  | 'advance_payment' // 1.5 预付款保函
  | 'payment_guarantee' // 1.6 支付保函
  | 'trade_credit' // 1.7 国内贸易短期信用担保
  | 'receivables_financing' // 1.8 应收账款短期融资
  | 'equity_financing'; // 1.9 担保股权融资

/** An amount of money, always held in 元. */
export interface Money {
  yuan: number;
  /** The text it was read from, e.g. '500万'. */
  source: string;
  /** Set when the text had no unit and a unit was assumed (see docs/rules.md). */
  assumedUnit?: '元' | '万元';
}

/** A term; months for month/year terms, days for day terms. Exactly one is set. */
export interface Term {
  months?: number;
  days?: number;
  source: string;
}

/** A fee rate in percent, per period. */
export interface Rate {
  percent: number;
  per: 'year' | 'month' | 'day';
  source: string;
  /** The period was not written (费率2.4%, 千分之五): `per` is the per-year reading, said in a note. */
  perAssumed?: boolean;
  /** Another, different rate was also written (its text): the rate is not an agreed one; rules ask. */
  conflict?: string;
}

export interface Place {
  /** 'hefei' for 合肥 and the districts/counties it administers, 'outside' for anywhere else. */
  kind: 'hefei' | 'outside';
  /** Canonical name as matched, e.g. '蜀山区', '合肥', '外地', '芜湖'. */
  name: string;
  /** Section the place list comes from (2.2) or 'setting'. */
  section: string;
}

export type ClientStatus = 'new' | 'returning';

/** Labelled figures a manager may give. Money in 元, ratios in percent, counts as numbers. */
export interface LabelledFigures {
  bidPrice?: number; // 投标总价 (元)
  contractPrice?: number; // 合同价 / 合同价款 (元)
  advancePayment?: number; // 预付款 (元)
  receivables?: number; // 应收账款 (元)
  recovered?: number; // 1.7 已收回的货款 (元): the loss is receivables less this
  netAssets?: number; // 净资产 (元)
  totalAssets?: number; // 总资产 (元)
  liabilities?: number; // 负债 / 总负债 (元): with 总资产 it gives 净资产
  revenue?: number; // 销售收入 / 营业收入 (元, per year)
  profit?: number; // 利润 / 净利润 (元, per year)
  debtRatio?: number; // 资产负债率 (percent, e.g. 60)
  yearsInBusiness?: number; // 经营N年
  employees?: number; // 职工人数
  projectInvestment?: number; // 1.9 项目总投资 (元)
  ownFunds?: number; // 1.9 自筹 / 自有资金 (元)
}

/** A number the parser found but could not read the unit of (500k, 300刀, 80兆): never given a unit, asked. */
export interface UnclearFigure {
  /** The text as typed, e.g. '500k'. */
  source: string;
  /** What the number would have been: the unlabelled amount or a labelled figure. */
  field: 'amount' | keyof LabelledFigures;
}

export type Industry = 'manufacturing' | 'trade' | 'services' | 'real_estate';
export type LifeStage = 'startup' | 'growth' | 'mature' | 'decline';
export type LifecycleStage = '考察期' | '形成期' | '稳定期' | '退化期';

/**
 * A figure known only to lie above and/or below a value (元, percent or years, as the figure): 不到 → below,
 * 不超过/最多 → at most, 超过 → above, 至少/不少于 → at least. `shown`: the label, the bound word and the value, as typed.
 */
export interface FigureBound {
  below?: { value: number; inclusive: boolean };
  above?: { value: number; inclusive: boolean };
  shown: string;
}

/** Everything the parser could read from one line of text. */
export interface ParsedInput {
  /** Products mentioned, in order of appearance, without duplicates. Two or more → the caller asks which. */
  products: ProductId[];
  /** The unlabelled amount (贷款金额 etc.), if any. */
  amount?: Money;
  /** All unlabelled amounts in order (more than one → the caller asks which). */
  amounts: Money[];
  term?: Term;
  rate?: Rate;
  place?: Place;
  clientStatus?: ClientStatus;
  figures: LabelledFigures;
  industry?: Industry;
  lifeStage?: LifeStage;
  /** 经评审的最低投标价法 mentioned. */
  lowestEvaluatedBid?: boolean;
  /** 提前N天还款. */
  earlyRepaymentDays?: number;
  /** 1.2: 第20天就还了, 实际用了20天 — the day the loan was repaid; with the agreed term it gives the days early. */
  daysUsed?: { days: number; source: string };
  /**
   * Labelled figures stated as a bound, not a value (销售收入不到3000万, 负债率超过70%, 成立不到三年): decide a
   * threshold only when the bound settles it (classify/compare.ts meetsBound). Never also in `figures`.
   */
  bounds?: Partial<Record<keyof LabelledFigures, FigureBound>>;
  /** 1.5: the advance payment given as a share of the contract (预付30%, 预付款三成): 预付款 = 合同价款 × percent. */
  advanceShare?: { percent: number; source: string };
  /** 1.4/1.6: the bond's share of the contract the manager gives (按合同的15%开): set by quote() from a bare percentage. */
  bondShare?: { percent: number; source: string };
  /** 1.6: a performance bond already issued (履约保函开了450万): the payment bond equals it. */
  issuedPerformanceBond?: { yuan: number; source: string };
  /** 1.9: own funds given as a share of the total investment (自筹比例40%): 自筹 = 项目总投资 × percent. */
  ownFundsShare?: { percent: number; source: string };
  /** Words/tokens the parser could not use; always shown to the user, never dropped. */
  unused: string[];
  /** How ambiguous input was read, e.g. '“5000”没有单位，按万元理解'. Shown in the reply. */
  notes: string[];
  /** Input errors that make a value unusable (negative, zero, absurd), in Chinese. */
  errors: string[];
  /** Numbers next to a word the parser does not read as a unit: the reply asks, never guesses. */
  unclear?: UnclearFigure[];
  /** Place or status written two conflicting ways (合肥 … 芜湖, 合肥周边, 新客户 … 老客户): the reply asks. */
  ambiguous?: AmbiguousField[];
}

/** A field the text gives conflicting values for; `sources` are the words as typed. */
export interface AmbiguousField {
  field: 'place' | 'clientStatus' | 'term' | keyof LabelledFigures;
  sources: string[];
}
