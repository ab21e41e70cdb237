/**
 * The misread classes of the fourth blind parse probe (test/eval/parse-probe4.jsonl, written from the handbook
 * alone): one table per class, in other words than the probe's own, each row citing the section it follows
 * (docs/parsing.md). Every class here stated a wrong figure, class or verdict before.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify/index.js';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { route } from '../../../src/core/intents/route.js';
import { parseInput } from '../../../src/core/parse/index.js';
import { quote } from '../../../src/core/quote/index.js';

describe('a percentage is read whole: the 成 of 成立 is not 成 (tenths) (1.1 资产负债率)', () => {
  it.each([
    ['负债率六十八 成立8年', 68, 8],
    ['资产负债率七十五 成立十年', 75, 10],
    ['负债率55 成立3年', 55, 3],
  ])('%s → %d%%, %d years', (text, ratio, years) => {
    const p = parseInput(text);
    expect(p.figures.debtRatio).toBe(ratio);
    expect(p.figures.yearsInBusiness).toBe(years);
    expect(p.unused).toEqual([]);
  });

  it('七成 is still 70% and 六成五 65%', () => {
    expect(parseInput('负债率七成').figures.debtRatio).toBe(70);
    expect(parseInput('负债率六成五 成立5年').figures.debtRatio).toBe(65);
  });
});

describe('a calendar year is no term and no count of years (1.1 经营三年以上; 1.2 期限)', () => {
  it.each(['成立2018年', '2018年成立的', '注册于2020年', '2021年注册'])('%s: the years in business are asked', (text) => {
    const p = parseInput(`${text} 负债率50%`);
    expect(p.figures.yearsInBusiness).toBeUndefined();
    expect(p.term).toBeUndefined();
    expect(p.errors.join('')).toContain('成立年份');
  });

  it('贷款300万 2024年 一年: the term is the 一年, the year is said', () => {
    const p = parseInput('贷款300万 2024年 一年');
    expect(p.term).toMatchObject({ months: 12 });
    expect(p.errors.join('')).toContain('是年份');
  });

  it('a date with a month stays a date (2027年3月到期 is no 3-month term)', () => {
    expect(parseInput('2027年3月到期 贷500万').term).toBeUndefined();
  });
});

describe('figures said in words (data/lexicon.json figureStates)', () => {
  it.each([
    ['净资产2500万 销售收入6000万 去年不赚不亏', 'D'],
    ['净资产2500万 销售收入6000万 今年保本经营', 'D'],
    ['销售收入6000万 利润300万 资不抵债', 'D'],
  ])('%s → %s类 (2.3: 利润50万以下 / 净资产500万以下)', (text, cls) => {
    expect(classify(parseInput(text)).vars.class).toBe(cls);
  });

  it.each(['今年刚成立', '前年注册的', '新成立的公司'])('%s → fewer than three years: 1.1 and 2.5 ❌', (words) => {
    const r = answerMessage(`客户${words} 净资产1500万 负债率40% 能做贷款担保吗`)!;
    expect(r.key).toBe('eligibility.result');
    expect(r.vars.verdict).toBe('unmet');
  });

  it('a denied state is not read: 不是资不抵债', () => {
    expect(parseInput('不是资不抵债 净资产800万').bounds?.netAssets).toBeUndefined();
  });
});

describe('an approximate figure is a range (2.3 D类 年销售收入在1000万以下)', () => {
  it('销售收入八百来万 → [800万, 900万): D', () => {
    const p = parseInput('净资产1500万 销售收入八百来万 利润100万');
    expect(p.bounds?.revenue).toMatchObject({ above: { value: 8_000_000 }, below: { value: 9_000_000 } });
    expect(classify(p).vars.class).toBe('D');
  });

  it('净资产1200多万 → at least 1200万: 1.1 净资产一般大于1000万 met', () => {
    expect(parseInput('净资产1200多万').bounds?.netAssets).toMatchObject({ above: { value: 12_000_000, inclusive: true }, below: { value: 13_000_000 } });
  });

  it('the year between label and value: 营收今年才两千万', () => {
    expect(parseInput('营收今年才两千万').figures.revenue).toBe(20_000_000);
  });
});

describe('总资产 and 负债 give the debt ratio (1.1 资产负债率应不大于70%)', () => {
  it('总资产8000万 负债6400万 → 80%: ❌', () => {
    const r = answerMessage('客户总资产8000万 负债6400万 能做贷款担保吗')!;
    expect(r.key).toBe('eligibility.result');
    expect(r.vars.verdict).toBe('unmet');
  });
});

describe('经评审的最低投标价法 in other words, and denied (1.6 条例第五十八条: 15% / 10%)', () => {
  it.each([
    ['履约保函 合同价4000万 经评审最低投标价中的标', 6_000_000],
    ['履约保函 合同价4000万 按最低评标价法中标', 6_000_000],
    ['履约保函 合同价4000万 非最低价中标', 4_000_000],
    ['履约保函 合同价4000万 没用最低价法', 4_000_000],
  ])('%s → at least %d', (text, min) => {
    const r = quote(parseInput(text));
    expect(r.vars.minAmount).toBe(min);
  });
});

describe('a range of shares is asked, never its first end taken (1.5 预付款保函与预付款数额相等)', () => {
  it('预付款比例15%到25%', () => {
    const p = parseInput('预付款保函 合同4000万 预付款比例15%到25%');
    expect(p.advanceShare).toBeUndefined();
    expect(p.errors.join('')).toContain('范围');
  });
});

describe('a statement of client facts with one that fails is answered by the checklists', () => {
  it.each([
    ['净资产1800万 销售5000万 负债率50% 主业不太突出', '2.5第1条'],
    ['净资产1800万 销售5000万 负债率50% 行业不景气', '2.5第1条'],
    ['营业执照过期了 其他条件都满足', '1.1第1条'],
  ])('%s → ❌ %s', (text, where) => {
    const r = answerMessage(text)!;
    expect(r.key).toBe('eligibility.result');
    expect(r.title).toContain(where);
  });

  it('a situation without a fact sheet still asks for a product: 工厂要扩建但拿不出抵押', () => {
    expect(route('工厂要扩建但拿不出抵押').kind).not.toBe('eligibility');
  });
});
