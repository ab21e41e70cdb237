/** The one edge for Slack text: Slack's escaping undone once, then the one sanitiser (#13, #14). */
import { describe, expect, it } from 'vitest';
import { fromSlack } from '../../src/slack/incoming-text.js';

describe('fromSlack', () => {
  it.each([
    ['合肥A&amp;B贸易有限公司', '合肥A&B贸易有限公司'],
    ['负债率&gt;70%', '负债率>70%'],
    ['&amp;lt; stays what was typed', '&lt; stays what was typed'],
    ['\uE000U123\uE001 恒达', 'U123 恒达'],
    ['名字\u202E反转', '名字反转'],
    ['a\u001b[31mb\u0000c', 'abc'],
  ])('%j → %j', (raw, want) => {
    expect(fromSlack(raw)).toBe(want);
  });
});
