/**
 * /client end to end over signed HTTP: add, card (ephemeral), and access refused for another manager.
 * Each test adds the client it needs under its own name, so none depends on another having run
 * (or on their order): the app and its data dir are shared by the file, the clients are not.
 */
import { describe, expect, it } from 'vitest';
import { eventBody } from '../helpers/signing.js';
import { slackAppHarness } from '../helpers/slack-harness.js';

const h = slackAppHarness({ ADMIN_USER_IDS: 'UADMIN' });
const client = (user: string, text: string) => h.command('/client', text, { user });

/** Adds a client of `owner` named `name` (2.3 class B from the figures) and checks it was saved. */
async function addClient(owner: string, name: string): Promise<void> {
  expect(String((await client(owner, `add ${name} 净资产1200万 销售收入3500万 利润300万`)).text)).toContain('B类');
}

describe('/client over signed HTTP', () => {
  it('adds a client, then shows its card ephemerally to its owner', async () => {
    await addClient('UZHANG', '合肥甲乙科技有限公司');
    const card = await client('UZHANG', '合肥甲乙');
    expect(card.response_type).toBe('ephemeral');
    expect(String(card.text)).toContain('合肥甲乙科技有限公司');
    expect(JSON.stringify(card.blocks)).toContain('<@UZHANG>');
  });

  it('another manager is told there is no such client of theirs', async () => {
    await addClient('UWANG', '芜湖丙丁贸易有限公司');
    const card = await client('ULI', '芜湖丙丁');
    expect(String(card.text)).toContain('没有找到这个客户');
    expect(String(card.text)).not.toContain('1200万');
    // The owner still finds it: the refusal is about access, not a missing client.
    expect(String((await client('UWANG', '芜湖丙丁')).text)).toContain('芜湖丙丁贸易有限公司');
  });

  it('an @mention in a channel never shows the card', async () => {
    await addClient('UZHAO', '蚌埠戊己机械有限公司');
    const body = eventBody({ type: 'app_mention', channel: 'C7', user: 'UZHAO', text: '<@UBOT> /client 蚌埠戊己', ts: '1700000200.000001' });
    await h.post(body, 'application/json');
    await h.slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === 'C7'));
    const msg = h.slack.calls.find((c) => c.method === 'chat.postMessage' && c.body.channel === 'C7')!.body;
    expect(JSON.stringify(msg)).not.toContain('蚌埠戊己机械有限公司');
    expect(JSON.stringify(msg)).not.toContain('UZHAO');
  });
});
