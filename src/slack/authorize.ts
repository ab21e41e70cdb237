/**
 * Single-workspace authorize that never blocks on Slack: the bot token is returned at once;
 * `auth.test` runs in the background (bounded) and its ids are used once known. So a Slack
 * outage at boot neither kills the process nor delays an ack.
 */
import type { Authorize, webApi } from '@slack/bolt';
import type { AppLogger } from '../logger.js';
import { asCodedError } from '../core/errors.js';

export function resilientAuthorize(client: webApi.WebClient, botToken: string, logger: AppLogger): Authorize<boolean> {
  let ids: { botId?: string; botUserId?: string } | undefined;
  let pending: Promise<void> | undefined;
  const refresh = () => {
    pending ??= client.auth
      .test({ token: botToken })
      .then((r) => {
        ids = { ...(r.bot_id ? { botId: r.bot_id } : {}), ...(r.user_id ? { botUserId: r.user_id } : {}) };
        logger.event('info', 'auth.test ok');
      })
      .catch((err: unknown) => {
        logger.event('warn', 'auth.test failed; will retry on the next request', { code: asCodedError(err, 'SLACK_API_FAILED').code });
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
  void refresh();
  return async () => {
    if (!ids) void refresh();
    return { botToken, ...ids };
  };
}
