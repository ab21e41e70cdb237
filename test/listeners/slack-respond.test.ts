/** Which response_url from a modal's metadata may receive a post (#13.9). */
import { describe, expect, it } from 'vitest';
import { isSlackResponseUrl } from '../../src/listeners/shared/slack-respond.js';

describe('isSlackResponseUrl', () => {
  it.each([
    ['https://hooks.slack.com/commands/T1/123/abc', 'https://slack.com/api/', true],
    ['http://hooks.slack.com/commands/T1/123/abc', 'https://slack.com/api/', false],
    ['https://hooks.slack.com.evil.cn/commands/x', 'https://slack.com/api/', false],
    ['https://evil.cn/hooks.slack.com', 'https://slack.com/api/', false],
    ['https://user@hooks.slack.com/commands/x', 'https://slack.com/api/', false],
    ['https://slack.com/api/chat.postMessage', 'https://slack.com/api/', false],
    ['http://127.0.0.1:4000/response/1', 'http://127.0.0.1:4000/api/', true],
    ['http://127.0.0.1:4001/response/1', 'http://127.0.0.1:4000/api/', false],
    ['not a url', 'https://slack.com/api/', false],
  ])('%s (SLACK_API_URL %s) → %s', (url, api, ok) => expect(isSlackResponseUrl(url, api)).toBe(ok));
});
