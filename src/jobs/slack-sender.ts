/**
 * The DigestSender over Slack's Web API: conversations.open (users=owner) → chat.postMessage, the
 * digest rendered here, at the edge (src/blocks/nudge-blocks.ts).
 * Build the WebClient with clientOptions(config) (src/slack/create-app.ts): bounded retries,
 * SLACK_API_URL, and `rejectRateLimitedCalls: false`, so a 429 is waited out per Retry-After.
 */
import type { AppLogger } from '../logger.js';
import { webApi } from '@slack/bolt';
import type { Config } from '../config.js';
import { clientOptions } from '../slack/create-app.js';
import { digestMessage } from '../blocks/nudge-blocks.js';
import type { DigestSender } from '../ports/digest.js';

export function slackDigestSender(client: webApi.WebClient): DigestSender {
  return {
    async openDm(userId) {
      const r = await client.conversations.open({ users: userId });
      const id = r.channel?.id;
      if (!id) throw Object.assign(new Error('conversations.open returned no channel'), { code: 'SLACK_API_FAILED' });
      return id;
    },
    async post(channel, digest) {
      const message = digestMessage(digest.nudges, digest.today);
      await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
    },
  };
}

/** A WebClient for jobs and scripts (the App's own client has no token: it authorizes per request). Logs through ours. */
export function jobClient(config: Config, logger: AppLogger): webApi.WebClient {
  return new webApi.WebClient(config.slack.botToken, { ...clientOptions(config), logger });
}
