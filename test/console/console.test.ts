import { describe, expect, it } from 'vitest';
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
