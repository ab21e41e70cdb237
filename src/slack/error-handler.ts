/**
 * app.error: one friendly Chinese message to the user (at the response_url, in the event's
 * channel, else in their DM: Home buttons and modals have neither), the error logged with a code.
 * Nothing the user typed and no client data goes to the log.
 */
import type { App } from '@slack/bolt';

type ExtendedErrorHandlerArgs = Parameters<Extract<Parameters<App['error']>[0], (args: never) => unknown>>[0];
import { asCodedError, userMessageOf } from '../core/errors.js';
import type { AppLogger } from '../logger.js';

interface ErrorBody {
  response_url?: string;
  user_id?: string;
  user?: { id?: string };
  event?: { channel?: string; channel_type?: string; user?: string; ts?: string; thread_ts?: string };
}

export function installErrorHandler(app: App, logger: AppLogger): void {
  app.error(async ({ error, body, context }: ExtendedErrorHandlerArgs) => {
    const b = (body ?? {}) as ErrorBody;
    const original = (error as { original?: unknown }).original;
    const code = asCodedError(original, asCodedError(error).code).code; // the original's own code first
    logger.event('error', 'handler failed', {
      code,
      error: error.name,
      message: original instanceof Error ? original.message : error.message,
      requestId: (context as { requestId?: string } | undefined)?.requestId,
    });
    const userText = userMessageOf(error);
    try {
      if (b.response_url) {
        await fetch(b.response_url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text: userText }),
          signal: AbortSignal.timeout(5000),
        });
      } else if (b.event?.channel && b.event.user) {
        const thread = b.event.thread_ts ?? (b.event.channel_type === 'im' ? undefined : b.event.ts);
        await app.client.chat.postMessage({
          token: context?.botToken,
          channel: b.event.channel,
          text: userText,
          ...(thread ? { thread_ts: thread } : {}),
        });
      } else if (b.user?.id) {
        // A button in the App Home or a modal submission: no response_url, no channel — the user's DM.
        await app.client.chat.postMessage({ token: context?.botToken, channel: b.user.id, text: userText });
      }
    } catch (notifyError) {
      logger.event('warn', 'could not tell the user about an error', { code: asCodedError(notifyError, 'SLACK_API_FAILED').code });
    }
  });
}
