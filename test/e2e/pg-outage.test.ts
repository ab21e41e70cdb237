/**
 * The app on PostgreSQL when the database goes away (#15 item 2): a request gets a clear Chinese
 * message and the process keeps serving; once the database is back the next request works (the
 * pool reconnects). Its own cluster, stopped and started by the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpApp, type RunningApp } from '../helpers/app-process.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { commandTo } from '../helpers/pg-apps.js';
import { startPgCluster, type PgCluster } from '../helpers/pg-cluster.js';

const SECRET = 'pg-outage-secret';
let cluster: PgCluster;
let slack: FakeSlack;
let app: RunningApp;
beforeAll(async () => {
  cluster = await startPgCluster();
  slack = await new FakeSlack().start();
  app = await startHttpApp(
    { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, DATABASE_URL: cluster.url, NUDGE_CRON: 'off', LOG_LEVEL: 'warn' },
    { startMs: 60_000 },
  );
}, 90_000);
afterAll(async () => {
  await app?.stop();
  await slack?.stop();
  cluster?.stop();
});

const run = (command: string, text: string) => commandTo(app, slack, SECRET, command, text, 'UOUT');

describe('PostgreSQL outage', () => {
  it('stop the database: a clear message, quotes still answered; start it: the next request works', async () => {
    expect(await run('/client', 'add 合肥恒通建材有限公司')).toContain('已新增客户：合肥恒通建材有限公司');
    cluster.halt();
    const during = await run('/client', 'list');
    expect(during).toContain('客户档案暂时连不上数据库');
    expect(during).not.toMatch(/ECONNREFUSED|Error|\bat /);
    expect(await run('/quote', '银行贷款担保 500万 合肥 新客户 1年')).toContain('90,000');
    cluster.resume();
    expect(await run('/client', 'list')).toContain('合肥恒通建材');
    expect(app.child.exitCode).toBeNull();
  }, 90_000);
});
