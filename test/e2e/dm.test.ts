/** DMs and @mentions end to end: signed event_callback requests, answers read from chat.postMessage. */
import { describe, expect, it } from 'vitest';
import { eventBody } from '../helpers/signing.js';
import { slackAppHarness } from '../helpers/slack-harness.js';

const h = slackAppHarness();
const dm = (text: string, extra: Record<string, unknown> = {}) => h.dm(text, { extra });

describe('DM assistant over signed HTTP', () => {
  it.each([
    ['外地老客户费率多少', '2.4%–3%'],
    ['拜访报告要写什么', '4.2'],
    ['谈判分几个阶段', '8.3.1'],
    ['客户下个月要投标，缺保证金', '投标保函'],
    ['银行贷款担保 500万 合肥 新客户 1年', '9万–15万元'],
    ['净资产1200万 销售收入3500万 资产负债率60% 经营5年', 'B类'],
    ['今天天气怎么样', '手册未涉及'],
  ])('%s → mentions %s', async (text, expected) => {
    const msg = await dm(text);
    expect(String(msg.text)).toContain(expected);
  });

  it('answers in the thread when asked in one', async () => {
    const msg = await dm('谈判分几个阶段', { thread_ts: '1699999999.000100' });
    expect(msg.thread_ts).toBe('1699999999.000100');
  });

  it('a DM over 8,000 characters gets the limit, not silence (#13.11)', async () => {
    const msg = await dm(`谈判分几个阶段${'啊'.repeat(8_001)}`);
    expect(String(msg.text)).toContain('消息太长（超过8000字）');
  });

  it('never echoes <!channel> back as a mention', async () => {
    const msg = await dm('<!channel> 投标保函 投标总价 5000万');
    expect(JSON.stringify(msg)).not.toContain('<!channel>');
  });
});

describe('@mention in a channel', () => {
  async function mention(text: string, ts: string) {
    const body = eventBody({ type: 'app_mention', channel: 'C9', user: 'U1', text: `<@UBOT> ${text}`, ts });
    const r = await h.post(body, 'application/json');
    expect(r.status).toBe(200);
    await h.slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === 'C9' && c.body.thread_ts === ts));
    return h.slack.calls.find((c) => c.method === 'chat.postMessage' && c.body.thread_ts === ts)!.body;
  }

  it('answers a handbook question in the thread', async () => {
    const msg = await mention('谈判分几个阶段', '1700000100.000001');
    expect(String(msg.text)).toContain('8.3.1');
  });

  it('does not show a classification (client figures) in the channel', async () => {
    const msg = await mention('净资产1200万 销售收入3500万', '1700000100.000002');
    expect(String(msg.text)).toContain('私信');
    expect(String(msg.text)).not.toContain('B类');
  });
});
