/**
 * Nudge digests and the visit modal as Block Kit. Pure. Every client string is escaped.
 *
 * A digest: header, then per kind a title and per item a section (client + reason) and an
 * actions block with 记录拜访 / 稍后提醒 / 不再提醒, each button's value the nudge key.
 * Block Kit allows 50 blocks per message, so a digest shows at most DIGEST_MAX_ITEMS items
 * (2 blocks each), the kinds taking turns; the rest are counted and left to the App Home.
 */
import type { types } from '@slack/bolt';
import { monthDay, readingOrder, type Nudge, type NudgeKind } from '../core/nudges/index.js';
import { clip, escapeSlack } from './escape.js';
import type { SlackMessage } from './reply-blocks.js';

type KnownBlock = types.KnownBlock;

export const NUDGE_LOG_VISIT_ACTION = 'nudge_log_visit';
export const NUDGE_SNOOZE_ACTION = 'nudge_snooze';
export const NUDGE_DISMISS_ACTION = 'nudge_dismiss';
export const DIGEST_MAX_ITEMS = 20;

export const KIND_TITLES: Record<NudgeKind, string> = {
  due: '在保到期 · 续保与再营销（手册6、15.3.3）',
  followup: '约定跟进 · 拜访报告的下一步（手册4.2）',
  birthday: '联系人生日（手册10.4）',
  anniversary: '重要纪念日（手册10.4）',
  dormant: '久未联系 · 客户维护（手册7、15.3.3）',
};

/** `act:<key>`: block ids must be unique in a message and ≤ 255 characters. */
const actBlockId = (i: number): string => `nudge_act_${i}`;

export function itemBlocks(n: Nudge, i: number): KnownBlock[] {
  return [
    { type: 'section', block_id: `nudge_item_${i}`, text: { type: 'mrkdwn', text: clip(`*${escapeSlack(n.clientName)}*　${escapeSlack(n.reason)}`, 2900) } },
    {
      type: 'actions',
      block_id: actBlockId(i),
      elements: [
        { type: 'button', action_id: NUDGE_LOG_VISIT_ACTION, text: { type: 'plain_text', text: '记录拜访' }, value: n.key, style: 'primary' },
        { type: 'button', action_id: NUDGE_SNOOZE_ACTION, text: { type: 'plain_text', text: '稍后提醒' }, value: n.key },
        { type: 'button', action_id: NUDGE_DISMISS_ACTION, text: { type: 'plain_text', text: '不再提醒' }, value: n.key },
      ],
    },
  ];
}

/**
 * The items a digest shows, at most `max`: the kinds take turns (due, birthday, anniversary,
 * dormant), each giving its next most urgent item, so a flood of one kind never hides another.
 * Returned in reading order.
 */
export function digestItems(nudges: readonly Nudge[], max = DIGEST_MAX_ITEMS): Nudge[] {
  const queues = new Map<NudgeKind, Nudge[]>();
  for (const n of readingOrder(nudges)) queues.set(n.kind, [...(queues.get(n.kind) ?? []), n]);
  const picked = new Set<Nudge>();
  while (picked.size < max && [...queues.values()].some((q) => q.length > 0)) {
    for (const q of queues.values()) {
      const next = q.shift();
      if (next && picked.size < max) picked.add(next);
    }
  }
  return readingOrder([...picked]);
}

/**
 * One manager's nudges of one run → ONE digest message (issue #14.7: 1,435 reminders once went
 * out as 72 DMs), grouped by kind: at most DIGEST_MAX_ITEMS items with their buttons (2 blocks
 * each; Block Kit allows 50 per message), then "还有N条" by kind, pointing to the App Home.
 * @example digestMessage(nudges, '2026-12-01').blocks[0] // header '今日客户提醒（12月1日）· 3条'
 */
export function digestMessage(nudges: readonly Nudge[], today: string): SlackMessage {
  const shown = digestItems(nudges);
  const blocks: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: `今日客户提醒（${monthDay(today)}）· ${nudges.length}条`, emoji: true } }];
  let kind: NudgeKind | undefined;
  shown.forEach((n, i) => {
    if (n.kind !== kind) {
      kind = n.kind;
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `*${KIND_TITLES[kind]}*` } });
    }
    blocks.push(...itemBlocks(n, i));
  });
  const rest = nudges.length - shown.length;
  const more = rest > 0 ? `还有${rest}条（${restByKind(nudges, shown)}）→ 打开“担保助手”的主页（App Home）查看和处理。` : '';
  if (more) blocks.push({ type: 'section', block_id: 'digest_more', text: { type: 'mrkdwn', text: `*${more}*` } });
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: '提醒天数为公司设置（data/nudges.json）。记录拜访会重置“久未联系”；稍后提醒＝7天后再提醒；不再提醒＝本次不再提醒。' }] });
  const lines = shown.map((n) => `• ${n.clientName}：${n.reason}`);
  return { text: clip(escapeSlack([`今日客户提醒（${monthDay(today)}）`, ...lines, more].filter(Boolean).join('\n')), 3900), blocks };
}

/** '久未联系 12条、联系人生日 3条' for the items not shown. */
function restByKind(all: readonly Nudge[], shown: readonly Nudge[]): string {
  const seen = new Set(shown);
  const counts = new Map<NudgeKind, number>();
  for (const n of readingOrder(all)) if (!seen.has(n)) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  return [...counts].map(([k, c]) => `${KIND_TITLES[k].split(/[ （]/)[0]}${c}条`).join('、');
}

/**
 * The digest with one item shown as handled: its buttons replaced by a note. The blocks come
 * back from Slack (the action payload's `message.blocks`); unknown shapes are left as they are.
 * @example markHandled(blocks, 'dormant:c1:2026-11-29', '已设为7天后再提醒')
 */
export function markHandled(blocks: readonly unknown[], key: string, note: string): unknown[] {
  return blocks.map((b) => {
    const block = b as { type?: string; block_id?: string; elements?: Array<{ value?: string }> };
    if (block?.type !== 'actions' || !block.elements?.some((e) => e?.value === key)) return b;
    return { type: 'context', block_id: block.block_id, elements: [{ type: 'mrkdwn', text: clip(`✅ ${escapeSlack(note)}`, 2000) }] };
  });
}
