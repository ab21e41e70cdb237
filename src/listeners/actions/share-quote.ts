/** 发到频道: post the quote in the channel — recomputed from the command text, figures and rules only. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { replyBlocks } from '../../blocks/reply-blocks.js';
import { actorFor, type Deps } from '../../usecases/deps.js';
import { sharedQuote } from '../../usecases/quote.js';

export const shareQuote =
  (deps: Deps) =>
  async ({ ack, action, body, respond }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs) => {
    await ack();
    const shared = await sharedQuote(deps, action.value ?? '', actorFor(deps, body.user.id, 'channel'));
    if (!shared) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: '这条报价已无法重新计算，未发到频道。' });
      return;
    }
    await respond({ response_type: 'in_channel', replace_original: false, ...replyBlocks(shared) });
  };
