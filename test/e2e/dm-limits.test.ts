/**
 * Issue #12, a stated amount over a handbook limit, end to end over signed HTTP: the DM states the limit in the
 * handbook's words (1.1 单笔担保金额可达3000万元; 1.3 最高不得超过80万元人民币), even while the quote asks for the region.
 */
import { describe, expect, it } from 'vitest';
import { slackAppHarness } from '../helpers/slack-harness.js';

const h = slackAppHarness();
const all = async (q: string): Promise<string> => {
  const msg = await h.dm(q);
  return `${String(msg.text)}\n${JSON.stringify(msg.blocks ?? [])}`;
};

describe('DM: an amount over a limit gets the limit, over signed HTTP', () => {
  it('客户想贷3500万 一笔能担这么多吗 → 1.1 单笔担保金额可达3000万元, and the region is asked', async () => {
    const t = await all('客户想贷3500万 我们一笔能担这么多吗');
    expect(t).toContain('单笔担保金额可达3000万元');
    expect(t).toContain('客户所在地区');
  });

  it('投标总价5000万 保函开100万行不行 → 1.3 最高不得超过80万元人民币', async () => {
    const t = await all('客户投标总价5000万 投标保函开100万行不行');
    expect(t).toContain('最高不得超过80万元人民币');
    expect(t).toContain('80万元');
  });
});
