/**
 * A modal's work failed after Slack closed it (issue #13.2): the user gets, in a DM, the reason
 * and everything they typed — each field whole, split over sections as Block Kit's 3000
 * characters require — so nothing typed is lost. Pure.
 */
import type { types } from '@slack/bolt';
import { chunkEscaped, clip, escapeSlack } from './escape.js';
import type { SlackMessage } from './reply-blocks.js';

export interface TypedField {
  label: string;
  value: string;
}

/** Block Kit allows 50 blocks in a message. */
const MAX_BLOCKS = 50;

/**
 * @example unsavedMessage('拜访报告', '档案正忙，请稍后再试。', [{ label: '拜访总结', value: '…' }]).blocks[0] // header '未保存：拜访报告'
 */
export function unsavedMessage(what: string, reason: string, typed: readonly TypedField[]): SlackMessage {
  const filled = typed.filter((f) => f.value.trim());
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(`未保存：${what}`, 150), emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: clip(`${escapeSlack(reason)}\n以下是你填写的全部内容，可复制后重新提交。`, 2900) } },
  ];
  for (const f of filled) {
    for (const [i, part] of chunkEscaped(f.value, 2800).entries()) {
      const text = i === 0 ? `*${escapeSlack(f.label)}*\n${part}` : part;
      if (blocks.length < MAX_BLOCKS) blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
    }
  }
  // The fallback text carries everything too (whatever did not fit in 50 blocks; chat.postMessage takes 40,000 characters).
  const all = filled.map((f) => `${f.label}：${f.value}`).join('\n');
  return { text: clip(escapeSlack(`未保存：${what}。${reason}\n${all}`), 39_000), blocks };
}
