import { describe, expect, it } from 'vitest';
import { consoleTurn, type ConsoleSession } from '../../src/console/console.js';
import { createLogger } from '../../src/logger.js';
import type { Actor, Deps } from '../../src/usecases/deps.js';
import { baseEnv, runApp } from '../helpers/app-process.js';

describe('local console, piped (no Slack credentials)', () => {
  it('answers /help and exits 0', async () => {
    const r = await runApp(baseEnv(), '/help\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('【担保助手能做什么】');
    expect(r.stdout).toContain('/quote');
    expect(r.stdout).toContain('/classify');
  });

  it('prints /quote usage for an empty /quote and exits 0', async () => {
    const r = await runApp(baseEnv(), '/quote\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('【/quote 用法】');
    expect(r.stdout).toContain('/quote 银行贷款担保 500万 合肥 新客户 1年');
  });

  it('prints /classify usage for an empty /classify', async () => {
    const r = await runApp(baseEnv(), '/classify   \n');
    expect(r.stdout).toContain('【/classify 用法】');
  });

  it('answers several lines in order, stops at /exit', async () => {
    const r = await runApp(baseEnv(), '/quote\n/bogus\n/exit\n/help\n');
    expect(r.code).toBe(0);
    const usage = r.stdout.indexOf('/quote 用法');
    const unknown = r.stdout.indexOf('没有 /bogus 这个命令');
    expect(usage).toBeGreaterThanOrEqual(0);
    expect(unknown).toBeGreaterThan(usage);
    expect(r.stdout).not.toContain('担保助手能做什么');
  });

  it('ends at EOF with no input', async () => {
    const r = await runApp(baseEnv(), '');
    expect(r.code).toBe(0);
  });
});

describe('consoleTurn: quotes and questions (in-process, same path as the piped console)', () => {
  const deps: Deps = { now: () => new Date('2026-11-28T09:00:00+08:00'), logger: createLogger('error'), adminUserIds: [], tz: 'Asia/Shanghai' };
  const actor: Actor = { userId: 'U_CONSOLE', isAdmin: true, surface: 'console' };

  it('computes the bank-loan example from the issue, with the share button as [label]', async () => {
    const out = await consoleTurn(deps, actor, '/quote 银行贷款担保 500万 合肥 新客户 1年');
    expect(out).toContain('9万–15万元');
    expect(out).toContain('[发到频道]');
  });

  it('asks for a missing field, then takes the next line as the answer', async () => {
    const session: ConsoleSession = {};
    expect(await consoleTurn(deps, actor, '/quote 民间借贷 200万 30天', session)).toContain('还缺担保费率');
    expect(await consoleTurn(deps, actor, '日费率0.05%', session)).toContain('30,000元（3万元）');
    expect(session.pending).toBeUndefined();
  });

  it('drops a pending question when another command comes', async () => {
    const session: ConsoleSession = {};
    await consoleTurn(deps, actor, '/quote 民间借贷 200万 30天', session);
    await consoleTurn(deps, actor, '/help', session);
    expect(await consoleTurn(deps, actor, '日费率0.05%', session)).not.toContain('民间借贷担保报价');
  });

  it('answers a handbook question as a DM', async () => {
    expect(await consoleTurn(deps, actor, '谈判分几个阶段')).toContain('8.3.1');
  });

  it('names an unknown command', async () => {
    expect(await consoleTurn(deps, actor, '/bogus x')).toBe('没有 /bogus 这个命令。输入 /help 查看能做什么。');
  });
});
