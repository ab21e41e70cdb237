/** App Home: what the bot can do (the nudges issue adds the manager's clients and due items). */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { replyBlocks } from '../../blocks/reply-blocks.js';
import { helpReply } from '../../core/usage.js';

export const appHomeOpened =
  () =>
  async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    if (event.tab !== 'home') return;
    await client.views.publish({ user_id: event.user, view: { type: 'home', blocks: replyBlocks(helpReply()).blocks } });
  };
