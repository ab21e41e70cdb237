/**
 * Reply → Block Kit message (header, body, fields, context, buttons) with a plain-text fallback.
 * Pure; limits from Block Kit: header 150 chars, section text 3000, 10 fields of 2000, 10 context elements.
 */
import type { types } from '@slack/bolt';

type KnownBlock = types.KnownBlock;
import { replyText, type Reply } from '../core/reply.js';
import { clip, escapeSlack } from './escape.js';

/** Block Kit allows 50 blocks in a message. */
const MAX_BLOCKS = 50;
/** Fields shown (10 per section block). */
const MAX_FIELDS = 100;

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export function replyBlocks(r: Reply): SlackMessage {
  const blocks: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: clip(r.title, 150), emoji: true } }];
  if (r.body.length > 0) {
    // One section per ~3000 characters of body, keeping lines whole; at most what the 50 blocks
    // of a message leave after the fields, context and buttons (the cut is marked).
    const room = MAX_BLOCKS - 1 - Math.ceil(Math.min(r.fields.length, MAX_FIELDS) / 10) - (r.context.length > 0 ? 1 : 0) - (r.actions?.length ? 1 : 0);
    const sections: string[] = [];
    let chunk = '';
    for (const line of r.body.map(escapeSlack)) {
      if (chunk && chunk.length + line.length + 1 > 2900) {
        sections.push(chunk);
        chunk = '';
      }
      chunk = chunk ? `${chunk}\n${line}` : clip(line, 2900);
    }
    if (chunk) sections.push(chunk);
    if (sections.length > room) sections.splice(room - 1, Infinity, `${clip(sections[room - 1]!, 2880)}\n……（内容过长，其余未显示）`);
    for (const text of sections) blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
  }
  for (let i = 0; i < Math.min(r.fields.length, MAX_FIELDS); i += 10) {
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
/** A presented reply (src/usecases/present.ts): the model's wording when it passed the guard, else the core's. */
export function messageOf(p: { reply: Reply; text: string | null }): SlackMessage {
  return p.text === null ? replyBlocks(p.reply) : phrasedBlocks(p.reply, p.text);
}

export function phrasedBlocks(r: Reply, escapedText: string): SlackMessage {
  const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: clip(escapedText, 2900) } }];
  const actions = replyBlocks({ ...r, title: '', body: [], fields: [], context: [] }).blocks.filter((b) => b.type === 'actions');
  return { text: clip(escapedText, 3900), blocks: [...blocks, ...actions] };
}
