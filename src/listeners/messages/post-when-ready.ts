import type { webApi } from '@slack/bolt';
import type { SlackMessage } from '../../blocks/reply-blocks.js';

type WebClient = webApi.WebClient;

/** Posts `message` when it resolves; if that takes longer than `placeholderAfterMs`, posts "思考中…" first and updates it. */
export async function postWhenReady(client: WebClient, where: { channel: string; thread_ts?: string }, message: Promise<SlackMessage>, placeholderAfterMs = 1500): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<'slow'>((resolve) => {
    timer = setTimeout(() => resolve('slow'), placeholderAfterMs);
  });
  const first = await Promise.race([message, slow]);
  clearTimeout(timer);
  if (first !== 'slow') {
    await client.chat.postMessage({ ...where, ...first });
    return;
  }
  const placeholder = await client.chat.postMessage({ ...where, text: '思考中…' });
  const done = await message;
  if (placeholder.ts) await client.chat.update({ channel: placeholder.channel ?? where.channel, ts: placeholder.ts, ...done });
  else await client.chat.postMessage({ ...where, ...done });
}
