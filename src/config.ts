/**
 * The only reader of process.env. A zod schema over the runtime contract (README's table);
 * `loadConfig` returns a typed Config or a ConfigError whose message says what is wrong and how to fix it.
 */
import { existsSync } from 'node:fs';
import cron from 'node-cron';
import { z } from 'zod';

export type Mode = 'socket' | 'http' | 'console';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const EnvSchema = z.object({
  SLACK_BOT_TOKEN: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  PORT: optionalString,
  SLACK_API_URL: optionalString,
  SLACK_SOCKET_RETRY_MAX_MS: optionalString,
  DATA_DIR: optionalString,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString,
  OPENAI_MODEL: optionalString,
  LLM_DEADLINE_MS: optionalString,
  CONSOLE_USER: optionalString,
  ADMIN_USER_IDS: optionalString,
  NUDGE_CRON: optionalString,
  DATABASE_URL: optionalString,
  DATABASE_POOL_MAX: optionalString,
  NUDGE_TZ: optionalString,
  LOG_LEVEL: optionalString,
});

export interface Config {
  mode: Mode;
  slack: {
    botToken?: string;
    appToken?: string;
    signingSecret?: string;
    /** Web API base URL, always ending in '/'. */
    apiUrl: string;
    /** Socket Mode reconnect back-off: the wait doubles from minMs up to maxMs, retrying for ever. */
    socketRetry: { minMs: number; maxMs: number };
  };
  port: number;
  dataDir: string;
  openai: { apiKey?: string; baseUrl?: string; model: string; deadlineMs: number };
  consoleUser: string;
  adminUserIds: string[];
  /** `cron` null: NUDGE_CRON=off, the in-app nudge job does not run (another instance or a cron container does). */
  nudge: { cron: string | null; tz: string };
  /** Set → the archive, the event ledger and follow-ups live in PostgreSQL (docs/postgres.md); unset → embedded in dataDir. */
  database?: { url: string; poolMax: number };
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  version: string;
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

function fail(message: string): never {
  throw new ConfigError(message);
}

function positiveInt(name: string, raw: string | undefined, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) fail(`${name}="${raw}" is not a whole number: set ${name} to a number such as ${fallback}, or leave it unset for ${fallback}.`);
  const n = Number(raw);
  if (n < 1 || n > max) fail(`${name}=${raw} is out of range: use 1–${max}, or leave it unset for ${fallback}.`);
  return n;
}

function url(name: string, raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  try {
    const u = new URL(raw);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
    return raw;
  } catch {
    return fail(`${name}="${raw}" is not an http(s) URL: set it to e.g. https://slack.com/api/ or leave it unset.`);
  }
}

/** A postgres:// or postgresql:// URL. The value is never echoed: it may hold a password. */
function databaseUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let u: URL | undefined;
  try {
    u = new URL(raw);
  } catch {
    u = undefined;
  }
  if (!u || (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') || !u.hostname)
    fail('DATABASE_URL is not a PostgreSQL URL: use postgres://user:password@host:5432/database (see docs/postgres.md), or leave it unset for the embedded store in DATA_DIR.');
  return raw;
}

/** NUDGE_CRON: a node-cron pattern, or `off`. */
function nudgeCron(raw: string | undefined): string | null {
  if (raw === undefined) return '0 9 * * 1-5';
  if (raw.toLowerCase() === 'off') return null;
  if (!cron.validate(raw)) fail(`NUDGE_CRON="${raw}" is not a cron pattern: use five fields such as "0 9 * * 1-5" (09:00 Monday–Friday), "off" to disable the in-app nudge job, or leave it unset.`);
  return raw;
}

function socketRetry(maxMs: number): Config['slack']['socketRetry'] {
  return { minMs: Math.min(1000, maxMs), maxMs };
}

/** Reads the config from an env object (process.env by default). Throws ConfigError with one fix-it line. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, version = '0.0.0'): Config {
  const e = EnvSchema.parse(env);
  const { SLACK_BOT_TOKEN: bot, SLACK_APP_TOKEN: appToken, SLACK_SIGNING_SECRET: secret } = e;

  let mode: Mode;
  if (!bot && !appToken && !secret) mode = 'console';
  else if (!bot)
    fail(`${appToken ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET'} is set but SLACK_BOT_TOKEN is not: add SLACK_BOT_TOKEN (xoxb-…, from OAuth & Permissions), or unset both to use the local console.`);
  else if (appToken) mode = 'socket';
  else if (secret) mode = 'http';
  else fail('SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP) is: set one of them, or unset SLACK_BOT_TOKEN to use the local console.');

  if (bot && !bot.startsWith('xoxb-')) fail('SLACK_BOT_TOKEN must be a bot token starting with "xoxb-" (OAuth & Permissions → Bot User OAuth Token).');
  if (appToken && !appToken.startsWith('xapp-')) fail('SLACK_APP_TOKEN must be an app-level token starting with "xapp-" (Basic Information → App-Level Tokens, scope connections:write).');

  const apiUrl = url('SLACK_API_URL', e.SLACK_API_URL) ?? 'https://slack.com/api/';
  const logLevel = (e.LOG_LEVEL ?? (mode === 'console' ? 'warn' : 'info')).toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) fail(`LOG_LEVEL="${e.LOG_LEVEL}" is not one of ${LOG_LEVELS.join(', ')}.`);

  const tz = e.NUDGE_TZ ?? 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    fail(`NUDGE_TZ="${tz}" is not a known time zone: use an IANA name such as Asia/Shanghai.`);
  }

  return {
    mode,
    slack: {
      ...(bot ? { botToken: bot } : {}),
      ...(appToken ? { appToken } : {}),
      ...(secret ? { signingSecret: secret } : {}),
      apiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`,
      socketRetry: socketRetry(positiveInt('SLACK_SOCKET_RETRY_MAX_MS', e.SLACK_SOCKET_RETRY_MAX_MS, 30_000, 600_000)),
    },
    port: positiveInt('PORT', e.PORT, 3000, 65535),
    dataDir: e.DATA_DIR ?? './var',
    openai: {
      ...(e.OPENAI_API_KEY ? { apiKey: e.OPENAI_API_KEY } : {}),
      ...(url('OPENAI_BASE_URL', e.OPENAI_BASE_URL) ? { baseUrl: e.OPENAI_BASE_URL } : {}),
      model: e.OPENAI_MODEL ?? 'gpt-4o-mini',
      deadlineMs: positiveInt('LLM_DEADLINE_MS', e.LLM_DEADLINE_MS, 4000, 60000),
    },
    consoleUser: e.CONSOLE_USER ?? 'U_CONSOLE',
    adminUserIds: (e.ADMIN_USER_IDS ?? '').split(/[\s,]+/).filter(Boolean),
    nudge: { cron: nudgeCron(e.NUDGE_CRON), tz },
    ...(databaseUrl(e.DATABASE_URL) ? { database: { url: e.DATABASE_URL!, poolMax: positiveInt('DATABASE_POOL_MAX', e.DATABASE_POOL_MAX, 10, 1000) } } : {}),
    logLevel: logLevel as Config['logLevel'],
    version,
  };
}

/** Loads ./.env into process.env when present (Node's own loader; real env vars win). */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
