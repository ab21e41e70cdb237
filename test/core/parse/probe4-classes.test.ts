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
import { createLogger } from '../../../src/logger.js';
import { classifyUseCase } from '../../../src/usecases/classify.js';
import type { Actor, Deps } from '../../../src/usecases/deps.js';

const deps: Deps = { now: () => new Date('2026-11-29T09:00:00+08:00'), logger: createLogger('error'), adminUserIds: [], tz: 'Asia/Shanghai' };
const actor: Actor = { userId: 'U_TEST', isAdmin: false, surface: 'ephemeral' };

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

describe('a correction in the message: the corrected value is read, the replaced one cut (docs/parsing.md)', () => {
  it.each([
    ['贷款担保 瑶海 三百万 期限不是半年是一年', { months: 12 }],
    ['银行贷款担保 合肥 500万 原来说两年 后来改成一年半', { months: 18 }],
  ])('%s → term %o', (text, term) => {
    const p = parseInput(text);
    expect(p.term).toMatchObject(term);
    expect(p.ambiguous ?? []).toEqual([]);
    expect(p.notes.join('')).toContain('更正后');
  });

  it('a rate corrected keeps its period: 费率万四每天 不对是万三 → 0.03%/日', () => {
    expect(parseInput('民间借贷 100万 15天 费率万四每天 不对是万三').rate).toMatchObject({ percent: 0.03, per: 'day' });
  });

  it('a figure corrected keeps its label: 资产负债率不是80 是60 → 60%', () => {
    expect(parseInput('资产负债率不是80 是60').figures.debtRatio).toBe(60);
  });

  it('a value is corrected only by one of its kind: 贷款500万 错了 是一年 keeps 500万', () => {
    const p = parseInput('贷款500万 错了 是一年');
    expect(p.amount?.yuan).toBe(5_000_000);
    expect(p.notes.join('')).not.toContain('更正后');
  });

  it('不是 before a place is no correction of a value', () => {
    expect(parseInput('客户不是合肥的 是六安的 贷款300万').amount?.yuan).toBe(3_000_000);
  });
});

describe('rates: the period written before, per day, another company’s, and the interest beside the fee (1.2)', () => {
  it.each([
    ['民间借贷 300万 20天 日0.06%', { percent: 0.06, per: 'day' }],
    ['民间借贷 300万 20天 担保费每天千分之一', { percent: 0.1, per: 'day' }],
    ['民间借贷 300万 20天 利息月息一分 担保费日万三', { percent: 0.03, per: 'day' }],
  ])('%s → %o', (text, rate) => {
    expect(parseInput(text).rate).toMatchObject(rate);
  });

  it('一天 right before a rate is per day, not a one-day term', () => {
    expect(parseInput('民间借贷 300万 20天 一天万五').term).toMatchObject({ days: 20 });
  });

  it('同行报1.5% is not our rate, and the quote is still answered (1.1)', () => {
    const p = parseInput('包河客户贷300万一年 同行报1.5%');
    expect(p.rate).toBeUndefined();
    const r = answerMessage('包河客户贷300万一年 同行报1.5% 我们报多少')!;
    expect(r.key).toBe('quote.bank_loan');
    expect(r.vars.feeMin).toBe(54_000);
  });

  it('the share of 1.5 after 按: 预付款按两成', () => {
    expect(parseInput('预付款保函 合同3000万 预付款按两成').advanceShare).toMatchObject({ percent: 20 });
  });
});

describe('voice input: district names in a character of the same sound (2.2), 贷 as a verb', () => {
  it.each([
    ['包和', '包河区'],
    ['书山', '蜀山区'],
    ['卢阳', '庐阳区'],
    ['飞东', '肥东县'],
  ])('%s → %s, said', (word, name) => {
    const p = parseInput(`贷款担保 ${word} 400万 一年`);
    expect(p.place?.name).toBe(name);
    expect(p.notes.join('')).toContain('同音');
  });

  it('客户在庐阳那边开饭店的想贷个两百万吧 半年 担保费多少 is a 1.1 quote, not 手册未涉及', () => {
    expect(answerMessage('客户在庐阳那边开饭店的想贷个两百万吧 半年 担保费多少')!.key).toBe('quote.bank_loan');
  });
});

describe('a figure bound names the class too: 净资产不到三百万 算哪类 (2.3 D类)', () => {
  it('净资产不到三百万', () => {
    const r = answerMessage('客户开了一年 净资产不到三百万 算哪类')!;
    expect(r.key).toBe('classify.result');
    expect(r.vars.class).toBe('D');
  });
});

describe('1.2 early repayment: what is collected in the end', () => {
  it('提前5天还 → 实际收取 the fee less the refund', () => {
    const r = answerMessage('民间借贷 200万 20天 日万五 提前5天还款')!;
    expect(r.body?.join('\n') ?? '').toContain('实际收取担保费：15,000元');
  });
});

