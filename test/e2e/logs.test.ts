/**
 * The logs carry no client personal data. A CSV with contacts (names, birthdays, phone numbers) is
 * imported, then the real app runs with LOG_LEVEL=debug through client cards, a contact log with an
 * ID number, visit drafts, quotes, classifications, DMs, a request that fails in its handler, and a
 * nudges run. Every line the app writes to stderr must be a JSON object with a level and a msg, one
 * `request` line per request with its requestId; and no stderr (app or CLI) may contain a client
 * name, contact name, birthday, phone or ID number.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseEnv, ROOT, startHttpApp, type RunningApp } from '../helpers/app-process.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { commandBody, eventBody, signedRequest } from '../helpers/signing.js';

const TSX = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const SECRET = 'logs-secret';

/** Everything personal in this test's data; none of it may reach a log. */
const PERSONAL = {
  clients: ['合肥甲科技有限公司', '合肥乙贸易有限公司', '合肥丙建设有限公司'],
  contacts: ['王建国', '李秀英', '赵德明'],
  birthdays: ['1968-12-04', '12月2日', '1975-07-23'],
  phones: ['13812345678', '0551-62881234', '13987654321'],
  ids: ['340104197507231234', '34010419680101123X'],
};

const CSV = [
  '客户名称,客户经理,类别,最近联系日期,联系人,联系人职务,联系人电话,联系人生日,在保产品,在保金额,在保到期日',
  `${PERSONAL.clients[0]},UZHANG,B,2026-10-20,${PERSONAL.contacts[0]},财务总监,${PERSONAL.phones[0]},${PERSONAL.birthdays[0]},银行贷款担保,500万,2026-12-31`,
  `${PERSONAL.clients[1]},UZHANG,C,2026-11-25,${PERSONAL.contacts[1]},总经理,${PERSONAL.phones[1]},${PERSONAL.birthdays[1]},民间借贷,100万,2027-03-01`,
].join('\n');

function run(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, script, ...args], { cwd: ROOT, env: baseEnv(env), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

let slack: FakeSlack;
let app: RunningApp;
let dataDir: string;
let cliStderr = '';
let n = 0;

beforeAll(async () => {
  slack = await new FakeSlack().start();
  slack.on('conversations.open', (c) => ({ body: { ok: true, channel: { id: `D${String(c.body.users)}` } } }));
  dataDir = mkdtempSync(join(tmpdir(), 'gd-logs-'));
  const file = join(dataDir, 'clients.csv');
  writeFileSync(file, CSV);
  const imported = await run('scripts/import.ts', [file], { DATA_DIR: dataDir, LOG_LEVEL: 'debug' });
  expect(imported.code, imported.stderr).toBe(0);
  cliStderr += imported.stderr;
  app = await startHttpApp({ DATA_DIR: dataDir, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, LOG_LEVEL: 'debug', ADMIN_USER_IDS: 'UADMIN' });
}, 60_000);
afterAll(async () => {
  await app?.stop();
  await slack?.stop();
});

const post = (body: string, type: 'application/json' | 'application/x-www-form-urlencoded') => fetch(`${app.url}/slack/events`, signedRequest({ secret: SECRET, body, contentType: type }));

async function command(cmd: string, text: string, user = 'UZHANG'): Promise<Record<string, unknown>> {
  const id = `logs-${++n}`;
  const r = await post(commandBody({ command: cmd, text, user_id: user, response_url: slack.responseUrl(id), trigger_id: '' }), 'application/x-www-form-urlencoded');
  expect(r.status).toBe(200);
  await slack.waitFor((calls) => calls.some((c) => c.path === `/response/${id}`), 8000);
  return slack.calls.find((c) => c.path === `/response/${id}`)!.body;
}

async function dm(text: string, user = 'UZHANG'): Promise<Record<string, unknown>> {
  const channel = `DLOG${++n}`;
  const r = await post(eventBody({ type: 'message', channel_type: 'im', channel, user, text, ts: `1700001000.${n}` }), 'application/json');
  expect(r.status).toBe(200);
  await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === channel), 8000);
  return slack.calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === channel)!.body;
}

function appLines(): Array<Record<string, unknown>> {
  return app
    .stderr()
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      let parsed: unknown;
      expect(() => (parsed = JSON.parse(l) as unknown), `not JSON: ${l}`).not.toThrow();
      return parsed as Record<string, unknown>;
    });
}

