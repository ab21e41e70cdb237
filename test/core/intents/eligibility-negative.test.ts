/**
 * Issue #12 class 4: a negative fact without a figure (欠息未清, 环评没批, 老板赌博) decides the 1.1 / 2.5 criterion it
 * is about — 不符合, citing it — instead of a passage or a product pitch.
 */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { route } from '../../../src/core/intents/route.js';

describe('a negative client fact decides its criterion', () => {
  it.each([
    ['这家企业去年贷款利息拖欠银行的还没结 能给担保吗', '1.1第7条'],
    ['项目没有环评 能不能做贷款担保', '1.1第6条'],
    ['许可证还没下来的企业可以做贷款担保吗', '1.1第6条'],
    ['法人代表平时好赌 这种企业能做吗', '2.5第4条'],
  ])('%s → 不符合 %s', (q, criterion) => {
    const r = answerMessage(q)!;
    expect(r.key).toBe('eligibility.result');
    expect(r.vars['verdict']).toBe('unmet');
    expect(String(r.vars['unmet'])).toContain(criterion);
  });

  it('a question about 目标客户 cites 2.5 first', () => {
    expect(answerMessage('老总有吸毒史 还算我们的目标客户吗')!.sections[0]).toBe('2.5');
  });

  it.each(['业主老拖欠工程款可以做什么担保', '对赌协议能不能签'])('%s: not a client fact, not the checklists', (q) => {
    expect(route(q).kind).not.toBe('eligibility');
  });
});

describe('more negative facts in managers’ words (a blind probe found them answered 需核实 or as a passage)', () => {
  it.each([
    ['经营性现金流是负的 其他都还行 能做银行贷款担保吗', '1.1第3条'],
    ['反担保落实不了 能做吗', '1.1第8条'],
    ['没有贷款卡 能做贷款担保吗', '1.1第2条'],
    ['借款理由说不清楚 用途不明 能做吗', '1.1第5条'],
  ])('%s → 不符合 %s', (q, criterion) => {
    const r = answerMessage(q)!;
    expect(r.key).toBe('eligibility.result');
    expect(String(r.vars['unmet'])).toContain(criterion);
  });
});

describe('a denied bad fact is good news, never 不符合 (无不良嗜好 failed 2.5第4条)', () => {
  it.each(['老板无不良嗜好 能做吗', '法人从不赌博 能做吗', '没有任何逾期 能做吗', '没有欠息 能做吗', '环评没问题 能做吗', '抵押没有问题 能做吗', '没有亏损 能做吗'])('%s → no criterion fails', (q) => {
    const r = answerMessage(q)!;
    expect(r.key).toBe('eligibility.result');
    expect(r.vars['verdict']).not.toBe('unmet');
  });
  it.each(['老板好赌 能做吗', '有逾期 能做吗', '环评还没批 能做吗', '去年亏了 能做吗'])('%s → still 不符合', (q) => {
    expect(answerMessage(q)!.vars['verdict']).toBe('unmet');
  });
});
