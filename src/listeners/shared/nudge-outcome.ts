/** Shared by the nudge buttons: read the key, and show the outcome on the digest. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs, webApi } from '@slack/bolt';
import { z } from 'zod';
import { markHandled } from '../../blocks/nudge-blocks.js';
import { escapeSlack } from '../../blocks/escape.js';
import type { Reply } from '../../core/reply.js';
import type { Deps } from '../../usecases/deps.js';
import { publishHome } from './home.js';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

export const NudgeKey = z.string().min(3).max(2000);

/**
 * Shows a nudge button's outcome where it was pressed. On a digest message: success turns the
 * item's buttons into a ✅ note, anything else is an ephemeral line, the digest unchanged. In the
 * App Home (a view: no message, no response_url, so no `respond`): anything but success is DMed
 * with its reason, and the Home is refreshed either way — a stale Home (a client reassigned
 * meanwhile) shows the truth again.
 */
export async function showOutcome(args: ButtonArgs, deps: Deps, key: string, r: Reply, okKeys: readonly string[]): Promise<void> {
  const { body, respond, client } = args;
  if (body.container?.type === 'view') {
    if (!okKeys.includes(r.key)) await client.chat.postMessage({ channel: body.user.id, text: escapeSlack(r.title) });
    return publishHome(client, deps, body.user.id);
  }
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
