/**
 * The misread classes of the QA probe (issue #11 follow-up, /work/probe11/report.md), one table per class,
 * each row citing the section it follows (docs/parsing.md). The probe's own inputs are in
 * test/eval/parse-probe2.jsonl; these tables hold other members of each class.
 */
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/core/parse/index.js';
import { completeQuoteText } from '../../../src/core/quote-followup.js';
import { quote } from '../../../src/core/quote/index.js';
import { classify } from '../../../src/core/classify/index.js';

describe('万一: a Chinese amount ending in 万 before 一年/一个月/一周 is an amount and a term (1.1, 1.2)', () => {
  it.each([
    ['七百万一年', 7_000_000, { months: 12 }],
    ['两千万一年半', 20_000_000, { months: 18 }],
    ['五十万一个月', 500_000, { months: 1 }],
    ['八百万一周', 8_000_000, { days: 7 }],
    ['一千二百万一年', 12_000_000, { months: 12 }],
    ['三百万一期', 3_000_000, undefined],
  ])('%s → amount %d, no rate', (text, yuan, term) => {
    const p = parseInput(`银行贷款 ${text}`);
    expect(p.amount?.yuan).toBe(yuan);
    expect(p.rate).toBeUndefined();
    if (term) expect(p.term).toMatchObject(term);
  });

  it.each([
    ['营收四千万一年', 'revenue', 40_000_000],
    ['净资产一千五百万一年', 'netAssets', 15_000_000],
    ['利润两百万一年', 'profit', 2_000_000],
  ] as const)('labelled %s → %s %d (2.3), the 一 is the term', (text, key, yuan) => {
    expect(parseInput(text).figures[key]).toBe(yuan);
  });

  it.each([
    ['日息万一', 0.01, 'day'],
    ['每天万五', 0.05, 'day'],
    ['日息万五一个月', 0.05, 'day'],
  ])('a rate word keeps its form: %s → %d%%/%s (1.2)', (text, percent, per) => {
    expect(parseInput(`民间借贷 100万 ${text}`).rate).toMatchObject({ percent, per });
  });

  it('一万五 alone is still 15000 (colloquial)', () => {
    expect(parseInput('一万五元').amount?.yuan).toBe(15_000);
  });
});

describe('negation: a negated status flips, a negated 合肥 is 合肥以外 (1.1 新客户/老客户, 合肥以外的地区)', () => {
  it.each([
    ['不是老客户', 'new'],
    ['并非老客户', 'new'],
    ['非老客', 'new'],
    ['不是新客户', 'returning'],
    ['非新客户', 'returning'],
    ['不属于新客户', 'returning'],
    ['不是首次合作', 'returning'],
  ])('%s → %s', (text, status) => {
    expect(parseInput(`蚌埠 ${text} 500万`).clientStatus).toBe(status);
  });

  it('是不是老客户 is a question: no status', () => {
    expect(parseInput('蚌埠 是不是老客户 500万').clientStatus).toBeUndefined();
  });

  it.each(['不在合肥', '并不在合肥', '客户不在合肥', '不是合肥的'])('%s → outside (1.1)', (text) => {
    expect(parseInput(`${text} 500万`).place?.kind).toBe('outside');
  });

  it('不在芜湖 says nothing about where the client is: asked', () => {
    const p = parseInput('不在芜湖 500万');
    expect(p.place).toBeUndefined();
    expect(p.ambiguous?.[0]?.field).toBe('place');
  });
});

