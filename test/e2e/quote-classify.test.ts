/**
 * /quote and /classify end to end: the real app over signed HTTP against the fake Slack API —
 * computed replies, the missing-fields modal and its submission, and the 发到频道 button.
 */
import { describe, expect, it } from 'vitest';
import { slackAppHarness } from '../helpers/slack-harness.js';

const h = slackAppHarness();

describe('/quote over signed HTTP', () => {
  it('bank loan 500万 合肥 新客户 1年 → 9万–15万元, ephemeral, with 发到频道', async () => {
    const reply = await h.command('/quote', '银行贷款担保 500万 合肥 新客户 1年');
    expect(reply.response_type).toBe('ephemeral');
    expect(String(reply.text)).toContain('9万–15万元');
    expect(JSON.stringify(reply.blocks)).toContain('"action_id":"share_quote"');
  });

  it('bid bond 投标总价 5000万 → 80万 (2% would be 100万)', async () => {
    const reply = await h.command('/quote', '投标保函 投标总价 5000万');
    expect(String(reply.text)).toMatch(/80万元[\s\S]*100万元/);
  });

  it('missing fields with a trigger_id → a modal pre-filled with the text; submitting it answers at the response_url', async () => {
    await h.command('/quote', '银行贷款 300万 1年', { triggerId: 'trig-3' });
    const open = h.slack.callsTo('views.open').find((c) => c.body.trigger_id === 'trig-3')!;
    const view = open.body.view as { callback_id: string; private_metadata: string; blocks: Array<{ block_id?: string; element?: { initial_value?: string } }> };
    expect(view.callback_id).toBe('quote_missing');
    expect(view.blocks.find((b) => b.block_id === 'text')?.element?.initial_value).toBe('银行贷款 300万 1年');
    expect(view.blocks.some((b) => b.block_id === 'place')).toBe(true);
    const responseUrl = (JSON.parse(view.private_metadata) as { responseUrl: string }).responseUrl;
    const answered = () => h.slack.calls.filter((c) => responseUrl.endsWith(c.path));
    expect(answered()).toHaveLength(0);

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
    const r = await h.interact(submission);
    expect(r.status).toBe(200);
    await h.slack.waitFor(() => answered().length > 0);
    const answer = answered()[0]!;
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
      response_url: h.slack.responseUrl('share-1'),
      trigger_id: 't',
      actions: [{ type: 'button', action_id: 'share_quote', block_id: 'b', value: '投标保函 投标总价 5000万 某某建设公司', action_ts: '1' }],
    };
    const r = await h.interact(payload);
    expect(r.status).toBe(200);
    await h.slack.waitFor((calls) => calls.some((c) => c.path === '/response/share-1'));
    const shared = h.slack.calls.find((c) => c.path === '/response/share-1')!;
    expect(shared.body.response_type).toBe('in_channel');
    expect(String(shared.body.text)).toContain('80万元');
    expect(String(shared.body.text)).not.toContain('某某建设公司');
  });
});

describe('/classify over signed HTTP', () => {
  it('净资产1200万 销售收入3500万 资产负债率60% 经营5年 → B类, ephemeral', async () => {
    const reply = await h.command('/classify', '净资产1200万 销售收入3500万 资产负债率60% 经营5年');
    expect(reply.response_type).toBe('ephemeral');
    expect(String(reply.text)).toContain('B类');
    expect(String(reply.text)).toContain('2.5');
  });
});
