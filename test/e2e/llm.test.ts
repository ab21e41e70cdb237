/**
 * The real app with a model: a local OpenAI-compatible server that rewords well, lies and hangs.
 * Over signed HTTP, the manager sees the model's words only when every figure is the core's,
 * and never waits past the deadline.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { behave } from '../helpers/fake-openai.js';
import { commandBody, eventBody } from '../helpers/signing.js';
import { slackAppHarness } from '../helpers/slack-harness.js';

const DEADLINE = 800;
const h = slackAppHarness({ LLM_DEADLINE_MS: String(DEADLINE) }, 'llm-secret', { model: true });
let n = 0;
beforeEach(() => h.model.reset());

async function quote(text: string) {
  const id = `llm-${++n}`;
  const started = Date.now();
  const r = await h.post(commandBody({ command: '/quote', text, response_url: h.slack.responseUrl(id), trigger_id: '' }), 'application/x-www-form-urlencoded');
  const ackMs = Date.now() - started;
  expect(r.status).toBe(200);
  await h.slack.waitFor((calls) => calls.some((c) => c.path === `/response/${id}`), 5000);
  return { body: h.slack.calls.find((c) => c.path === `/response/${id}`)!.body, ackMs, replyMs: Date.now() - started };
}

const BID = '投标保函 投标总价 5000万';

describe('/quote phrased by a model', () => {
  it('a faithful rewording is shown', async () => {
    h.model.always(behave.reword((t) => `您好！${t.replace('投标总价', '投标总报价')}`));
    const { body } = await quote(BID);
    expect(String(body.text)).toContain('投标总报价');
    expect(String(body.text)).toContain('80万元');
  });

  it('a changed figure → the core’s own wording', async () => {
    h.model.always(behave.reword((t) => t.replaceAll('80万', '90万')));
    const { body } = await quote(BID);
    expect(String(body.text)).not.toContain('90万');
    expect(String(body.text)).toContain('80万元');
    expect(String(body.text)).toContain('投标总价');
  });

  it('an added figure → the core’s own wording', async () => {
    h.model.always(behave.reword((t) => `${t}\n另收手续费0.5%。`));
    const { body } = await quote(BID);
    expect(String(body.text)).not.toContain('0.5%');
  });

  it('a dropped figure → the core’s own wording', async () => {
    h.model.always(behave.content('投标保函最高80万元。'));
    const { body } = await quote(BID);
    expect(String(body.text)).toContain('100万元');
  });

  it('a hanging model: acked at once, the core’s wording within the deadline', async () => {
    h.model.always(behave.hang());
    const { body, ackMs, replyMs } = await quote(BID);
    expect(ackMs).toBeLessThan(1000);
    expect(replyMs).toBeLessThan(DEADLINE + 1500);
    expect(String(body.text)).toContain('80万元');
  });

  it('a 500 → the core’s wording', async () => {
    h.model.always(behave.status(500));
    expect(String((await quote(BID)).body.text)).toContain('80万元');
  });

  it('a model that answers with @channel is not posted', async () => {
    h.model.always(behave.reword((t) => `<!channel> ${t}`));
    const { body } = await quote(BID);
    expect(JSON.stringify(body)).not.toContain('<!channel>');
  });
});

describe('client data never goes to the model', () => {
  it('a classification is answered without calling the model', async () => {
    h.model.always(behave.reword((t) => t));
    const before = h.model.requests.length;
    const body = eventBody({ type: 'message', channel_type: 'im', channel: 'D-llm', user: 'U1', text: '净资产1200万 销售收入3500万 资产负债率60%', ts: '1700000300.000001' });
    await h.post(body, 'application/json');
    await h.slack.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage' && c.body.channel === 'D-llm'));
    expect(h.model.requests.length).toBe(before);
  });
});
