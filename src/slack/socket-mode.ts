/**
 * Socket Mode that survives Slack outages.
 *
 * Bolt hands the App's Web API options (our 2-retry policy) to the Socket Mode client, whose
 * `apps.connections.open` then gives up after ~3 s on a 503 or a network error; and the
 * client's own reconnect after a dropped socket rejects into nothing (an unhandled rejection
 * kills the process). So this receiver turns the library's reconnect off and owns it:
 *
 * - every connect (at boot, after `disconnect` / a dropped socket) is one loop of attempts with
 *   exponential back-off (`minMs` doubling up to `maxMs`), one log line per failed attempt;
 * - a rejected app token (`invalid_auth` and the other unrecoverable answers) is not retried:
 *   start() rejects with a SocketAuthError (at boot), or `onFatal` is called (later);
 * - stop() at any point — before Slack's `hello`, while waiting out a back-off — ends the loop
 *   and start() resolves, so a SIGTERM is a clean exit.
 */
import { SocketModeReceiver, type Logger } from '@slack/bolt';
import type { AppLogger } from '../logger.js';

export interface SocketBackoff {
  /** First wait after a failed attempt. */
  minMs: number;
  /** The wait doubles up to this. */
  maxMs: number;
}

/** Answers of apps.connections.open that no retry will fix (as @slack/socket-mode lists them). */
const UNRECOVERABLE = new Set(['not_authed', 'invalid_auth', 'account_inactive', 'user_removed_from_team', 'team_disabled', 'token_revoked', 'token_expired']);

export class SocketAuthError extends Error {
  readonly code = 'SLACK_AUTH_INVALID';
  constructor(readonly slackError: string) {
    super(`Slack rejected SLACK_APP_TOKEN (${slackError}): create an app-level token with connections:write (Basic Information → App-Level Tokens) and set SLACK_APP_TOKEN=xapp-…`);
  }
}

/** The wait before attempt `attempt + 1`, after `attempt` failed (1-based). */
export function backoffMs(attempt: number, b: SocketBackoff): number {
  return Math.min(b.maxMs, b.minMs * 2 ** Math.min(attempt - 1, 30));
}

/** What a failed connect says: Slack's error string, an HTTP status, a network code, or `closed`. */
export function connectErrorCode(err: unknown): string {
  const e = err as { data?: { error?: string }; statusCode?: number; original?: { code?: string }; code?: string } | undefined;
  if (e?.data?.error) return e.data.error;
  if (e?.statusCode) return `http_${e.statusCode}`;
  return e?.original?.code ?? e?.code ?? 'closed';
}

/** The socket client's own lines that restate a failure our loop already logs once per attempt. */
const LIBRARY_NOISE = /^(Failed to retrieve a new WSS URL|WebSocket error|http request failed|Failed to send a WebSocket message|A p[io]ng wasn't received|Peer did not complete)/;

/** Our logger, with the socket client's restated failures moved to debug. */
function quietLogger(logger: AppLogger): Logger {
  const demote =
    (level: 'warn' | 'error') =>
    (...args: unknown[]) =>
      typeof args[0] === 'string' && LIBRARY_NOISE.test(args[0]) ? logger.debug(...args) : logger[level](...args);
  return { ...logger, warn: demote('warn'), error: demote('error') };
}

export interface ResilientSocketOptions {
  appToken: string;
  /** SLACK_API_URL (apps.connections.open goes there). */
  apiUrl: string;
  logger: AppLogger;
  backoff: SocketBackoff;
  /** Called when Slack rejects the token on a reconnect (the process should exit 2). */
  onFatal: (err: SocketAuthError) => void;
}

export class ResilientSocketReceiver extends SocketModeReceiver {
  private stopping = false;
  private connecting = false;
  private wake: (() => void) | undefined;
  private readonly log: AppLogger;

  constructor(private readonly o: ResilientSocketOptions) {
    super({
      appToken: o.appToken,
      logger: quietLogger(o.logger),
      autoReconnectEnabled: false,
      // Not the App's Web API policy: one HTTP attempt per connect attempt; the loop below retries.
      installerOptions: { clientOptions: { slackApiUrl: o.apiUrl, timeout: 10_000, retryConfig: { retries: 0 } } },
    });
    this.log = o.logger;
    this.client.on('disconnected', () => {
      if (this.stopping || this.connecting) return;
      this.log.event('warn', 'socket mode: disconnected; reconnecting');
      this.connect().catch((err: unknown) => (err instanceof SocketAuthError ? this.o.onFatal(err) : undefined));
    });
  }

  /** Resolves once connected (or stopped); rejects only with a SocketAuthError. */
  override start(): Promise<never> {
    this.stopping = false;
    return this.connect() as Promise<never>;
  }

  override stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    return super.stop();
  }

  private async connect(): Promise<void> {
    this.connecting = true;
    try {
      for (let attempt = 1; !this.stopping; attempt++) {
        try {
          await this.client.start();
          if (!this.stopping) this.log.event('info', 'socket mode: connected', { attempt });
          return;
        } catch (err) {
          if (this.stopping) return;
          const code = connectErrorCode(err);
          if (UNRECOVERABLE.has(code)) throw new SocketAuthError(code);
          const wait = backoffMs(attempt, this.o.backoff);
          this.log.event('warn', 'socket mode: cannot connect; will retry', { attempt, code, retryInMs: wait });
          await this.sleep(wait);
        }
      }
    } finally {
      this.connecting = false;
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        resolve();
      }
      this.wake = done;
    });
  }
}
