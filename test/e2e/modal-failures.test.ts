/**
 * After a modal (issues #13.2, #13.9, #14.8), end to end over signed HTTP:
 * - a save that fails (the archive locked by another process → STORE_LOCKED) or is refused sends
 *   the user their whole typed text with the reason in a DM — the visit report and add-client
 *   modals; nothing typed is lost silently;
 * - the quote modal's response_url from private_metadata is posted to only if it is Slack's (here:
 *   the fake's host); another host gets nothing and the answer goes to the DM;
 * - an expired response_url (404) falls back to the DM.
 */
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../src/adapters/embedded-store.js';
import { tempDataDir } from '../helpers/app-process.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { slackAppHarness } from '../helpers/slack-harness.js';

const dir = tempDataDir();
const h = slackAppHarness({ LOG_LEVEL: 'error', DATA_DIR: dir });

async function clientId(owner: string, name: string): Promise<string> {
  const store = await openEmbeddedStore({ dataDir: dir });
  try {
    return (await store.read()).clients.find((c) => c.owner === owner && c.name === name)!.id;
  } finally {
    await store.close();
  }
}

function submission(user: string, callbackId: string, values: Record<string, unknown>, privateMetadata = '') {
  return {
    type: 'view_submission',
    team: { id: 'T1' },
    user: { id: user, team_id: 'T1' },
    api_app_id: 'A1',
    trigger_id: `t-${user}`,
    view: { id: `V-${user}`, type: 'modal', callback_id: callbackId, private_metadata: privateMetadata, state: { values } },
  };
}
const input = (value: string) => ({ value: { type: 'plain_text_input', value } });
const dmTo = (user: string) => h.slack.callsTo('chat.postMessage').filter((c) => c.body.channel === user);

const REPORT = '走访财务总监，了解续贷需求。负债率>70%，A&B两家关联企业担保 😀';

describe('a modal whose save fails: the typed text comes back in a DM', () => {
  it('archive locked by another process (STORE_LOCKED): the visit report and the new client come back whole, with the reason', async () => {
    await h.command('/client', 'add 合肥锁定测试有限公司 净资产1200万', { user: 'ULOCK' });
    const card = await h.command('/client', '合肥锁定测试有限公司', { user: 'ULOCK' });
    expect(String(card.text)).toContain('合肥锁定测试有限公司');
    const id = await clientId('ULOCK', '合肥锁定测试有限公司');
    const release = await lockfile.lock(join(dir, 'archive.json'), { realpath: false, lockfilePath: join(dir, 'archive.json.lock'), stale: 10_000, update: 2000 });
    try {
      const visit = submission(
        'ULOCK',
        'visit_save',
        {
          visitDate: { value: { type: 'datepicker', selected_date: '2020-01-02' } },
          nextFollowUp: { value: { type: 'datepicker', selected_date: '2020-01-20' } },
          f5: input(REPORT),
          f7: input('12月中旬送方案'),
        },
        JSON.stringify({ clientId: id, clientName: '合肥锁定测试有限公司' }),
      );
      const add = submission('ULOCK', 'home_add_client_modal', { name: input('合肥新加&客户有限公司'), figures: input('净资产800万 销售收入2000万') });
      expect((await h.interact(visit)).status).toBe(200);
      expect((await h.interact(add)).status).toBe(200);
      await h.slack.waitFor(() => dmTo('ULOCK').filter((c) => String(c.body.text).startsWith('未保存')).length >= 2, 35_000); // the two saves queue behind each other: 10 s of lock wait each
    } finally {
      await release();
    }
    const back = dmTo('ULOCK').filter((c) => String(c.body.text).startsWith('未保存'));
    const visitBack = JSON.stringify(back.find((c) => String(c.body.text).includes('拜访报告'))!.body.blocks);
    expect(visitBack).toContain('走访财务总监，了解续贷需求。负债率&gt;70%，A&amp;B两家关联企业担保 😀');
    expect(visitBack).toContain('12月中旬送方案');
    expect(visitBack).toContain('2020-01-02');
    expect(visitBack).toMatch(/档案|稍后/);
    const addBack = JSON.stringify(back.find((c) => String(c.body.text).includes('添加客户'))!.body.blocks);
    expect(addBack).toContain('合肥新加&amp;客户有限公司');
    expect(addBack).toContain('净资产800万 销售收入2000万');
  }, 50_000);

  it('a visit report for a client that is no longer the user’s comes back with the reason', async () => {
    const visit = submission(
      'UOTHER',
      'visit_save',
      { visitDate: { value: { type: 'datepicker', selected_date: '2020-01-02' } }, nextFollowUp: { value: { type: 'datepicker', selected_date: '2020-01-20' } }, f5: input(REPORT) },
      JSON.stringify({ clientId: 'no-such-client', clientName: '合肥某某' }),
    );
    expect((await h.interact(visit)).status).toBe(200);
    await h.slack.waitFor(() => dmTo('UOTHER').length > 0);
    const msg = dmTo('UOTHER')[0]!.body;
    expect(String(msg.text)).toMatch(/^未保存/);
    expect(JSON.stringify(msg.blocks)).toContain('走访财务总监');
  });
});

describe('the quote modal’s response_url', () => {
  const quoteSubmission = (user: string, responseUrl: string) =>
    submission(
      user,
      'quote_missing',
      { text: input('银行贷款 300万 1年'), place: { value: { type: 'static_select', selected_option: { value: '合肥以外' } } } },
      JSON.stringify({ text: '银行贷款 300万 1年', responseUrl }),
    );

  it('a response_url on another host is never posted to; the answer goes to the DM', async () => {
    const evil = await new FakeSlack().start();
    try {
      expect((await h.interact(quoteSubmission('UEVIL', `${evil.url}/response/steal`))).status).toBe(200);
      await h.slack.waitFor(() => dmTo('UEVIL').length > 0);
      expect(String(dmTo('UEVIL')[0]!.body.text)).toContain('7.2万–9万元');
      expect(evil.calls).toHaveLength(0);
    } finally {
      await evil.stop();
    }
  });

  it('an expired response_url (404 after 30 minutes) → the answer goes to the DM', async () => {
    h.slack.on('response_url', (c) => (c.path === '/response/expired' ? { status: 404, body: { ok: false, error: 'expired_url' } } : { body: { ok: true } }));
    expect((await h.interact(quoteSubmission('ULATE', h.slack.responseUrl('expired')))).status).toBe(200);
    await h.slack.waitFor(() => dmTo('ULATE').length > 0);
    expect(String(dmTo('ULATE')[0]!.body.text)).toContain('7.2万–9万元');
  });
});
