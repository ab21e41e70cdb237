/**
 * app.error: one friendly Chinese message to the user, the error logged with a code.
 * Nothing the user typed and no client data goes to the log.
 */
import type { App } from '@slack/bolt';

type ExtendedErrorHandlerArgs = Parameters<Extract<Parameters<App['error']>[0], (args: never) => unknown>>[0];
import type { AppLogger } from '../logger.js';

export const FRIENDLY_ERROR = '抱歉，担保助手刚才出错了，已记录。请稍后再试，或换个说法；输入 /help 查看用法。';

interface ErrorBody {
  response_url?: string;
  user_id?: string;
  user?: { id?: string };
  event?: { channel?: string; channel_type?: string; user?: string; ts?: string; thread_ts?: string };
}

export function installErrorHandler(app: App, logger: AppLogger): void {
  app.error(async ({ error, body, context }: ExtendedErrorHandlerArgs) => {
    const b = (body ?? {}) as ErrorBody;
    const code = (error as { code?: string }).code ?? 'INTERNAL';
    const original = (error as { original?: unknown }).original;
    logger.event('error', 'handler failed', {
      code,
      error: error.name,
      message: original instanceof Error ? original.message : error.message,
      requestId: (context as { requestId?: string } | undefined)?.requestId,
    });
    try {
      if (b.response_url) {
        await fetch(b.response_url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text: FRIENDLY_ERROR }),
          signal: AbortSignal.timeout(5000),
        });
      } else if (b.event?.channel && b.event.user) {
        const thread = b.event.thread_ts ?? (b.event.channel_type === 'im' ? undefined : b.event.ts);
        await app.client.chat.postMessage({
          token: context?.botToken,
          channel: b.event.channel,
          text: FRIENDLY_ERROR,
          ...(thread ? { thread_ts: thread } : {}),
        });
      }
    } catch (notifyError) {
      logger.event('warn', 'could not tell the user about an error', { code: (notifyError as { code?: string }).code ?? 'SLACK_API_FAILED' });
    }
  });
}