describe('conflicting places and statuses: asked unless one clear reading exists (1.1)', () => {
  it.each([
    ['合肥 蚌埠', undefined],
    ['合肥附近', undefined],
    ['肥东周边', undefined],
    ['工程在合肥 企业在淮南', 'outside'],
    ['项目在芜湖 客户在合肥', 'hefei'],
    ['厂房在合肥 公司是安庆的', 'outside'],
    ['客户是包河的 项目在外地', 'hefei'],
    ['芜湖 外地', 'outside'],
    ['包河 合肥', 'hefei'],
  ])('%s → %s', (text, kind) => {
    const p = parseInput(`银行贷款 ${text} 新客户 500万 1年`);
    expect(p.place?.kind).toBe(kind);
    if (kind === undefined) expect(p.ambiguous?.map((a) => a.field)).toContain('place');
  });

  it.each([
    ['新客户 老客户', undefined],
    ['老客户推荐的新客户', 'new'],
    ['老客户转介绍 新客户', 'new'],
    ['新客户 新客', 'new'],
  ])('%s → %s', (text, status) => {
    const p = parseInput(`银行贷款 芜湖 ${text} 500万 1年`);
    expect(p.clientStatus).toBe(status);
  });

  it('a conflict is asked with the missing-figure follow-up, and the answer replaces it', () => {
    const text = '银行贷款 合肥 芜湖 新客户 500万 1年';
    const r = quote(parseInput(text));
    expect(r.key).toBe('quote.missing');
    expect(r.vars.missing).toBe('place');
    const done = quote(parseInput(completeQuoteText(text, { place: '合肥以外' })));
    expect(done.key).toBe('quote.bank_loan');
    expect(done.vars.feeMin).toBe(150_000);
  });

  it('in 合肥 a status conflict is not asked: both statuses share the band (1.1)', () => {
    const r = quote(parseInput('银行贷款 合肥 新客户 老客户 500万 1年'));
    expect(r.key).toBe('quote.bank_loan');
    expect([r.vars.feeMin, r.vars.feeMax]).toEqual([90_000, 150_000]);
  });
});

describe('compound terms: N年(零)M个月 is one term (setting: term in months, 1.1 fee × years)', () => {
  it.each([
    ['两年零三个月', 27],
    ['3年6个月', 42],
    ['一年又两个月', 14],
    ['期限：1年 零 9个月', 21],
    ['2年零1月', 25],
  ])('%s → %d months', (text, months) => {
    const p = parseInput(`银行贷款 合肥 500万 ${text}`);
    expect(p.term?.months).toBe(months);
    expect(p.notes.join()).not.toContain('另有期限');
  });

  it('2024年3月 is no compound term (个 is required without 零)', () => {
    expect(parseInput('2024年3月').term?.months).not.toBe(2024 * 12 + 3);
  });
});

describe('revenue with a period: 2.3 figures are per year (月均 ×12 stated; other periods asked)', () => {
  it.each([
    ['月均销售额250万', 30_000_000],
    ['月平均营收100万', 12_000_000],
    ['平均每月销售收入300万', 36_000_000],
  ])('%s → revenue %d with the assumption stated', (text, yuan) => {
    const p = parseInput(text);
    expect(p.figures.revenue).toBe(yuan);
    expect(p.notes.join()).toContain('×12');
  });

  it.each(['月营业额300万', '每月销售200万', '一季度营收900万', '前三季度销售收入3000万', '下半年营业收入1800万', '上半年的营收2000万', '月利润20万'])(
    '%s is not a year: not used, asked (2.3)',
    (text) => {
      const p = parseInput(text);
      expect(p.figures.revenue).toBeUndefined();
      expect(p.figures.profit).toBeUndefined();
      expect(p.notes.join()).toContain('不是全年的数字');
    },
  );

  it('年销售额 and 去年营收 are a year', () => {
    expect(parseInput('年销售额3500万').figures.revenue).toBe(35_000_000);
    expect(parseInput('去年营收3500万').figures.revenue).toBe(35_000_000);
  });
});

