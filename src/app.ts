/**
 * Wiring only: config → logger → deps → front end (Socket Mode, HTTP or the local console) → start,
 * and graceful shutdown on SIGTERM/SIGINT.
 */
import { readFileSync } from 'node:fs';
import { ConfigError, loadConfig, loadDotEnv, type Config } from './config.js';
import { runConsole } from './console/console.js';
import { createLogger } from './logger.js';
import { createSlackApp } from './slack/create-app.js';
import type { Deps } from './usecases/deps.js';

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
const deps: Deps = { now: () => new Date(), logger, adminUserIds: config.adminUserIds };

if (config.mode === 'console') {
  await runConsole(deps, config.consoleUser);
  process.exit(0);
} else {
  const app = createSlackApp(config, deps, logger);
  let stopping = false;
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
    logger.event('info', 'stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  if (config.mode === 'http') await app.start(config.port);
  else await app.start();
  logger.event('info', 'started', { mode: config.mode, port: config.mode === 'http' ? config.port : undefined, version });
}
