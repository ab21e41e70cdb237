/**
 * The digest buttons and the visit form, through the real app over signed HTTP against the
 * fake Slack API: snooze and dismiss recorded, a visit saved, another manager refused.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/adapters/embedded-store.js';
import { digestMessage } from '../../src/blocks/nudge-blocks.js';
import { nudgesFor } from '../../src/core/nudges/index.js';

import { startHttpApp, type RunningApp } from '../helpers/app-process.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { signedRequest } from '../helpers/signing.js';
import { archive, client } from './helpers.js';

const SECRET = 'nudge-secret';
let slack: FakeSlack;
let app: RunningApp;
let store: EmbeddedStore;

const c1 = client('c1', {
  name: '合肥甲公司',
  owner: 'U0AAA',
  lastContact: '2026-10-20',
  contacts: [{ name: '张三', birthday: '12-04' }],
  guarantees: [{ product: 'bank_loan', amount: 5e6, due: '2026-12-31' }],
});
const c2 = client('c2', { name: '合肥乙公司', owner: 'U0BBB', lastContact: '2026-10-20' });
const digest = digestMessage(nudgesFor({ archive: archive([c1]), today: '2026-12-01', tz: 'Asia/Shanghai' }), '2026-12-01');
const [DUE, BIRTHDAY, DORMANT] = ['due:c1:2026-12-31:ahead', 'birthday:c1:0:2026-12-04:ahead', 'dormant:c1:2026-11-26'];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gd-nudge-btn-'));
  store = await openEmbeddedStore({ dataDir: dir });
  await store.update((d) => void d.clients.push(c1, c2));
  slack = await new FakeSlack().start();
  slack.on('conversations.history', (c) => ({ body: { ok: true, messages: [{ ts: c.body.latest, text: digest.text, blocks: digest.blocks }] } }));
  // NUDGE_CRON on 1 January only: no catch-up run during the test.
  app = await startHttpApp({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, DATA_DIR: dir, NUDGE_CRON: '0 0 1 1 *', LOG_LEVEL: 'error' });
});
afterAll(async () => {
  await app?.stop();
  await slack?.stop();
  await store?.close();
});

const post = (payload: unknown) =>
  fetch(`${app.url}/slack/events`, signedRequest({ secret: SECRET, body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' }));

async function click(user: string, actionId: string, key: string, id: string) {
  const r = await post({
    type: 'block_actions',
    team: { id: 'T1' },
    user: { id: user, team_id: 'T1' },
    api_app_id: 'A1',
    container: { type: 'message', message_ts: '1700000001.000100', channel_id: `D${user}`, is_ephemeral: false },
    channel: { id: `D${user}` },
    message: { type: 'message', ts: '1700000001.000100', text: digest.text, blocks: digest.blocks },
    response_url: slack.responseUrl(id),
    trigger_id: `trig-${id}`,
    actions: [{ type: 'button', action_id: actionId, block_id: 'nudge_act_0', value: key, action_ts: '1' }],
  });
  expect(r.status).toBe(200);
  await slack.waitFor((calls) => calls.some((c) => c.path === `/response/${id}` || (c.method === 'views.open' && c.body.trigger_id === `trig-${id}`)));
  return slack.calls.find((c) => c.path === `/response/${id}`);
}

const logOf = async (key: string) => (await store.read()).nudges.find((l) => l.key === key);

describe('nudge buttons over signed HTTP', () => {
  it('稍后提醒 by the owner: snoozed 7 days, the item shown as handled', async () => {
    const answer = await click('U0AAA', 'nudge_snooze', DUE, 's1');
    expect(answer!.body.replace_original).toBe(true);
    const blocks = JSON.stringify(answer!.body.blocks);
    expect(blocks).toContain('✅ 已设为');
    expect(blocks).not.toContain(`"value":"${DUE}"`);
    expect(blocks).toContain(`"value":"${DORMANT}"`);
    const log = await logOf(DUE);
    expect(log).toMatchObject({ status: 'snoozed' });
    expect(log!.until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('不再提醒 by the owner: the occurrence dismissed', async () => {
    const answer = await click('U0AAA', 'nudge_dismiss', BIRTHDAY, 'd1');
    expect(JSON.stringify(answer!.body.blocks)).toContain('✅ 本次不再提醒');
    expect(await logOf('birthday:c1:0:2026-12-04')).toMatchObject({ status: 'dismissed' });
  });

  it.each([
    ['nudge_snooze', 'x1'],
    ['nudge_dismiss', 'x2'],
    ['nudge_log_visit', 'x3'],
  ])("another manager cannot act on the client's nudge (%s)", async (action, id) => {
    const answer = await click('U0BBB', action, DORMANT, id);
    expect(answer!.body.response_type).toBe('ephemeral');
    expect(answer!.body.replace_original).toBe(false);
    expect(String(answer!.body.text)).toContain('只有该客户的客户经理');
    expect(await logOf(DORMANT)).toBeUndefined();
    expect(slack.callsTo('views.open').some((c) => c.body.trigger_id === `trig-${id}`)).toBe(false);
  });

  it('记录拜访: the visit report (4.2) opens; saving records a Visit, moves lastContact, marks the item handled', async () => {
    await click('U0AAA', 'nudge_log_visit', DORMANT, 'v1');
    const open = slack.callsTo('views.open').find((c) => c.body.trigger_id === 'trig-v1')!;
    const view = open.body.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('visit_save');
    expect(JSON.parse(view.private_metadata)).toMatchObject({ clientId: 'c1', nudge: { key: DORMANT } });
    const r = await post({
      type: 'view_submission',
      team: { id: 'T1' },
      user: { id: 'U0AAA', team_id: 'T1' },
      api_app_id: 'A1',
      trigger_id: 'trig-v1b',
      view: {
        id: 'V1',
        type: 'modal',
        callback_id: 'visit_save',
        private_metadata: view.private_metadata,
        state: {
          values: {
            visitDate: { value: { type: 'datepicker', selected_date: '2026-11-27' } },
            nextFollowUp: { value: { type: 'datepicker', selected_date: '2026-12-15' } },
            f5: { value: { type: 'plain_text_input', value: '走访财务总监，了解续贷需求' } },
            f7: { value: { type: 'plain_text_input', value: '12月中旬送方案' } },
          },
        },
      },
    });
    expect(r.status).toBe(200);
    await slack.waitFor((calls) => calls.some((c) => c.method === 'chat.update'));
    const update = slack.callsTo('chat.update')[0]!;
    expect(update.body).toMatchObject({ channel: 'DU0AAA', ts: '1700000001.000100' });
    expect(JSON.stringify(update.body.blocks)).toContain('✅ 已保存拜访报告');
    const a = await store.read();
    expect(a.visits).toEqual([
      expect.objectContaining({ clientId: 'c1', date: '2026-11-27', author: 'U0AAA', fields: { 主要内容和达成的共识: '走访财务总监，了解续贷需求', 下一步工作重点及建议: '12月中旬送方案' } }),
    ]);
    expect(a.clients.find((c) => c.id === 'c1')!.lastContact).toBe('2026-11-27');
    // the dormant nudge is reset by the visit
    expect(nudgesFor({ archive: a, today: '2026-12-01', tz: 'Asia/Shanghai' }).filter((n) => n.kind === 'dormant' && n.clientId === 'c1')).toEqual([]);
  });
});
