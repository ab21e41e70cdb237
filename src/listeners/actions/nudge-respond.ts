/** Shared by the nudge buttons: read the key, and show the outcome on the digest. */
import type { BlockAction, ButtonAction, RespondFn, webApi } from '@slack/bolt';
import { z } from 'zod';
import { markHandled } from '../../blocks/nudge-blocks.js';
import { escapeSlack } from '../../blocks/escape.js';
import type { Reply } from '../../core/reply.js';

export const NudgeKey = z.string().min(3).max(2000);

/** Success: the item's buttons become a ✅ note; otherwise an ephemeral line, the digest unchanged. */
export async function showOutcome(body: BlockAction<ButtonAction>, respond: RespondFn, key: string, r: Reply, okKeys: readonly string[], onHome?: () => Promise<void>): Promise<void> {
  // Pressed in the App Home (a view, no message to edit): refresh the Home.
  if (body.container?.type === 'view' && onHome) return onHome();
  const blocks = (body.message as { blocks?: unknown[] } | undefined)?.blocks;
  if (okKeys.includes(r.key) && blocks) {
    await respond({ replace_original: true, text: String(body.message?.text ?? r.title), blocks: markHandled(blocks, key, r.title) as never });
    return;
  }
  await respond({ response_type: 'ephemeral', replace_original: false, text: escapeSlack(r.title) });
}

/** After a modal opened from a digest item was saved: turn that item's buttons into a ✅ note. */
export async function markDigestItem(client: webApi.WebClient, link: { key: string; channel?: string; ts?: string }, note: string): Promise<boolean> {
  if (!link.channel || !link.ts) return false;
  const found = await client.conversations.history({ channel: link.channel, latest: link.ts, oldest: link.ts, inclusive: true, limit: 1 }).catch(() => undefined);
  const original = found?.messages?.find((m) => m.ts === link.ts);
  if (!original?.blocks) return false;
  await client.chat.update({ channel: link.channel, ts: link.ts, text: original.text ?? note, blocks: markHandled(original.blocks, link.key, note) as never });
  return true;
}
