/**
 * `npm run nudges` end to end: a CSV imported with `npm run import`, digests sent to the fake
 * Slack API, nothing new on a second run; two CLI processes at once send each nudge once;
 * --dry-run lists and sends nothing; no token → exit 2.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../src/adapters/embedded-store.js';
import { baseEnv, ROOT } from '../helpers/app-process.js';
import { FakeSlack, type RecordedCall } from '../helpers/fake-slack.js';
import { client } from './helpers.js';

const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));

function run(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, script, ...args], { cwd: ROOT, env: baseEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let slack: FakeSlack;
beforeAll(async () => {
  slack = await new FakeSlack().start();
});
afterAll(async () => slack?.stop());
beforeEach(() => {
  slack.reset();
  slack.on('conversations.open', (c) => ({ body: { ok: true, channel: { id: `D${String(c.body.users)}` } } }));
});

const slackEnv = (dataDir: string) => ({ DATA_DIR: dataDir, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'cli', SLACK_API_URL: slack.apiUrl });
const itemKeys = (c: RecordedCall): string[] =>
  (c.body.blocks as Array<{ type: string; elements?: Array<{ value?: string }> }>).flatMap((b) => (b.type === 'actions' ? [String(b.elements![0]!.value)] : []));

const CSV = [
  '客户名称,客户经理,类别,最近联系日期,联系人,联系人生日,在保产品,在保金额,在保到期日',
  '合肥甲科技有限公司,U0AAA,B,2026-10-20,张三,12-04,银行贷款担保,500万,2026-12-31',
  '合肥乙贸易有限公司,U0BBB,C,2026-11-25,李四,12月1日,民间借贷,100万,2027-03-01',
  '合肥丙建设有限公司,U0BBB,,2026-11-30,,,,,',
].join('\n');

describe('npm run import → npm run nudges -- --now 2026-12-01', () => {
  it('the right digests to the right managers; a second run sends nothing new', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gd-nudge-e2e-'));
    const file = join(dir, 'clients.csv');
    writeFileSync(file, CSV);
    const imported = await run('scripts/import.ts', [file], { DATA_DIR: dir });
    expect(imported.code, imported.stderr + imported.stdout).toBe(0);

    const dry = await run('scripts/nudges.ts', ['--now', '2026-12-01', '--dry-run'], { DATA_DIR: dir });
    expect(dry.code, dry.stderr).toBe(0);
    const lines = dry.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string>);
    expect(lines.map((l) => [l.client, l.owner, l.kind, l.date])).toEqual([
      ['合肥甲科技有限公司', 'U0AAA', 'due', '2026-12-31'],
      ['合肥甲科技有限公司', 'U0AAA', 'birthday', '2026-12-04'],
      ['合肥甲科技有限公司', 'U0AAA', 'dormant', '2026-11-26'],
      ['合肥乙贸易有限公司', 'U0BBB', 'birthday', '2026-12-01'],
    ]);
    expect(lines[2]!.reason).toBe('已42天未联系（B类阈值30天）');
    expect(slack.calls).toEqual([]);

    const first = await run('scripts/nudges.ts', ['--now', '2026-12-01'], slackEnv(dir));
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('4 sent to 2 managers');
    const posts = slack.callsTo('chat.postMessage');
    expect(posts.map((p) => [p.body.channel, itemKeys(p).map((k) => k.split(':')[0])])).toEqual([
      ['DU0AAA', ['due', 'birthday', 'dormant']],
      ['DU0BBB', ['birthday']],
    ]);
    expect(String(posts[0]!.body.text)).toContain('合肥甲科技有限公司');
    expect(String(posts[1]!.body.text)).not.toContain('合肥甲科技有限公司');

    const second = await run('scripts/nudges.ts', ['--now', '2026-12-01'], slackEnv(dir));
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('0 sent');
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
  });
});

describe('two CLI processes at once against one DATA_DIR', () => {
  it('each nudge is sent exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gd-nudge-two-'));
    const store = await openEmbeddedStore({ dataDir: dir });
    await store.update((d) => {
      for (let i = 0; i < 30; i += 1) d.clients.push(client(`c${i}`, { owner: `U0M${i % 3}`, lastContact: '2026-10-01', contacts: [{ name: `联系人${i}`, birthday: '12-02' }] }));
    });
    await store.close();
    const [a, b] = await Promise.all([run('scripts/nudges.ts', ['--now', '2026-12-01'], slackEnv(dir)), run('scripts/nudges.ts', ['--now', '2026-12-01'], slackEnv(dir))]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const sent = (r: { stderr: string }) => Number(/: (\d+) sent/.exec(r.stderr)?.[1]);
    expect(sent(a) + sent(b)).toBe(60);
    const keys = slack.callsTo('chat.postMessage').flatMap(itemKeys);
    expect(keys).toHaveLength(60);
    expect(new Set(keys).size).toBe(60);
    expect(new Set(slack.callsTo('chat.postMessage').map((p) => p.body.channel)).size).toBe(3);
  });
});

describe('CLI arguments and configuration', () => {
  it('bad --now, an unknown argument, or no token without --dry-run → one clear line, exit 2, nothing sent', async () => {
    const dataDir = () => ({ DATA_DIR: mkdtempSync(join(tmpdir(), 'gd-nudge-arg-')) });
    const [badDate, unknown, noToken] = await Promise.all([
      run('scripts/nudges.ts', ['--now', '2026-02-30'], dataDir()),
      run('scripts/nudges.ts', ['--bogus'], dataDir()),
      run('scripts/nudges.ts', ['--now', '2026-12-01'], dataDir()),
    ]);
    expect([badDate.code, unknown.code, noToken.code]).toEqual([2, 2, 2]);
    expect(badDate.stderr).toContain('not a date YYYY-MM-DD');
    expect(unknown.stderr).toContain('unknown argument --bogus');
    expect(noToken.stderr.trim().split('\n')).toEqual(['SLACK_BOT_TOKEN is not set: set it (xoxb-…) to send nudges, or use --dry-run to only list them.']);
    expect(slack.calls).toEqual([]);
  });
});