describe('logs with LOG_LEVEL=debug over the whole flow', () => {
  it('runs the flows (and they work, so there was something to log)', async () => {
    expect(String((await command('/client', PERSONAL.clients[0]!)).text)).toContain(PERSONAL.contacts[0]);
    expect(String((await command('/client', `add ${PERSONAL.clients[2]} 净资产1200万 销售收入3500万 利润300万`)).text)).toContain('B类');
    await command('/client', `contact ${PERSONAL.clients[2]} 今天 见了${PERSONAL.contacts[2]}，电话${PERSONAL.phones[2]}，身份证${PERSONAL.ids[0]}已核对`);
    await command('/client', 'list');
    await command('/client', `stage ${PERSONAL.clients[1]} 形成期 伙伴型`);
    expect(
      String(
        (
          await command(
            '/visit',
            `${PERSONAL.clients[0]} 见了${PERSONAL.contacts[0]}（${PERSONAL.phones[0]}），生日${PERSONAL.birthdays[0]}，证件${PERSONAL.ids[1]}。问题：反担保未落实 下一步：12月5日送材料`,
          )
        ).text,
      ),
    ).toContain('拜访报告草稿');
    await command('/visit', `prep ${PERSONAL.clients[1]}`);
    await command('/quote', `银行贷款担保 500万 合肥 新客户 1年 ${PERSONAL.clients[0]} 联系人${PERSONAL.contacts[1]} ${PERSONAL.phones[1]}`);
    await command('/classify', `${PERSONAL.clients[1]} 净资产1200万 销售收入3500万 资产负债率60% 经营5年`);
    await dm(`${PERSONAL.clients[0]} 投标保函 投标总价 5000万，联系人${PERSONAL.contacts[0]} ${PERSONAL.phones[0]}`);
    await dm(`拜访报告 ${PERSONAL.clients[1]}\n参加人员：${PERSONAL.contacts[1]}\n问题：身份证${PERSONAL.ids[0]}复印件未交`);
    await dm(`准备拜访 ${PERSONAL.clients[0]}`);
    await dm(`${PERSONAL.contacts[2]}生日${PERSONAL.birthdays[2]}，电话${PERSONAL.phones[2]}`);
    // A handler that fails (its response_url answers 500): app.error logs it with a code.
    const failing = `/response/logs-${n + 1}`;
    slack.on('response_url', (c) => (c.path === failing ? { status: 500, body: { ok: false } } : {}));
    await command('/client', `${PERSONAL.clients[0]}`);
    await slack.waitFor((calls) => calls.filter((c) => c.path === failing).length >= 2, 8000);
    const nudges = await run('scripts/nudges.ts', ['--now', '2026-12-01'], {
      DATA_DIR: dataDir,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'x',
      SLACK_API_URL: slack.apiUrl,
      LOG_LEVEL: 'debug',
    });
    expect(nudges.code, nudges.stderr).toBe(0);
    cliStderr += nudges.stderr;
    expect(slack.callsTo('chat.postMessage').some((c) => String(c.body.text).includes(PERSONAL.clients[0]!))).toBe(true);
  }, 90_000);

  it('every app log line is JSON with a level and a msg', () => {
    const lines = appLines();
    expect(lines.length).toBeGreaterThan(10);
    for (const l of lines) {
      expect(['debug', 'info', 'warn', 'error']).toContain(l.level);
      expect(typeof l.msg).toBe('string');
    }
  });

  it('one request line per request, with a requestId, a type and a duration; the failure carries a code and the same id', () => {
    const requests = appLines().filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(n);
    for (const r of requests) {
      expect(String(r.requestId)).not.toBe('');
      expect(typeof r.type).toBe('string');
      expect(typeof r.ms).toBe('number');
      expect(Object.keys(r).sort()).toEqual(expect.arrayContaining(['level', 'msg', 'requestId', 'type', 'ms']));
    }
    expect(requests.some((r) => r.type === 'slash_command' && r.command === '/client')).toBe(true);
    expect(requests.some((r) => r.type === 'event_callback' && r.event === 'message' && String(r.requestId).startsWith('Ev'))).toBe(true);
    const failure = appLines().find((l) => l.msg === 'handler failed');
    expect(failure).toMatchObject({ level: 'error', code: expect.any(String) });
    expect(requests.map((r) => r.requestId)).toContain(failure!.requestId);
  });

  /** The Web API client's own debug lines (request bodies and results): a known leak, tested apart below. */
  const WEB_API_BODY = /"msg":"http request (body|result): /;
  const leaksIn = (text: string) => Object.entries(PERSONAL).flatMap(([kind, values]) => values.filter((v) => text.includes(v)).map((v) => `${kind}: ${v}`));

  it('no client name, contact name, birthday, phone or ID number in any log line of ours or Bolt’s (app or CLI)', () => {
    const ours = app
      .stderr()
      .split('\n')
      .filter((l) => !WEB_API_BODY.test(l))
      .join('\n');
    expect(leaksIn(`${ours}\n${cliStderr}`)).toEqual([]);
  });

  // @slack/web-api logs every request body and result at debug (WebClient.js), through our logger
  // (Bolt hands it the app's logger); src/logger.ts keeps only the prefix of those lines.
  it('the Web API client’s debug lines carry no client data either', () => {
    expect(app.stderr()).toMatch(WEB_API_BODY);
    const bodies = app
      .stderr()
      .split('\n')
      .filter((l) => WEB_API_BODY.test(l))
      .join('\n');
    expect(leaksIn(bodies)).toEqual([]);
  });
});