describe('another product asked with the client’s figures: 2.5 目标客户的条件 (every product’s), not 1.1 (the bank loan’s)', () => {
  it('应收账款短期融资 客户净资产七百万 能不能做 → ❌ 2.5第2条, no 1.1 block', () => {
    const r = answerMessage('应收账款短期融资 客户净资产七百万 能不能做')!;
    expect(r.key).toBe('eligibility.result');
    expect(r.title).toBe('不符合：2.5第2条');
    expect(r.sections).toEqual(['2.5']);
  });

  it('a question about the product’s own terms still gets its section: 没有反担保能做股权融资吗', () => {
    expect(answerMessage('没有反担保能做股权融资吗')!.key).not.toBe('eligibility.result');
  });
});

describe('1.9 own funds as a share of the total investment (总投入 − 自筹 = 外部融资)', () => {
  it.each([
    ['股权融资 项目总投资4000万 自筹比例25%', 30_000_000],
    ['股权融资 总投入两千万 自己出四成 还要融多少', 12_000_000],
  ])('%s → %d', (text, need) => {
    expect(quote(parseInput(text)).vars.financingNeed).toBe(need);
  });

  it('a share with no total is not priced (自筹三成 alone)', () => {
    expect(quote(parseInput('股权融资 自筹三成')).vars.financingNeed).toBeNull();
  });
});

describe('a bond already issued is history, not the product asked; 1.6 equals the 1.4 bond (与履约担保数额等额)', () => {
  it('预付款保函 合同5000万 预付款两成 投标保函之前已开50万 → 1.5 only', () => {
    const r = quote(parseInput('预付款保函 合同5000万 预付款两成 投标保函之前已开50万'));
    expect(r.key).toBe('quote.advance_payment');
    expect(r.vars.guaranteeAmount).toBe(10_000_000);
  });

  it('支付保函 履约保函已经开了600万 → 600万', () => {
    const r = answerMessage('业主的支付保函开多少 履约保函已经开了600万')!;
    expect(r.key).toBe('quote.payment_guarantee');
    expect(r.vars.minAmount).toBe(6_000_000);
  });

  it('支付保函 and 履约担保 named together with a contract price → the payment bond from the contract', () => {
    const r = quote(parseInput('支付保函 合同价2000万 履约担保按百分之十'));
    expect(r.key).toBe('quote.payment_guarantee');
    expect(r.vars.minAmount).toBe(2_000_000);
  });
});

describe('voice run-ons are quotes, not unknown products: where and who before 贷款/担保 name no kind of loan', () => {
  it.each([
    '张总那边贷款要做四百万合肥包河区的老客户一年期担保费多少',
    '那个刘总的厂子在长丰县双凤工业园贷款八百万期限两年是第一次跟我们合作你看担保费怎么收',
    '私人借贷那个担保 借款人借50万 用15天 担保费日万五',
  ])('%s', (text) => {
    expect(answerMessage(text)!.key).toMatch(/^quote\./);
  });

  it('an unknown product is still refused: 汽车消费贷担保费多少', () => {
    expect(answerMessage('汽车消费贷担保费多少')!.key).toBe('handbook.not_covered');
  });
});

describe('the product denied or already issued is not the one asked', () => {
  it('要开的是预付款保函 不是履约保函 合同4000万 预付款两成 → 1.5', () => {
    expect(answerMessage('要开的是预付款保函 不是履约保函 合同4000万 预付款两成')!.key).toBe('quote.advance_payment');
  });

  it('贸易信用担保 出了坏账 is no issued bond', () => {
    expect(parseInput('贸易信用担保 出了坏账 赔几成').products).toEqual(['trade_credit']);
  });

  it('他们已经开了履约保函500万 → 1.6 equals it', () => {
    expect(answerMessage('支付保函开多少 履约保函他们已经开了500万')!.vars.minAmount).toBe(5_000_000);
  });
});

describe('statements a manager makes instead of asking: the checklists', () => {
  it.each([
    ['老板征信有逾期 其他都还可以', 'unmet'],
    ['经营两年零八个月 其他条件都满足', 'unmet'],
    ['经营三年零两个月 别的都没问题', 'unknown'],
  ])('%s → %s', (text, verdict) => {
    const r = answerMessage(text)!;
    expect(r.key).toBe('eligibility.result');
    expect(r.vars.verdict).toBe(verdict);
  });
});

describe('no product named, but place or new/old client: only 1.1 is priced so', () => {
  it('客户是六安的老客户 300万 一年 担保费多少 → 1.1, said', () => {
    const r = answerMessage('客户是六安的老客户 300万 一年 担保费多少')!;
    expect(r.key).toBe('quote.bank_loan');
    expect(r.body?.join('\n') ?? '').toContain('按银行贷款担保计');
  });
});

