/**
 * /quote and /classify end to end: the real app over signed HTTP against the fake Slack API —
 * computed replies, the missing-fields modal and its submission, and the 发到频道 button.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpApp, type RunningApp } from '../helpers/app-process.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { commandBody, signedRequest } from '../helpers/signing.js';

const SECRET = 'e2e-secret';
let slack: FakeSlack;
let app: RunningApp;

beforeAll(async () => {
  slack = await new FakeSlack().start();
  app = await startHttpApp({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, LOG_LEVEL: 'warn' });
});
afterAll(async () => {
  await app?.stop();
  await slack?.stop();
});

const post = (body: string, contentType: 'application/json' | 'application/x-www-form-urlencoded') =>
  fetch(`${app.url}/slack/events`, signedRequest({ secret: SECRET, body, contentType }));

async function command(command: string, text: string, id: string, triggerId?: string) {
  const r = await post(commandBody({ command, text, response_url: slack.responseUrl(id), ...(triggerId ? { trigger_id: triggerId } : {}) }), 'application/x-www-form-urlencoded');
  expect(r.status).toBe(200);
  await slack.waitFor((calls) => calls.some((c) => c.path === `/response/${id}`) || calls.some((c) => c.method === 'views.open' && c.body.trigger_id === triggerId));
  return slack.calls.find((c) => c.path === `/response/${id}`);
}

function interactive(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

describe('/quote over signed HTTP', () => {
  it('bank loan 500万 合肥 新客户 1年 → 9万–15万元, ephemeral, with 发到频道', async () => {
    const reply = await command('/quote', '银行贷款担保 500万 合肥 新客户 1年', 'q1', '');
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(String(reply!.body.text)).toContain('9万–15万元');
    expect(JSON.stringify(reply!.body.blocks)).toContain('"action_id":"share_quote"');
  });

  it('bid bond 投标总价 5000万 → 80万 (2% would be 100万)', async () => {
    const reply = await command('/quote', '投标保函 投标总价 5000万', 'q2', '');
    expect(String(reply!.body.text)).toMatch(/80万元[\s\S]*100万元/);
  });

  it('missing fields with a trigger_id → a modal pre-filled with the text; submitting it answers at the response_url', async () => {
    await command('/quote', '银行贷款 300万 1年', 'q3', 'trig-3');
    const open = slack.callsTo('views.open').find((c) => c.body.trigger_id === 'trig-3')!;
    const view = open.body.view as { callback_id: string; private_metadata: string; blocks: Array<{ block_id?: string; element?: { initial_value?: string } }> };
    expect(view.callback_id).toBe('quote_missing');
    expect(view.blocks.find((b) => b.block_id === 'text')?.element?.initial_value).toBe('银行贷款 300万 1年');
    expect(view.blocks.some((b) => b.block_id === 'place')).toBe(true);
    expect(slack.calls.some((c) => c.path === '/response/q3')).toBe(false);

    const submission = {
      type: 'view_submission',
      team: { id: 'T1' },
      user: { id: 'U1', team_id: 'T1' },
      api_app_id: 'A1',
      trigger_id: 'trig-3b',
      view: {
        id: 'V1',
        type: 'modal',
        callback_id: 'quote_missing',
        private_metadata: view.private_metadata,
        state: { values: { text: { value: { type: 'plain_text_input', value: '银行贷款 300万 1年' } }, place: { value: { type: 'static_select', selected_option: { value: '合肥以外' } } } } },
      },
    };
    const r = await post(interactive(submission), 'application/x-www-form-urlencoded');
    expect(r.status).toBe(200);
    await slack.waitFor((calls) => calls.some((c) => c.path === '/response/q3'));
    const answer = slack.calls.find((c) => c.path === '/response/q3')!;
    // Outside Hefei, status unknown: new 3% and returning 2.4%–3% → 7.2万–9万元.
    expect(String(answer.body.text)).toContain('7.2万–9万元');
  });

  it('发到频道 posts the recomputed quote in the channel, without the private notes', async () => {
    const payload = {
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: 'U1', team_id: 'T1' },
      api_app_id: 'A1',
      container: { type: 'message', is_ephemeral: true },
      channel: { id: 'C1' },
      response_url: slack.responseUrl('share-1'),
      trigger_id: 't',
      actions: [{ type: 'button', action_id: 'share_quote', block_id: 'b', value: '投标保函 投标总价 5000万 某某建设公司', action_ts: '1' }],
    };
    const r = await post(interactive(payload), 'application/x-www-form-urlencoded');
    expect(r.status).toBe(200);
    await slack.waitFor((calls) => calls.some((c) => c.path === '/response/share-1'));
    const shared = slack.calls.find((c) => c.path === '/response/share-1')!;
    expect(shared.body.response_type).toBe('in_channel');
    expect(String(shared.body.text)).toContain('80万元');
    expect(String(shared.body.text)).not.toContain('某某建设公司');
  });
});

describe('/classify over signed HTTP', () => {
  it('净资产1200万 销售收入3500万 资产负债率60% 经营5年 → B类, ephemeral', async () => {
    const reply = await command('/classify', '净资产1200万 销售收入3500万 资产负债率60% 经营5年', 'c1', '');
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(String(reply!.body.text)).toContain('B类');
    expect(String(reply!.body.text)).toContain('2.5');
  });
});
