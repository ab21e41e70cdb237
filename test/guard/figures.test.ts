import { describe, expect, it } from 'vitest';
import { checkFigures, extractFigures } from '../../src/core/guard/figures.js';

const read = (text: string) => extractFigures(text).map((f) => `${f.kind}:${f.value}${f.qualifier ? `@${f.qualifier}` : ''}`);

describe('extractFigures: one reading per figure', () => {
  it.each<[string, string[]]>([
    ['90,000元', ['money:90000']],
    ['9万元', ['money:90000']],
    ['9万', ['money:90000']],
    ['九万元', ['money:90000']],
    ['９万', ['money:90000']],
    ['两万元', ['money:20000']],
    ['一亿二千万', ['money:120000000']],
    ['1.2亿元', ['money:120000000']],
    ['5千万', ['money:50000000']],
    ['0.1万元', ['money:1000']],
    ['¥5,000', ['money:5000']],
    ['9千', ['money:9000']],
    ['1.8%', ['percent:1.8']],
    ['1.8％', ['percent:1.8']],
    ['1.8%/年', ['percent:1.8@年']],
    ['年费率1.8%', ['percent:1.8@年']],
    ['日费率0.05%', ['percent:0.05@日']],
    ['百分之十', ['percent:10']],
    ['百分之一点八', ['percent:1.8']],
    ['千分之五', ['percent:0.5']],
    ['1.5个百分点', ['percent:1.5']],
    ['9万–15万元', ['money-range:90000–150000']],
    ['9万元至15万元', ['money-range:90000–150000']],
    ['90,000–150,000元', ['money-range:90000–150000']],
    ['9-15万元', ['money-range:90000–150000']],
    ['1.8%/年至3%/年', ['percent-range:1.8–3@年']],
    ['2.4%至3%', ['percent-range:2.4–3']],
    ['2026-12-01', ['date:12-01@2026']],
    ['2026年12月1日', ['date:12-01@2026']],
    ['2026/12/1', ['date:12-01@2026']],
    ['12月1日', ['date:12-01']],
    ['十二月一日', ['date:12-01']],
    ['2026年', ['year:2026']],
    ['1.3 投标保函', ['section:1.3']],
    ['第1.3节', ['section:1.3']],
    ['15.3.2.1', ['section:15.3.2.1']],
    ['见手册（1.9）', ['section:1.9']],
    ['1 公司产品介绍', ['section:1']],
    ['1.3万', ['money:13000']],
    ['条例第五十八条', ['article:58']],
    ['3天', ['count:3天']],
    ['三个月', ['count:3月']],
    ['一个月以内', ['count:1月']],
    ['半年', ['count:0.5年']],
    ['6个阶段', ['count:6阶段']],
    ['5个', ['count:5个']],
    ['90日', ['count:90天']],
    ['9:30', ['time:9:30']],
    ['一般由一家企业一次性统一办理', []],
    ['<@U123ABC> 看一下', []],
    ['1. 担保费', []],
    ['编号 42', ['number:42']],
    ['5‰', ['percent:0.5']],
    ['1.8%每年', ['percent:1.8@年']],
    ['2026.12.01', ['date:12-01@2026']],
    ['2026年12月', ['date:12@2026']],
    ['1.3节', ['section:1.3']],
    ['9万-15万', ['money-range:90000–150000']],
    ['9万～15万元', ['money-range:90000–150000']],
    ['2、注意', []],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

const core = {
  loan: [
    '银行贷款担保报价：90,000–150,000元（9万–15万元）',
    '合肥地区（合肥）新客户，担保金额5,000,000元（500万元），期限1年：担保费90,000–150,000元（9万–15万元）。',
    '年费率：1.8%–3%/年',
    '1.1 担保收费：合肥地区客户1.8%/年至3%/年',
  ].join('\n'),
  bid: [
    '工程投标保证担保（投标保函）：最高80万元',
    '投标总价5000万元 → 担保金额最高80万元（2%为100万元，超过80万元上限）。',
    '1.3 投标保函：担保金额一般不得超过投标总价的2%，最高不得超过80万元',
  ].join('\n'),
  lending: [
    '借款金额2,000,000元（200万元），日费率0.05%：每天担保费1,000元（0.1万元）。',
    '期限3个月（90天）：担保费90,000元（9万元）。',
    '1.2 客户借款的条件：借款时间一般限定在一个月以内，最长不超过三个月',
  ].join('\n'),
  visit: '下次跟进：2026-12-01。拜访分6个阶段，见15.3.2.1，准备5个问题，3天内回复。',
};

describe('checkFigures: harmless rewording passes', () => {
  it.each<[string, string, string]>([
    ['same text', core.loan, core.loan],
    ['loan: said once, other wording', core.loan, '银行贷款担保：合肥新客户借500万元、期限1年，按1.1节年费率1.8%至3%，担保费约9万元至15万元。'],
    ['loan: 元 form of the range', core.loan, '担保费90,000–150,000元；金额5,000,000元，1年，年费率1.8%–3%（1.1）。'],
    ['loan: Chinese numerals', core.loan, '五百万元、一年期，费率1.8%/年–3%/年，担保费九万元至十五万元（1.1）。'],
    ['loan: bare first bound', core.loan, '500万，1年，费率1.8–3%/年，担保费9–15万元，依据1.1。'],
    ['bid: order changed', core.bid, '依1.3：不超过投标总价的2%且不超过80万元。投标总价5000万元的2%是100万元，高于80万元，故最高80万元。'],
    ['bid: full-width digits', core.bid, '投标总价５０００万元，２％为１００万元，超过８０万元上限，最高８０万元（1.3）。'],
    ['lending: 日费率 kept', core.lending, '借200万元，日费率0.05%，每天1,000元，3个月（90天）共9万元。1.2：借款一般不超过1个月，最长3个月。'],
    ['lending: rate period left out', core.lending, '借200万元，费率0.05%，每天0.1万元，三个月即90天，担保费90,000元；1.2规定一般一个月内、最长三个月。'],
    ['date with the year left out', core.visit, '12月1日再跟进；六个阶段（15.3.2.1），5个问题，三天内答复。'],
    ['date in Chinese form', core.visit, '2026年12月1日跟进，6个阶段（第15.3.2.1节），5个问题，3天内回复。'],
    ['percent word', '上限为10%', '上限为百分之十'],
    ['per mille', '费率0.5%', '费率千分之五'],
    ['ten thousands with 块', '担保费9万元', '担保费九万块'],
    ['a section in words', '详见1.3', '详见第1.3节'],
    ['section vs money are distinct kinds', '1.3 投标保函：最高80万元', '投标保函（1.3）最高80万元'],
    ['article', '条例第五十八条：不得低于10%', '依照条例第58条，不低于10%'],
    ['no figures at all', '请说明是哪种产品', '请问是哪一种产品？'],
    ['list markers are not figures', '• 解决反担保问题\n• 引进战略投资者', '1. 解决反担保问题\n2. 引进战略投资者'],
    ['mrkdwn and emoji', '⚠️ 申请的90,000元超过最高可担保的80,000元。', '⚠️ *注意*：申请9万元，超过可担保上限8万元。'],
    ['half a year', '期限6个月', '期限六个月'],
  ])('%s', (_name, det, cand) => {
    expect(checkFigures(det, cand)).toEqual({ ok: true });
  });
});

type Bucket = 'changed' | 'added' | 'dropped';

describe('checkFigures: tampering fails', () => {
  it.each<[string, string, string, Bucket]>([
    ['changed rate', core.loan, core.loan.replace('1.8%/年至', '1.5%/年至').replace('1.8%–3%', '1.5%–3%'), 'changed'],
    ['changed rate, one of two mentions', core.loan, core.loan.replace('年费率：1.8%–3%/年', '年费率：1.5%–3%/年'), 'added'],
    ['changed amount', core.bid, core.bid.replaceAll('80万元', '90万元'), 'changed'],
    ['unit change 9万→9千', '担保费9万元', '担保费9千元', 'changed'],
    ['range bound changed', '担保费9万–15万元', '担保费9万–16万元', 'changed'],
    ['range lower bound changed', '担保费90,000–150,000元', '担保费80,000–150,000元', 'changed'],
    ['range turned into its lower bound', '担保费9万–15万元', '担保费9万元', 'changed'],
    ['80万 cap dropped', core.bid, '投标总价5000万元的2%为100万元，依1.3不得超过投标总价的2%。', 'dropped'],
    ['added figure', core.bid, `${core.bid}\n另收手续费500元。`, 'added'],
    ['added percent', '最高80万元', '最高80万元，费率1%', 'added'],
    ['dropped figure', '期限3个月（90天）：担保费9万元', '期限3个月：担保费9万元', 'dropped'],
    ['section number changed', '1.3 投标保函：最高80万元', '1.4 投标保函：最高80万元', 'changed'],
    ['section turned into money', '1.3 投标保函', '1.3万 投标保函', 'added'],
    ['a date moved', core.visit, core.visit.replace('2026-12-01', '2026-12-08'), 'changed'],
    ['the year of a date changed', '下次跟进：2026-12-01', '下次跟进：2027年12月1日', 'changed'],
    ['a year added where the core gave none', '12月1日前提交', '2027年12月1日前提交', 'changed'],
    ['a percent turned into a 万 amount', '不超过投标总价的2%', '不超过2万元', 'dropped'],
    ['rate period changed 日→年', '日费率0.05%', '年费率0.05%', 'changed'],
    ['percent changed in words', '上限为10%', '上限为百分之十五', 'changed'],
    ['count changed', '最长不超过三个月', '最长不超过六个月', 'changed'],
    ['count unit changed 天→月', '3天内回复', '3个月内回复', 'changed'],
    ['stage count changed', '分6个阶段', '分5个阶段', 'changed'],
    ['money in Chinese changed', '担保费九万元', '担保费八万元', 'changed'],
    ['full-width digit changed', '担保费9万元', '担保费８万元', 'changed'],
    ['a figure repeated for another item', '新客户费率3%，老客户费率2.4%', '新客户费率2.4%，老客户费率2.4%', 'changed'],
    ['cap 3000万 dropped from the loan', `${core.loan}\n1.1 产品特点：单笔担保金额可达3000万元`, core.loan, 'dropped'],
    ['invented deadline', '请补充金额。', '请在3天内补充金额。', 'added'],
  ])('%s', (_name, det, cand, bucket) => {
    const r = checkFigures(det, cand);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r[bucket].length).toBeGreaterThan(0);
  });
});

describe('checkFigures: counts', () => {
  it('bounded (default): a figure the core repeats may be said once', () => {
    expect(checkFigures('9万元（90,000元）；担保费9万元', '担保费9万元')).toEqual({ ok: true });
  });
  it('bounded: a figure may not be said more often than the core said it', () => {
    expect(checkFigures('费率3%', '费率3%，另加3%').ok).toBe(false);
  });
  it('exact: the same number of times', () => {
    expect(checkFigures('9万元；9万元', '9万元', { counts: 'exact' })).toMatchObject({ ok: false, dropped: ['9万元'] });
  });
  it('reports a change as "was → now"', () => {
    expect(checkFigures('费率1.8%', '费率1.5%')).toEqual({ ok: false, changed: ['1.8% → 1.5%'], added: [], dropped: [] });
  });
});

describe('checkFigures: any text', () => {
  it('never throws, and a text always matches itself', async () => {
    const fc = await import('fast-check');
    const chars = fc.constantFrom(...'0123456789,.%万元亿千百十一二两三九年月日天个第节至–- \n¥点之分'.split(''));
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 40 }).map((a) => a.join('')),
        (t) => {
          expect(checkFigures(t, t)).toEqual({ ok: true });
        },
      ),
      { numRuns: 300 },
    );
  });
});