describe('1.2 repaid early with a refund: the headline is what the client pays', () => {
  it('民间借贷 100万 日万五 借40天 提前10天还了 → 实收15,000', () => {
    const r = answerMessage('民间借贷 100万 日万五 借40天 提前10天还了')!;
    expect(r.vars.fee).toBe(15_000);
    expect(r.vars.feeAgreedTerm).toBe(20_000);
    expect(r.title).toContain('实收15,000元');
  });

  it('fewer than three days early: no refund, the fee unchanged', () => {
    expect(answerMessage('民间借贷 100万 日万五 借40天 提前2天还了')!.vars.fee).toBe(20_000);
  });
});

describe('1.6 won by the lowest price in short: 低价中标 (15%)', () => {
  it('履约保函 合同价2000万 低价中标 → 300万', () => {
    expect(quote(parseInput('履约保函 合同价2000万 低价中标')).vars.minAmount).toBe(3_000_000);
  });
});

describe('/classify reads the stated facts the DM eligibility reply reads (one reading: classify/checklist.ts withClaims)', () => {
  it.each([
    ['净资产2500万 销售6000万 经营性现金流为负', '经营性现金流量为正值'],
    ['净资产2500万 销售6000万 没有环保批文', '取得环保'],
    ['净资产2500万 销售6000万 法人有失信记录', '法定代表人'],
  ])('/classify %s → ❌ %s, verdict unmet', async (text) => {
    const r = await classifyUseCase(deps, { text, actor });
    expect(r.vars.verdict).toBe('unmet');
    expect(Number(r.vars.loanUnmet) + Number(r.vars.targetUnmet)).toBeGreaterThan(0);
  });
});

describe('a quote that mentions where it was discussed is still a quote (incidental out-of-scope topics)', () => {
  it('履约保函 合同价1500万 下午在三楼会议室跟业主谈的 → 1.4', () => {
    expect(answerMessage('履约保函 合同价1500万 下午在三楼会议室跟业主谈的')!.key).toBe('quote.performance_bond');
  });

  it('a meeting room question alone is still 手册未涉及', () => {
    expect(answerMessage('下午三楼会议室有人用吗')!.key).toBe('handbook.not_covered');
  });
});

describe('while asking, the product’s amount rules are stated (a cap asked is answered before the figures)', () => {
  it('投标保函 招标项目5000万 保函开到150万行不行 → which amount, with 1.3’s 2% and 80万', () => {
    const text = answerMessage('投标保函 招标项目5000万 保函开到150万行不行')!.body?.join('\n') ?? '';
    expect(text).toContain('80万元');
    expect(text).toContain('2%');
  });

  it('贷款担保 900万 单笔最多能做多少 (no place) → asks the place, states 1.1’s 3000万', () => {
    const r = answerMessage('贷款担保 900万 单笔最多能做多少')!;
    expect(r.body?.join('\n') ?? '').toContain('单笔担保金额可达3000万元');
  });
});

describe('probe 5 classes: a time word between label and value, a projected figure, 1.7’s loss, lot numbers', () => {
  it('民间借贷 80万 10天 日万五 负债率目前78%: the 78% is the debt ratio, never the fee rate', () => {
    const p = parseInput('民间借贷 80万 10天 日万五 负债率目前78%');
    expect(p.figures.debtRatio).toBe(78);
    expect(p.rate).toMatchObject({ percent: 0.05, per: 'day' });
  });

  it('负债率眼下72% 年底能降到60%: today’s 72% is read, the target said and unused', () => {
    const p = parseInput('负债率眼下72% 年底能降到60%');
    expect(p.figures.debtRatio).toBe(72);
    expect(p.rate).toBeUndefined();
    expect(p.notes.join('')).toContain('预计或目标');
  });

  it('a single failing figure stated (资产负债率目前八成) gets the checklists', () => {
    expect(answerMessage('这个客户资产负债率目前八成')!.key).toBe('eligibility.result');
  });

  it('贸易信用担保 销售额1200万 坏账损失300万 → 90% of the loss', () => {
    expect(quote(parseInput('贸易信用担保 赊销额1200万 坏账损失300万')).vars.covered).toBe(2_700_000);
  });

  it('投标保函 第5标段 投标价1500万: the lot number is no amount', () => {
    expect(quote(parseInput('投标保函 第5标段 投标价1500万')).vars.maxAmount).toBe(300_000);
  });
});

describe('1.4/1.6: the bond’s share the manager gives (按合同价的12%开)', () => {
  it('at or above the legal minimum: contract × share', () => {
    const r = quote(parseInput('履约保函 合同价3000万 按12%开'));
    expect(r.vars.minAmount).toBe(3_600_000);
    expect(r.vars.minPercent).toBe(10);
  });

  it('below it: flagged, the minimum quoted', () => {
    const r = quote(parseInput('履约保函 合同价3000万 按5%开'));
    expect(r.vars.minAmount).toBe(3_000_000);
    expect(r.body?.join('\n') ?? '').toContain('低于条例第五十八条的最低10%');
  });
});
