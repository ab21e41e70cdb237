/** /client end to end over signed HTTP: add, card (ephemeral), and access refused for another manager. */
import { describe, expect, it } from 'vitest';
import { eventBody } from '../helpers/signing.js';
import { slackAppHarness } from '../helpers/slack-harness.js';

const h = slackAppHarness({ ADMIN_USER_IDS: 'UADMIN' });
const client = (user: string, text: string) => h.command('/client', text, { user });
describe('/client over signed HTTP', () => {
  it('adds a client, then shows its card ephemerally to its owner', async () => {
    expect(String((await client('UZHANG', 'add 合肥某某科技有限公司 净资产1200万 销售收入3500万 利润300万')).text)).toContain('B类');
    const card = await client('UZHANG', '合肥某某');
    expect(card.response_type).toBe('ephemeral');
    expect(String(card.text)).toContain('合肥某某科技有限公司');
    expect(JSON.stringify(card.blocks)).toContain('<@UZHANG>');
  });

  it('another manager is told there is no such client of theirs', async () => {
    const card = await client('ULI', '合肥某某');
    expect(String(card.text)).toContain('没有找到这个客户');
    expect(String(card.text)).not.toContain('1200万');
  });

  it('an @mention in a channel never shows the card', async () => {
    const body = eventBody({ type: 'app_mention', channel: 'C7', user: 'UZHANG', text: '<@UBOT> /client 合肥某某', ts: '1700000200.000001' });
    await h.post(body, 'application/json');
    await h.slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === 'C7'));
    const msg = h.slack.calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === 'C7')!.body;
    expect(JSON.stringify(msg)).not.toContain('合肥某某科技有限公司');
    expect(JSON.stringify(msg)).not.toContain('UZHANG');
  });
});
