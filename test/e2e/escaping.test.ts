/**
 * Slack's escaping (issue #14.3): Slack sends `&` `<` `>` in command and message text as `&amp;`
 * `&lt;` `&gt;` (test/helpers/signing.ts does the same), while modal values arrive as typed. The
 * app undoes it once where text arrives and escapes once where text goes out, so a name is
 * stored one way whichever way it came, found either way, and shown without `&amp;amp;`.
 */
import { describe, expect, it } from 'vitest';
import { slackAppHarness } from '../helpers/slack-harness.js';

const h = slackAppHarness();
const client = (text: string, user = 'UESC') => h.command('/client', text, { user });

function addClientModal(name: string, figures = '') {
  return {
    type: 'view_submission',
    team: { id: 'T1' },
    user: { id: 'UESC', team_id: 'T1' },
    api_app_id: 'A1',
    trigger_id: 't-esc',
    view: {
      id: 'V-esc',
      type: 'modal',
      callback_id: 'home_add_client_modal',
      private_metadata: '',
      state: { values: { name: { value: { type: 'plain_text_input', value: name } }, figures: { value: { type: 'plain_text_input', value: figures } } } },
    },
  };
}

describe('Slack escaping undone at the edge, done once on the way out', () => {
  it('/client add 合肥A&B贸易有限公司 is stored as A&B: found by the same name, shown as A&amp;B once', async () => {
    await client('add 合肥A&B贸易有限公司 净资产1200万 销售收入3500万 利润300万');
    const card = await client('合肥A&B贸易有限公司');
    // plain_text (the header) as typed; mrkdwn and the fallback escaped once.
    expect((card.blocks as Array<{ text?: { text?: string } }>)[0]!.text!.text).toBe('合肥A&B贸易有限公司');
    expect(String(card.text)).toContain('合肥A&amp;B贸易有限公司');
    expect(JSON.stringify(card)).not.toContain('&amp;amp;');
    expect(String(card.text)).not.toContain('没有找到');
  });

  it('a name added in a modal (unescaped) is found by /client (escaped by Slack)', async () => {
    const r = await h.interact(addClientModal('合肥C&D物流有限公司', '净资产1200万 销售收入3500万'));
    expect(r.status).toBe(200);
    await h.slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === 'UESC'));
    const card = await client('合肥C&D物流有限公司');
    expect(String(card.text)).not.toContain('没有找到');
    expect((card.blocks as Array<{ text?: { text?: string } }>)[0]!.text!.text).toBe('合肥C&D物流有限公司');
    expect(JSON.stringify(card)).not.toContain('&amp;amp;');
  });

  it('a contact note 负债率>70% is shown as &gt; once, never &amp;gt;', async () => {
    await client('contact 合肥A&B贸易有限公司 负债率>70% <谨慎>');
    const card = await client('合肥A&B贸易有限公司');
    const blocks = JSON.stringify(card.blocks);
    expect(blocks).toContain('负债率&gt;70% &lt;谨慎&gt;');
    expect(blocks).not.toContain('&amp;gt;');
  });

  it('a DM question with & and > is read as typed', async () => {
    const msg = await h.dm('投标保函 投标总价>5000万 A&B 费率多少');
    expect(JSON.stringify(msg)).not.toContain('&amp;amp;');
    expect(JSON.stringify(msg)).not.toContain('&amp;gt;');
  });
});
