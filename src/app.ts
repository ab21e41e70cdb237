/**
 * Wiring only: config → logger → deps → front end (Socket Mode, HTTP or the local console) → start,
 * and graceful shutdown on SIGTERM/SIGINT.
 */
import { readFileSync } from 'node:fs';
import { ConfigError, loadConfig, loadDotEnv, type Config } from './config.js';
import { runConsole } from './console/console.js';
import { memoryEventLedger, openEventLedger } from './adapters/file-event-ledger.js';
import { openStore } from './adapters/lowdb-store.js';
import { appDeps } from './app-deps.js';
import { unavailableStore } from './adapters/unavailable-store.js';
import { startJobs } from './jobs/index.js';
import { createLogger } from './logger.js';
import type { ArchiveStore } from './ports/store.js';
import { createSlackApp } from './slack/create-app.js';

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
let store: ArchiveStore;
try {
  store = await openStore({ dataDir: config.dataDir, log: (message) => logger.event('warn', message) });
} catch (err) {
  // Degrade, don't die: quotes and handbook answers work; client features report the coded error.
  logger.event('error', 'client archive unavailable', { code: (err as { code?: string }).code ?? 'STORE_CORRUPT', message: (err as Error).message });
  if (config.mode === 'console') process.stderr.write(`客户档案无法打开：${(err as Error).message}\n`);
  store = unavailableStore(err);
}
const deps = appDeps(config, logger, store);

if (config.mode === 'console') {
  await runConsole(deps, config.consoleUser);
  await store.close();
  process.exit(0);
} else {
  // Processed Slack event ids: their own ledger file beside the archive (src/ports/event-ledger.ts).
  const events = await openEventLedger({ dataDir: config.dataDir }).catch((err: unknown) => {
    logger.event('warn', 'event ledger unavailable; retried events remembered in memory only', { code: (err as { code?: string }).code ?? 'INTERNAL' });
    return memoryEventLedger();
  });
  const app = createSlackApp(config, deps, logger, events);
  let stopping = false;
  let stopJobs = async (): Promise<void> => {};
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.event('info', 'shutting down', { signal });
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      await app.stop();
    } catch (err) {
      logger.event('warn', 'stop failed', { code: (err as { code?: string }).code ?? 'INTERNAL' });
    }
    await stopJobs().catch((err: unknown) => logger.event('warn', 'jobs stop failed', { code: (err as { code?: string }).code ?? 'INTERNAL' }));
    await events.close().catch(() => undefined);
    await store.close().catch((err: unknown) => logger.event('warn', 'store close failed', { code: (err as { code?: string }).code ?? 'INTERNAL' }));
    logger.event('info', 'stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  if (config.mode === 'http') await app.start(config.port);
  else await app.start();
  stopJobs = startJobs(config, { store, now: deps.now, logger });
  logger.event('info', 'started', { mode: config.mode, port: config.mode === 'http' ? config.port : undefined, version });
}
