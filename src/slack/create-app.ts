/**
 * Builds the Bolt app for Socket Mode or HTTP from the config: bounded Web API retries,
 * non-blocking authorize, /healthz, the error handler, and every listener.
 */
import { App, HTTPReceiver, LogLevel, webApi } from '@slack/bolt';
import type { Config } from '../config.js';
import { registerListeners } from '../listeners/index.js';
import type { AppLogger } from '../logger.js';
import type { Deps } from '../usecases/deps.js';
import { withTimestampWindow } from './authenticity.js';
import { resilientAuthorize } from './authorize.js';
import { dedupeEvents } from './dedupe.js';
import { memoryEventLedger } from '../adapters/file-event-ledger.js';
import type { EventLedger } from '../ports/event-ledger.js';
import { installErrorHandler } from './error-handler.js';
import { requestId } from './request-id.js';
import { ResilientSocketReceiver, type SocketAuthError } from './socket-mode.js';

/** At most 2 retries within ~10 s per Web API call (the default is 10 retries over ~30 minutes). */
export const WEB_API_RETRIES = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4000, randomize: true } as const;

export const EVENTS_PATH = '/slack/events';

export function clientOptions(config: Config): webApi.WebClientOptions {
  return { slackApiUrl: config.slack.apiUrl, retryConfig: { ...WEB_API_RETRIES }, timeout: 10_000, rejectRateLimitedCalls: false };
}

/**
 * `onFatal`: Slack rejected the app token on a Socket Mode reconnect (at boot, app.start()
 * rejects with the SocketAuthError instead). `events`: the processed-event ledger (app.ts opens the
 * file one; default in memory).
 */
export function createSlackApp(config: Config, deps: Deps, logger: AppLogger, onFatal: (err: SocketAuthError) => void = () => {}, events: EventLedger = memoryEventLedger()): App {
  const botToken = config.slack.botToken;
  if (!botToken || config.mode === 'console') throw new Error('createSlackApp needs Slack credentials');
  const common = {
    logger,
    logLevel: config.logLevel as LogLevel,
    clientOptions: clientOptions(config),
    extendedErrorHandler: true as const,
    deferInitialization: false,
    // No conversation context: nothing reads context.conversation, and Bolt's default store
    // throws (and catches) an Error with a stack for every request it has not seen (#17 profile).
    convoStore: false as const,
  };
  let app: App;
  // A client of our own for auth.test, so it can run at boot without waiting for the App.
  const authorize = resilientAuthorize(new webApi.WebClient(undefined, { ...clientOptions(config), logger }), botToken, logger);
  if (config.mode === 'socket') {
    // apps.connections.open goes to SLACK_API_URL too, but with the receiver's own retry loop
    // (src/slack/socket-mode.ts), not the 2-retry Web API policy above.
    const receiver = new ResilientSocketReceiver({ appToken: config.slack.appToken!, apiUrl: config.slack.apiUrl, logger, backoff: config.slack.socketRetry, onFatal });
    app = new App({ ...common, receiver, authorize });
  } else {
    const receiver = new HTTPReceiver({
      signingSecret: config.slack.signingSecret!,
      endpoints: EVENTS_PATH,
      processBeforeResponse: false,
      logger,
      customRoutes: [
        {
          path: '/healthz',
          method: ['GET'],
          handler: (_req, res) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ status: 'ok', mode: config.mode, version: config.version }));
          },
        },
      ],
    });
    // Reject requests dated more than 5 minutes off either way before Bolt sees them (Bolt only rejects old ones).
    receiver.requestListener = withTimestampWindow(receiver.requestListener, EVENTS_PATH, (verdict) => logger.event('warn', 'request rejected', { code: 'REQUEST_UNAUTHENTIC', verdict }));
    app = new App({ ...common, receiver, authorize });
  }
  app.use(requestId(logger));
  app.use(dedupeEvents(events, deps.now, logger));
  installErrorHandler(app, logger);
  registerListeners(app, deps);
  return app;
}
