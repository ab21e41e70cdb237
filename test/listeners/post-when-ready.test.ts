/** "思考中…" appears only when the answer is slow; then it is replaced by the answer. Real WebClient, fake Slack. */
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { postWhenReady } from '../../src/listeners/messages/post-when-ready.js';
import { FakeSlack } from '../helpers/fake-slack.js';

let slack: FakeSlack;
let client: webApi.WebClient;
beforeAll(async () => {
  slack = await new FakeSlack().start();
  client = new webApi.WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
});
afterAll(async () => slack.stop());
beforeEach(() => slack.reset());

const answer = { text: '答案', blocks: [] };
const later = <T>(ms: number, v: T) => new Promise<T>((r) => setTimeout(() => r(v), ms));

describe('postWhenReady', () => {
  it('a fast answer is posted once, with no placeholder', async () => {
    await postWhenReady(client, { channel: 'D1' }, later(10, answer), 300);
    expect(slack.calls.map((c) => [c.method, c.body.text])).toEqual([['chat.postMessage', '答案']]);
  });

  it('a slow answer: 思考中… first, then updated in place', async () => {
    await postWhenReady(client, { channel: 'D1', thread_ts: '1.1' }, later(400, answer), 50);
    expect(slack.calls.map((c) => [c.method, c.body.text])).toEqual([
      ['chat.postMessage', '思考中…'],
      ['chat.update', '答案'],
    ]);
    expect(slack.calls[0]!.body.thread_ts).toBe('1.1');
    expect(slack.calls[1]!.body).toMatchObject({ channel: 'D1', ts: expect.stringMatching(/^\d+\.000100$/) });
  });
});
