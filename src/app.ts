/**
 * Wiring only: config → logger → deps → front end (Socket Mode, HTTP or the local console) → start,
 * and graceful shutdown on SIGTERM/SIGINT.
 */
import { readFileSync } from 'node:fs';
import { ConfigError, loadConfig, loadDotEnv, type Config } from './config.js';
import { runConsole } from './console/console.js';
import { openStores, type Stores } from './adapters/open-stores.js';
import { appDeps } from './app-deps.js';
import { startJobs } from './jobs/index.js';
import { createLogger } from './logger.js';
import { createSlackApp } from './slack/create-app.js';
import { SocketAuthError } from './slack/socket-mode.js';
import type { App } from '@slack/bolt';
import { asCodedError } from './core/errors.js';
import { handbookIndex } from './core/retrieval/search.js';

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

let config: Config;
try {
  loadDotEnv();
  config = loadConfig(process.env, version);
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`配置错误 (config error): ${err.message}\n`);
    process.exit(2);
  }
  throw err;
}

const logger = createLogger(config.logLevel);
// Slack modes: SIGTERM/SIGINT at any point from here on (opening the store, connecting, waiting
// out a Slack outage, serving) stops cleanly with exit 0.
let app: App | undefined;
let stores: Stores | undefined;
let stopping = false;
let stopJobs = async (): Promise<void> => {};
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  logger.event('info', 'shutting down', { signal });
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  try {
    await app?.stop();
  } catch (err) {
    logger.event('warn', 'stop failed', { code: asCodedError(err).code });
  }
  await stopJobs().catch((err: unknown) => logger.event('warn', 'jobs stop failed', { code: asCodedError(err).code }));
  await stores?.close().catch((err: unknown) => logger.event('warn', 'store close failed', { code: asCodedError(err).code }));
  logger.event('info', 'stopped');
  process.exit(0);
};
if (config.mode !== 'console') {
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

// DATABASE_URL → PostgreSQL, else the embedded files in DATA_DIR (src/adapters/open-stores.ts).
stores = await openStores(config, logger, (err) => {
  if (config.mode === 'console') process.stderr.write(`客户档案无法打开：${(err as Error).message}\n`);
});
const { archive, followUps } = stores;
const deps = appDeps(config, logger, archive, followUps);

if (config.mode === 'console') {
  await runConsole(deps, config.consoleUser);
  await stores.close();
  process.exit(0);
} else if (!stopping) {
  // A rejected app token: one line, exit 2 (as for any misconfiguration).
  const authFailed = (err: SocketAuthError): never => {
    process.stderr.write(`配置错误 (config error): ${err.message}\n`);
    process.exit(2);
  };
  const ledger = await stores.openLedger();
  const slackApp = createSlackApp(config, deps, logger, authFailed, ledger);
  app = slackApp;
  try {
    // Socket Mode: resolves once connected (retrying through an outage) or when stopped meanwhile.
    if (config.mode === 'http') await slackApp.start(config.port);
    else await slackApp.start();
  } catch (err) {
    if (err instanceof SocketAuthError) authFailed(err);
    throw err;
  }
  if (!stopping) {
    // (stopped while connecting: shutdown() is exiting)
    stopJobs = startJobs(config, { store: archive, now: deps.now, logger });
    logger.event('info', 'started', { mode: config.mode, port: config.mode === 'http' ? config.port : undefined, version });
    // Build the handbook's retrieval index now, off the ack path, so the first DM after a start does not pay for it.
    setImmediate(() => handbookIndex());
  }
}
