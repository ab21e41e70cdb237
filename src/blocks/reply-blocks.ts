/**
 * Reply → Block Kit message (header, body, fields, context, buttons) with a plain-text fallback.
 * Pure; limits from Block Kit: header 150 chars, section text 3000, 10 fields of 2000, 10 context elements.
 */
import type { types } from '@slack/bolt';

type KnownBlock = types.KnownBlock;
import { replyText, type Reply } from '../core/reply.js';
import { clip, escapeSlack } from './escape.js';

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export function replyBlocks(r: Reply): SlackMessage {
  const blocks: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: clip(r.title, 150), emoji: true } }];
  if (r.body.length > 0) {
    // One section per ~3000 characters of body, keeping lines whole.
    let chunk = '';
    for (const line of r.body.map(escapeSlack)) {
      if (chunk && chunk.length + line.length + 1 > 2900) {
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: chunk } });
        chunk = '';
      }
      chunk = chunk ? `${chunk}\n${line}` : clip(line, 2900);
    }
    if (chunk) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: chunk } });
  }
  for (let i = 0; i < r.fields.length; i += 10) {
    blocks.push({
      type: 'section',
      fields: r.fields.slice(i, i + 10).map((f) => ({ type: 'mrkdwn', text: clip(`*${escapeSlack(f.label)}*\n${escapeSlack(f.value)}`, 2000) })),
    });
  }
  if (r.context.length > 0) {
    blocks.push({ type: 'context', elements: r.context.slice(0, 10).map((c) => ({ type: 'mrkdwn', text: clip(escapeSlack(c), 2000) })) });
  }
  if (r.actions && r.actions.length > 0) {
    blocks.push({
      type: 'actions',
      elements: r.actions.slice(0, 25).map((a) => ({
        type: 'button',
        action_id: a.id,
        text: { type: 'plain_text', text: clip(a.label, 75), emoji: true },
        value: clip(a.value, 2000),
        ...(a.style ? { style: a.style } : {}),
      })),
    });
  }
  return { text: clip(escapeSlack(replyText(r)), 3900), blocks };
}

/**
 * A reply reworded by the model (already Slack-escaped and checked by the figure guard): the
 * model's text replaces title, body, fields and context; the buttons stay.
 */
export function phrasedBlocks(r: Reply, escapedText: string): SlackMessage {
  const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: clip(escapedText, 2900) } }];
  const actions = replyBlocks({ ...r, title: '', body: [], fields: [], context: [] }).blocks.filter((b) => b.type === 'actions');
  return { text: clip(escapedText, 3900), blocks: [...blocks, ...actions] };
}
