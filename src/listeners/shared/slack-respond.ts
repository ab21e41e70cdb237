/**
 * Replying where Bolt gives no `respond` (after a modal): to the response_url carried in the
 * modal's private_metadata, else — or when that URL has expired (Slack keeps one for 30 minutes
 * and 5 uses) or fails — in the user's DM.
 *
 * A response_url from metadata is only posted to if it is Slack's (https://hooks.slack.com/…) or,
 * for tests, on the host of SLACK_API_URL (the WebClient's `slackApiUrl`): metadata comes back
 * from the client, and must not make the app post to any host it names (#13.9).
 */
import type { webApi } from '@slack/bolt';
import type { SlackMessage } from '../../blocks/reply-blocks.js';
import { asCodedError, AppError } from '../../core/errors.js';
import type { AppLogger } from '../../logger.js';

type Message = SlackMessage & { response_type?: 'ephemeral' | 'in_channel'; replace_original?: boolean };

/** Whether `url` may receive a post: Slack's hooks host over https, or the configured Web API's host. */
export function isSlackResponseUrl(url: string, slackApiUrl: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.username || u.password) return false;
  if (u.protocol === 'https:' && u.hostname === 'hooks.slack.com' && (u.port === '' || u.port === '443')) return true;
  const api = new URL(slackApiUrl);
  return api.hostname !== 'slack.com' && u.protocol === api.protocol && u.host === api.host;
}

/** POST a message to a Slack response_url. Throws SLACK_API_FAILED on an HTTP error (expired: 404). */
export async function postToResponseUrl(url: string, message: Message): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ response_type: 'ephemeral', ...message }),
    signal: AbortSignal.timeout(10_000),
    redirect: 'error',
  });
  if (!res.ok) throw new AppError('SLACK_API_FAILED', `response_url answered ${res.status}`);
}

/** Reply at `responseUrl` if it is Slack's and still answers; otherwise in the user's DM. */
export async function replyAfterModal(client: webApi.WebClient, logger: AppLogger, userId: string, responseUrl: string | undefined, message: SlackMessage): Promise<void> {
  if (responseUrl && isSlackResponseUrl(responseUrl, client.slackApiUrl)) {
    try {
      await postToResponseUrl(responseUrl, message);
      return;
    } catch (err) {
      logger.event('warn', 'response_url failed (expired?); replying in the DM', { code: asCodedError(err, 'SLACK_API_FAILED').code });
    }
  } else if (responseUrl) {
    logger.event('warn', 'response_url in modal metadata is not Slack’s; replying in the DM', { code: 'INPUT_INVALID' });
  }
  await client.chat.postMessage({ channel: userId, ...message });
}
