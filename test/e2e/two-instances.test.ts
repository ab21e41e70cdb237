/**
 * Two real app processes in HTTP mode on one PostgreSQL (#15 item 6), signed requests, one fake
 * Slack Web API: what a load balancer in front of two instances must not break.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgStores, type PgStores } from '../../src/adapters/pg/index.js';
import type { Client } from '../../src/core/archive/model.js';
import { startHttpApp, type RunningApp } from '../helpers/app-process.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { freshDatabase } from '../helpers/pg.js';
import { commandTo, postTo } from '../helpers/pg-apps.js';
import { eventBody } from '../helpers/signing.js';

const SECRET = 'two-instances-secret';
let url: string;
let slack: FakeSlack;
let A: RunningApp;
let B: RunningApp;
let db: PgStores;

const dormant = (id: string, name: string, owner: string): Client => ({
  id,
  name,
  owner,
  figures: {},
  contacts: [],
  guarantees: [],
  createdAt: '2025-01-02T01:00:00.000Z',
  updatedAt: '2025-01-02T01:00:00.000Z',
});

beforeAll(async () => {
  url = await freshDatabase();
  db = openPgStores({ url });
  await db.ready();
  // Dormant clients of two managers: each gets one digest at the nudge minute.
  for (const [id, name, owner] of [
    ['n1', '蜀山机电有限公司', 'UM1'],
    ['n2', '瑶海物流有限公司', 'UM1'],
    ['n3', '包河食品有限公司', 'UM2'],
  ] as const)
    await db.archive.addClient(dormant(id, name, owner));
  slack = await new FakeSlack().start();
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    DATABASE_URL: url, // Both instances' nudge job every second (and the start-up catch-up): many concurrent runs.
    NUDGE_CRON: '* * * * * *',
    LOG_LEVEL: 'warn',
  };
  [A, B] = await Promise.all([startHttpApp(env, { startMs: 90_000 }), startHttpApp(env, { startMs: 90_000 })]);
}, 120_000);

afterAll(async () => {
  // A may have been killed (kill -9 below): only a live process is stopped.
  if (A?.child.exitCode === null && A.child.signalCode === null) await A.stop();
  await B?.stop();
  await slack?.stop();
  await db?.close();
});

const post = (app: RunningApp, body: string, contentType: 'application/json' | 'application/x-www-form-urlencoded', headers: Record<string, string> = {}) =>
  postTo(app, SECRET, body, contentType, headers);
const command = (app: RunningApp, text: string, user = 'UZHANG', timeoutMs = 15_000) => commandTo(app, slack, SECRET, '/client', text, user, timeoutMs);

const postsTo = (channel: string) => slack.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === channel).length;

describe('two instances on one PostgreSQL', () => {
  it('a client added through A is found through B (and a second add through B is a duplicate)', async () => {
    expect(await command(A, 'add 合肥华信科技有限公司 净资产1200万 销售收入3500万 利润300万')).toContain('B类');
    const card = await command(B, '华信科技');
    expect(card).toContain('合肥华信科技有限公司');
    expect(await command(B, 'add 合肥华信科技 净资产1200万')).toContain('已有相近的客户');
    expect((await db.archive.findClients({ userId: 'UZHANG', isAdmin: false }, '华信科技')).kind).toBe('found');
  });

  it('an event delivered to A and its retry to B is handled once', async () => {
    const body = eventBody({ type: 'message', channel_type: 'im', channel: 'D-retry', user: 'UZHANG', text: '外地老客户费率多少', ts: '1700002000.000100' }, 'EvRetry1');
    expect((await post(A, body, 'application/json')).status).toBe(200);
    await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === 'D-retry'));
    expect((await post(B, body, 'application/json', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1500));
    expect(postsTo('D-retry')).toBe(1);
  });

  it('the same event delivered to both at once is handled once', async () => {
    const body = eventBody({ type: 'message', channel_type: 'im', channel: 'D-both', user: 'UZHANG', text: '拜访报告要写什么', ts: '1700002000.000200' }, 'EvBoth1');
    await Promise.all([post(A, body, 'application/json'), post(B, body, 'application/json', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' })]);
    await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === 'D-both'), 20_000);
    await new Promise((r) => setTimeout(r, 1500));
    expect(postsTo('D-both')).toBe(1);
  });

  it('both run the nudge job at the same seconds, again and again: each manager gets exactly one digest', async () => {
    await slack.waitFor((calls) => ['DUM1', 'DUM2'].every((ch) => calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === ch)), 60_000);
    await new Promise((r) => setTimeout(r, 4000)); // several more runs on each instance
    expect([postsTo('DUM1'), postsTo('DUM2')]).toEqual([1, 1]);
    const digest = JSON.stringify(slack.calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === 'DUM1')!.body);
    expect(digest).toContain('蜀山机电');
    expect(digest).toContain('瑶海物流');
    expect(digest).not.toContain('包河食品');
  }, 90_000);

  it('kill -9 one instance during writes: every acknowledged add is there, through the other', async () => {
    const names = Array.from({ length: 25 }, (_, i) => `压测客户${String(i).padStart(2, '0')}有限公司`);
    const acknowledged: string[] = [];
    let killed = false;
    const sends = names.map(async (name, i) => {
      await new Promise((r) => setTimeout(r, i * 30));
      if (killed) return;
      const text = await command(A, `add ${name}`, 'UKILL', 8_000).catch(() => undefined);
      if (text?.includes(`已新增客户：${name}`)) acknowledged.push(name);
    });
    await new Promise((r) => setTimeout(r, 700));
    killed = true;
    A.child.kill('SIGKILL');
    await Promise.all(sends);
    expect(acknowledged.length).toBeGreaterThan(0);
    const stored = new Set((await db.archive.clientSummaries({ userId: 'UKILL', isAdmin: false })).items.map((s) => s.name));
    for (const name of acknowledged) expect(stored).toContain(name);
    // and B, still up, finds them
    expect(await command(B, acknowledged[0]!.replace('有限公司', ''), 'UKILL')).toContain(acknowledged[0]);
  }, 60_000);
});
