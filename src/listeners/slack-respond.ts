/** POST a message to a Slack response_url (used where Bolt gives no `respond`, e.g. after a modal). */
import type { SlackMessage } from '../blocks/reply-blocks.js';
import { AppError } from '../core/errors.js';

export async function postToResponseUrl(url: string, message: SlackMessage & { response_type?: 'ephemeral' | 'in_channel'; replace_original?: boolean }): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ response_type: 'ephemeral', ...message }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new AppError('SLACK_API_FAILED', `response_url answered ${res.status}`);
}
