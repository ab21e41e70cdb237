/**
 * A DM to the bot: answered in the DM (in the thread when asked in one). A visible
 * "思考中…" placeholder is posted only if the answer takes longer than `placeholderAfterMs`.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { fromSlack } from '../../slack/incoming-text.js';
import { askUseCase } from '../../usecases/ask.js';
import { actorFor, type Deps } from '../../usecases/deps.js';
import { messageOf } from '../../blocks/reply-blocks.js';
import { present } from '../../usecases/present.js';
import { postWhenReady } from './post-when-ready.js';

/** The longest DM read; a longer one is answered with the limit, never dropped silently. */
export const DM_MAX_CHARS = 8000;
const DM_TOO_LONG = `消息太长（超过${DM_MAX_CHARS}字），没有处理。请只发要问的部分，或分几条发送；写拜访报告可用 /visit 客户 笔记…。`;

const DmMessage = z.object({
  channel: z.string(),
  channel_type: z.literal('im'),
  user: z.string(),
  text: z
    .string()
    .max(DM_MAX_CHARS)
    .default('')
    .transform((t) => fromSlack(t)),
  ts: z.string(),
  thread_ts: z.string().optional(),
});

export const directMessage =
  (deps: Deps) =>
  async ({ message, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    if (message.subtype !== undefined || 'bot_id' in message) return;
    const parsed = DmMessage.safeParse(message);
    if (!parsed.success) {
      const long = DmMessage.omit({ text: true }).safeParse(message);
      const text = (message as { text?: unknown }).text;
      if (long.success && typeof text === 'string' && text.length > DM_MAX_CHARS) {
        await client.chat.postMessage({ channel: long.data.channel, text: DM_TOO_LONG, ...(long.data.thread_ts ? { thread_ts: long.data.thread_ts } : {}) });
      }
      return;
    }
    const m = parsed.data;
    const answer = askUseCase(deps, { text: m.text, actor: actorFor(deps, m.user, 'dm') });
    await postWhenReady(
      client,
      { channel: m.channel, ...(m.thread_ts ? { thread_ts: m.thread_ts } : {}) },
      answer.then(async (r) => messageOf(await present(deps, r))),
    );
  };
