/** DM follow-ups: the next DM from the same person completes a quote/classification that asked for a figure. */
import { beforeEach, describe, expect, it } from 'vitest';
import { MemoryFollowUps } from '../../src/adapters/memory-follow-ups.js';
import { createLogger } from '../../src/logger.js';
import { askUseCase } from '../../src/usecases/ask.js';
import type { Actor, Deps } from '../../src/usecases/deps.js';

let clock: Date;
let deps: Deps;
const alice: Actor = { userId: 'U_ALICE', isAdmin: false, surface: 'dm' };
const bob: Actor = { userId: 'U_BOB', isAdmin: false, surface: 'dm' };
const ask = (text: string, actor = alice) => askUseCase(deps, { text, actor });
const minutes = (n: number) => {
  clock = new Date(clock.getTime() + n * 60_000);
};

beforeEach(() => {
  clock = new Date('2026-11-28T09:00:00+08:00');
  deps = { now: () => clock, logger: createLogger('error'), adminUserIds: [], tz: 'Asia/Shanghai', followUps: new MemoryFollowUps() };
});

describe('DM follow-up', () => {
  it('a missing place is completed by the next DM (1.1 合肥 1.8–3%)', async () => {
    const first = await ask('帮我算下贷650万一年担保费 老客户');
    expect(first).toMatchObject({ key: 'quote.missing', vars: { missing: 'place' } });
    const second = await ask('包河');
    expect(second).toMatchObject({ key: 'quote.bank_loan', vars: { feeMin: 117_000, feeMax: 195_000 } });
  });

  it('an unclear amount is asked, and the next DM gives it', async () => {
    expect((await ask('贷款500k 合肥 一年 担保费多少')).key).toBe('quote.missing');
    expect(await ask('500万')).toMatchObject({ key: 'quote.bank_loan', vars: { amount: 5_000_000 } });
  });

  it('a classification that asks for figures is completed by the next DM', async () => {
    expect((await ask('净资产1200k 销售收入3500万 利润100万')).key).toBe('classify.unclear');
    // Still unclear in the combined text until a readable 净资产 follows it.
    expect(await ask('净资产1200万')).toMatchObject({ key: 'classify.result', vars: { class: 'B' } });
  });

  it('expires after 10 minutes', async () => {
    await ask('帮我算下贷650万一年担保费 老客户');
    minutes(11);
    expect((await ask('包河')).key).not.toBe('quote.bank_loan');
  });

  it('is still open at 9 minutes', async () => {
    await ask('帮我算下贷650万一年担保费 老客户');
    minutes(9);
    expect((await ask('包河')).key).toBe('quote.bank_loan');
  });

  it('any other request drops it', async () => {
    await ask('帮我算下贷650万一年担保费 老客户');
    await ask('拜访报告要写什么');
    expect((await ask('包河')).key).not.toBe('quote.bank_loan');
  });

  it('a line naming another product is a new request, not an answer', async () => {
    await ask('帮我算下贷650万一年担保费 老客户');
    expect(await ask('投标保函 投标总价5000万 合肥')).toMatchObject({ key: 'quote.bid_bond', vars: { maxAmount: 800_000 } });
  });

  it('a line that is a whole request of its own is a new request (regression: its amount was merged with the old one)', async () => {
    await ask('客户想借300万周转 合肥 半年 担保费怎么算');
    expect(await ask('一个月的过桥 200万 日息万五 多少钱')).toMatchObject({ key: 'quote.private_lending', vars: { amount: 2_000_000, days: 30 } });
  });

  it('the answer wins where it repeats a figure of the request', async () => {
    await ask('民间借贷担保 100万 一个月 千分之五');
    expect(await ask('日息万五 20天')).toMatchObject({ key: 'quote.private_lending', vars: { days: 20, fee: 10_000 } });
  });

  it('is per person', async () => {
    await ask('帮我算下贷650万一年担保费 老客户');
    expect((await ask('包河', bob)).key).not.toBe('quote.bank_loan');
    expect((await ask('包河')).key).toBe('quote.bank_loan');
  });

  it('never in a channel', async () => {
    const channel: Actor = { ...alice, surface: 'channel' };
    await ask('帮我算下贷650万一年担保费 老客户', channel);
    expect((await ask('包河')).key).not.toBe('quote.bank_loan');
  });
});
