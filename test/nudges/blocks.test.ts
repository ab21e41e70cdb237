/** Digest and modal blocks: grouping by kind, escaping, limits, marking an item handled. */
import { describe, expect, it } from 'vitest';
import { digestMessages, markHandled, DIGEST_MAX_ITEMS } from '../../src/blocks/nudge-blocks.js';
import { nudgesFor } from '../../src/core/nudges/index.js';
import { archive, client } from './helpers.js';

const nudges = nudgesFor({
  archive: archive([
    client('c1', { name: '甲 <@U999> & co', lastContact: '2026-10-20', contacts: [{ name: '张三', birthday: '12-04' }], guarantees: [{ product: 'bank_loan', amount: 5e6, due: '2026-12-31' }] }),
  ]),
  today: '2026-12-01',
  tz: 'Asia/Shanghai',
});

describe('digestMessages', () => {
  const [m] = digestMessages(nudges, '2026-12-01');
  const texts = m!.blocks.map((b) => JSON.stringify(b));

  it('a header with the date and count, then kinds in order: due, birthday, dormant', () => {
    expect(texts[0]).toContain('今日客户提醒（12月1日）· 3条');
    const titles = m!.blocks.filter((b) => b.type === 'section' && !b.block_id).map((b) => JSON.stringify(b));
    expect(titles.map((t) => /\*(.+?)（/.exec(t)?.[1])).toEqual(['在保到期 · 续保与再营销', '联系人生日', '久未联系 · 客户维护']);
  });

  it.each(['nudge_log_visit', 'nudge_snooze', 'nudge_dismiss'])('each item has the %s button carrying its key', (action) => {
    const buttons = m!.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).filter((e) => (e as { action_id: string }).action_id === action);
    expect(buttons.map((b) => (b as { value: string }).value)).toEqual(nudges.map((n) => n.key));
  });

  it('escapes client strings', () => {
    expect(JSON.stringify(m)).not.toContain('<@U999>');
    expect(JSON.stringify(m)).toContain('甲 &lt;@U999&gt; &amp; co');
  });

  it(`splits past ${DIGEST_MAX_ITEMS} items, each message within 50 blocks`, () => {
    const many = Array.from({ length: 45 }, (_, i) => ({ ...nudges[2]!, key: `dormant:m${i}:2026-12-01`, clientName: `客户${i}` }));
    const parts = digestMessages(many, '2026-12-01');
    expect(parts.map((p) => p.blocks.filter((b) => b.type === 'actions').length)).toEqual([20, 20, 5]);
    expect(Math.max(...parts.map((p) => p.blocks.length))).toBeLessThanOrEqual(50);
    expect(JSON.stringify(parts[2]!.blocks[0])).toContain('（3/3）');
  });
});

describe('markHandled', () => {
  it("replaces only that item's buttons with a note", () => {
    const [m] = digestMessages(nudges, '2026-12-01');
    const out = markHandled(m!.blocks, nudges[1]!.key, '已设为12月8日再提醒') as Array<{ type: string }>;
    expect(out.filter((b) => b.type === 'actions')).toHaveLength(2);
    expect(JSON.stringify(out)).toContain('✅ 已设为12月8日再提醒');
    expect(out).toHaveLength(m!.blocks.length);
  });
});