describe('labels of another measure are not 2.3 销售收入/利润 (2.3 利润 = 净利润)', () => {
  it.each([
    ['投资收益80万 销售收入4000万', 'revenue', 40_000_000],
    ['营业外收入30万 营收3500万', 'revenue', 35_000_000],
    ['其他业务收入20万', 'revenue', undefined],
    ['经营利润500万 净利润45万', 'profit', 450_000],
    ['毛利800万', 'profit', undefined],
    ['销售利润率12% 利润300万', 'profit', 3_000_000],
  ] as const)('%s → %s %s', (text, key, value) => {
    expect(parseInput(text).figures[key]).toBe(value);
  });

  it('利润率5% is not a rate either', () => {
    expect(parseInput('民间借贷 100万 利润率5%').rate).toBeUndefined();
  });

  it('利润总额 counts only when no 净利润 is given, and says so', () => {
    const alone = parseInput('税前利润40万');
    expect(alone.figures.profit).toBe(400_000);
    expect(alone.notes.join()).toContain('未给出净利润');
    expect(parseInput('利润总额80万 净利润60万').figures.profit).toBe(600_000);
    expect(parseInput('净利润60万 利润总额80万').figures.profit).toBe(600_000);
  });
});

describe('月息一分五: a digit after 分/厘 is its tenth (1.2, setting rates.fen)', () => {
  it.each([
    ['月息一分五', 1.5, 'month'],
    ['月息一分二', 1.2, 'month'],
    ['月息两分五', 2.5, 'month'],
    ['月息八厘五', 0.85, 'month'],
    ['月息一分五厘', 1.5, 'month'],
    ['年息一分二', 12, 'year'],
    // Arabic digits too (月息1分5 read 5 as a second amount, 5万, and asked which).
    ['月息1分5', 1.5, 'month'],
    ['月息0分8', 0.8, 'month'],
    ['年息8厘5', 8.5, 'year'],
  ])('%s → %d%%/%s', (text, percent, per) => {
    expect(parseInput(`民间借贷 100万 30天 ${text}`).rate).toMatchObject({ percent, per });
  });

  it('月息1分 then 50万: the amount stays an amount', () => {
    const p = parseInput('民间借贷 月息1分 50万 30天');
    expect(p.rate?.percent).toBe(1);
    expect(p.amount?.yuan).toBe(500_000);
  });

  it('月息一分五十万: the numeral goes on, so 一分 is the rate and 五十万 the amount', () => {
    const p = parseInput('民间借贷 月息一分五十万 30天');
    expect(p.rate?.percent).toBe(1);
    expect(p.amount?.yuan).toBe(500_000);
  });
});

describe('费率2 / 年化2.5 without %: a percent after a rate word, never an amount (1.1 %/年)', () => {
  it.each([
    ['费率2.2', 2.2, 'year'],
    ['年化 3', 3, 'year'],
    ['担保费率：2.4', 2.4, 'year'],
    ['月息1.5', 1.5, 'month'],
  ])('%s → %d%%/%s, noted', (text, percent, per) => {
    const p = parseInput(`银行贷款 合肥 800万 1年 ${text}`);
    expect(p.rate).toMatchObject({ percent, per });
    expect(p.amounts).toHaveLength(1);
    expect(p.notes.join()).toContain('没有写%');
  });

  it('a number with a unit after a rate word is not a bare percent: 费率2万 stays an amount', () => {
    expect(parseInput('费率2万').rate).toBeUndefined();
  });
});

describe('负债 with 总资产 gives 净资产 (2.3 净资产; 净资产 = 总资产 − 负债)', () => {
  it.each([
    ['总资产5000万 负债4000万 营收3500万 利润100万', 'B'],
    ['总资产3000万 总负债2600万 营收3500万 利润100万', 'D'],
  ])('%s → %s', (text, cls) => {
    const r = classify(parseInput(text));
    expect(r.vars.class).toBe(cls);
    expect(r.body.join()).toContain('净资产 = 总资产 − 负债');
  });

  it('负债率 stays the debt ratio', () => {
    expect(parseInput('负债率60%').figures).toEqual({ debtRatio: 60 });
  });
});
