/** Digest and modal blocks: grouping by kind, escaping, limits, marking an item handled. */
import { describe, expect, it } from 'vitest';
import { digestMessage, markHandled, DIGEST_MAX_ITEMS } from '../../src/blocks/nudge-blocks.js';
import { nudgesFor } from '../../src/core/nudges/index.js';
import { archive, client } from './helpers.js';

const nudges = nudgesFor({
  archive: archive([
    client('c1', { name: '甲 <@U999> & co', lastContact: '2026-10-20', contacts: [{ name: '张三', birthday: '12-04' }], guarantees: [{ product: 'bank_loan', amount: 5e6, due: '2026-12-31' }] }),
  ]),
  today: '2026-12-01',
  tz: 'Asia/Shanghai',
});

describe('digestMessage', () => {
  const m = digestMessage(nudges, '2026-12-01');
  const texts = m.blocks.map((b) => JSON.stringify(b));

  it('a header with the date and count, then kinds in order: due, birthday, dormant', () => {
    expect(texts[0]).toContain('今日客户提醒（12月1日）· 3条');
    const titles = m.blocks.filter((b) => b.type === 'section' && !b.block_id).map((b) => JSON.stringify(b));
    expect(titles.map((t) => /\*(.+?)（/.exec(t)?.[1])).toEqual(['在保到期 · 续保与再营销', '联系人生日', '久未联系 · 客户维护']);
  });

  it.each(['nudge_log_visit', 'nudge_snooze', 'nudge_dismiss'])('each item has the %s button carrying its key', (action) => {
    const buttons = m.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).filter((e) => (e as { action_id: string }).action_id === action);
    expect(buttons.map((b) => (b as { value: string }).value)).toEqual(nudges.map((n) => n.key));
  });

  it('escapes client strings', () => {
    expect(JSON.stringify(m)).not.toContain('<@U999>');
    expect(JSON.stringify(m)).toContain('甲 &lt;@U999&gt; &amp; co');
  });

  it(`a flood is ONE message: at most ${DIGEST_MAX_ITEMS} items, the kinds taking turns, then 还有N条 → App Home (#14.7)`, () => {
    const dormant = Array.from({ length: 1400 }, (_, i) => ({ ...nudges[2]!, key: `dormant:m${i}:2026-12-01`, clientId: `m${i}`, clientName: `客户${i}` }));
    const due = Array.from({ length: 35 }, (_, i) => ({ ...nudges[0]!, key: `due:d${i}:2026-12-31:ahead`, clientId: `d${i}`, clientName: `到期${i}` }));
    const one = digestMessage([...dormant, ...due], '2026-12-01');
    const keys = one.blocks.flatMap((b) => (b.type === 'actions' ? [(b.elements[0] as { value: string }).value] : []));
    expect(keys).toHaveLength(DIGEST_MAX_ITEMS);
    expect(keys.filter((k) => k.startsWith('due:'))).toHaveLength(DIGEST_MAX_ITEMS / 2);
    expect(keys.filter((k) => k.startsWith('dormant:'))).toHaveLength(DIGEST_MAX_ITEMS / 2);
    expect(one.blocks.length).toBeLessThanOrEqual(50);
    expect(JSON.stringify(one.blocks[0])).toContain('1435条');
    const more = JSON.stringify(one.blocks.find((b) => b.block_id === 'digest_more'));
    expect(more).toContain('还有1415条');
    expect(more).toContain('在保到期25条');
    expect(more).toContain('久未联系1390条');
    expect(more).toContain('App Home');
    expect(one.text.length).toBeLessThanOrEqual(3900);
  });

  it('a few items: all shown, no 还有 line', () => {
    expect(m.blocks.filter((b) => b.type === 'actions')).toHaveLength(3);
    expect(m.blocks.some((b) => b.block_id === 'digest_more')).toBe(false);
  });
});

describe('markHandled', () => {
  it("replaces only that item's buttons with a note", () => {
    const m = digestMessage(nudges, '2026-12-01');
    const out = markHandled(m.blocks, nudges[1]!.key, '已设为12月8日再提醒') as Array<{ type: string }>;
    expect(out.filter((b) => b.type === 'actions')).toHaveLength(2);
    expect(JSON.stringify(out)).toContain('✅ 已设为12月8日再提醒');
    expect(out).toHaveLength(m.blocks.length);
  });
});
