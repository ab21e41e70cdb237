import { describe, expect, it } from 'vitest';
import { replyBlocks } from '../../src/blocks/reply-blocks.js';
import { renderBlocks } from '../../src/console/render.js';
import { reply } from '../../src/core/reply.js';

const sample = reply('quote.bid_bond', {
  title: '投标保函 报价',
  body: ['按 *投标总价* 计算', '未使用：<!channel> @here'],
  fields: [{ label: '保函金额', value: '800,000元（80万元）' }],
  context: ['1.3 投标保函：不超过投标总价的2%，最高80万元'],
  sections: ['1.3'],
  actions: [{ id: 'share_quote', label: '发到频道', value: '投标保函 5000万' }],
});

describe('replyBlocks', () => {
  const msg = replyBlocks(sample);
  it('starts with a header', () => {
    expect(msg.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: '投标保函 报价' } });
  });
  it('puts fields in a section', () => {
    expect(msg.blocks).toContainEqual({ type: 'section', fields: [{ type: 'mrkdwn', text: '*保函金额*\n800,000元（80万元）' }] });
  });
  it('puts rule and section in a context block', () => {
    expect(msg.blocks).toContainEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '1.3 投标保函：不超过投标总价的2%，最高80万元' }] });
  });
  it('adds buttons', () => {
    expect(msg.blocks.at(-1)).toMatchObject({ type: 'actions', elements: [{ type: 'button', action_id: 'share_quote', value: '投标保函 5000万' }] });
  });
  it('escapes user text so <!channel> cannot mention anyone (blocks)', () => {
    expect(JSON.stringify(msg.blocks)).not.toContain('<!channel>');
  });
  it('escapes user text in the plain-text fallback', () => {
    expect(msg.text).toContain('&lt;!channel&gt;');
  });
  it('has a plain-text fallback with every part', () => {
    expect(msg.text).toBe('投标保函 报价\n按 *投标总价* 计算\n未使用：&lt;!channel&gt; @here\n保函金额：800,000元（80万元）\n1.3 投标保函：不超过投标总价的2%，最高80万元');
  });
  it('caps a 200-character title at Block Kit’s 150', () => {
    const long = replyBlocks(reply('x', { title: '长'.repeat(200) }));
    expect((long.blocks[0] as { text: { text: string } }).text.text).toHaveLength(150);
  });
  it('splits a long body into sections under 3000 characters', () => {
    const long = replyBlocks(reply('x', { title: 't', body: Array.from({ length: 100 }, () => '字'.repeat(100)) }));
    const texts = long.blocks.filter((b) => b.type === 'section').map((b) => (b as { text: { text: string } }).text.text);
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(3000);
  });
});

describe('renderBlocks (console)', () => {
  const text = renderBlocks(replyBlocks(sample).blocks);
  it.each([
    ['header', '【投标保函 报价】'],
    ['body without mrkdwn stars', '按 投标总价 计算'],
    ['fields as label：value', '保函金额：800,000元（80万元）'],
    ['context indented', '  1.3 投标保函'],
    ['buttons as [label]', '[发到频道]'],
    ['unescaped text', '<!channel>'],
  ])('%s', (_name, expected) => {
    expect(text).toContain(expected);
  });
});
