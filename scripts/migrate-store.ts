/**
 * npm run migrate-store -- --to "$DATABASE_URL"
 * Copies the embedded archive in DATA_DIR into an empty PostgreSQL database (docs/postgres.md):
 * migrations first, then everything in one transaction, the counts checked before commit.
 * A target that already holds data is refused and left untouched. Exit 0 copied, 1 refused or
 * failed (nothing written), 2 usage.
 */
import { copyArchive } from '../src/adapters/pg/copy.js';
import { migrate } from '../src/adapters/pg/migrate.js';
import { createPool } from '../src/adapters/pg/pool.js';
import { loadConfig } from '../src/config.js';
import { AppError } from '../src/core/errors.js';
import { args, cliConfig, runCli, UsageError, withStore } from './cli.js';

const usage = 'usage: npm run migrate-store -- --to postgres://user:password@host:5432/database\n(copies the embedded archive in DATA_DIR into that empty database)';

runCli(async (argv) => {
  const a = args(argv, { to: { type: 'string' } }, usage);
  if (!a) return 0;
  if (!a.values.to || a.positionals.length) throw new UsageError(usage);
  // The target is checked like DATABASE_URL (never echoed); the source is always DATA_DIR.
  const target = loadConfig({ DATABASE_URL: a.values.to }).database!;
  const { database: _ignored, ...config } = cliConfig();
  const pool = createPool({ url: target.url });
  try {
    const applied = await migrate(pool);
    if (applied.length) console.error(`已建立数据库结构（迁移 ${applied.join(', ')}）`);
    const counts = await withStore(config, (source) => copyArchive(source, pool, (c) => c.clients % 10_000 === 0 && c.clients > 0 && console.error(`已复制${c.clients}个客户…`)));
    console.log(`已复制并核对数量：${counts.clients}个客户、${counts.contacts}条联系记录、${counts.visits}份拜访报告、${counts.nudges}条提醒记录。`);
    return 0;
  } catch (e) {
    // The manager-facing reason (no client data), with the code for the log.
    if (!(e instanceof AppError)) throw e;
    console.error(`[${e.code}] ${e.userMessage}`);
    return 1;
  } finally {
    await pool.end();
  }
});
