/**
 * What the CLI scripts share: arguments (node:util parseArgs), the config (the one reader of the
 * environment, as in the app), the archive opened from DATA_DIR and closed afterwards, and one
 * exit convention: 0 ok, 1 failure (a coded error, printed without client data), 2 usage/config.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { openArchive } from '../src/adapters/open-stores.js';
import type { LowdbStoreOptions } from '../src/adapters/lowdb-store.js';
import { ConfigError, loadConfig, loadDotEnv, type Config } from '../src/config.js';
import type { ArchiveStore } from '../src/ports/store.js';

export class UsageError extends Error {}

/** Parses argv strictly; `--help` prints the usage. Unknown options → UsageError (exit 2). */
export function args<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O, usage: string) {
  try {
    const parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    if ((parsed.values as { help?: boolean }).help) {
      console.log(usage);
      return null;
    }
    return parsed;
  } catch (e) {
    const bad = /'([^']+)'/.exec((e as Error).message)?.[1];
    throw new UsageError(`${bad ? `unknown argument ${bad}` : (e as Error).message}\n${usage}`);
  }
}

export function cliConfig(): Config {
  loadDotEnv();
  return loadConfig();
}

export async function withStore<T>(config: Config, fn: (store: ArchiveStore) => Promise<T>, options: Partial<LowdbStoreOptions> = {}): Promise<T> {
  // DATABASE_URL → PostgreSQL, else DATA_DIR: the same selection as the app (src/adapters/open-stores.ts).
  const opened = await openArchive(config, options);
  try {
    return await fn(opened.archive);
  } finally {
    await opened.close();
  }
}

export function runCli(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      if (e instanceof UsageError) {
        console.error(e.message);
        process.exit(2);
      }
      if (e instanceof ConfigError) {
        console.error(`配置错误 (config error): ${e.message}`);
        process.exit(2);
      }
      const err = e as { code?: string; message?: string };
      console.error(`${err.code ? `[${err.code}] ` : ''}${err.message ?? String(e)}`);
      process.exit(1);
    },
  );
}
