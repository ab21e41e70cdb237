/**
 * @mention in a channel: handbook questions only. The use case is told the surface is a
 * channel, so it never returns client data here; the answer goes in the mention's thread.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { replyBlocks, messageOf } from '../../blocks/reply-blocks.js';
import { fromSlack } from '../../slack/incoming-text.js';
import { askUseCase } from '../../usecases/ask.js';
import { actorFor, type Deps } from '../../usecases/deps.js';
import { present } from '../../usecases/present.js';

export const appMention =
  (deps: Deps) =>
  async ({ event, client }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs) => {
    if (!event.user) return;
    const text = fromSlack((event.text ?? '').replace(/<@[A-Z0-9]+>/g, '')).trim();
    const answer = await askUseCase(deps, { text, actor: actorFor(deps, event.user, 'channel') });
    const msg = answer.confidential ? replyBlocks({ ...answer, body: ['客户信息只在私信里显示，请私信我。'], fields: [], context: [] }) : messageOf(await present(deps, answer));
    await client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts ?? event.ts, ...msg });
  };
