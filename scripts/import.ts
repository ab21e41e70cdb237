/**
 * npm run import -- FILE.csv [--owner U012ABCDEF] [--dry-run]
 * Imports clients into the archive under DATA_DIR (src/config.ts). Progress goes to stderr every
 * 1000 rows read and after each saved batch, the summary to stdout. Safe to run while the app is
 * running: rows are saved in batches, each under the store's lock for a moment only. Exit 0 when
 * every readable row was saved, 1 when a batch could not be (the summary says from which line).
 */
import { readFile } from 'node:fs/promises';
import { importClients, importSummaryLines } from '../src/usecases/import-clients.js';
import { args, cliConfig, runCli, UsageError, withStore } from './cli.js';

/**
 * A CLI can wait longer for the lock than a Slack reply can; and its batches stay in the journal
 * until it closes (one snapshot rewrite at the end), so the running app replays each batch as a
 * journal line instead of reloading the whole archive after every compaction.
 */
const IMPORT_STORE = { lockTimeoutMs: 30_000, compactBytes: 512 * 1024 * 1024, compactEveryOps: 100_000 };

const usage = 'usage: npm run import -- FILE.csv [--owner U012ABCDEF] [--dry-run] [--encoding utf-8|gbk] [--allow-reassign]';

runCli(async (argv) => {
  const a = args(argv, { owner: { type: 'string' }, 'dry-run': { type: 'boolean' }, encoding: { type: 'string' }, 'allow-reassign': { type: 'boolean' } }, usage);
  if (!a) return 0;
  const [file, ...extra] = a.positionals;
  if (!file || extra.length) throw new UsageError(usage);
  const encoding = a.values.encoding?.toLowerCase().replace(/^utf8$/, 'utf-8');
  if (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'gbk') throw new UsageError(`--encoding must be utf-8 or gbk\n${usage}`);
  const config = cliConfig();
  const content = await readFile(file);
  return withStore(
    config,
    async (store) => {
      const summary = await importClients(
        { store, now: () => new Date() },
        {
          content,
          dryRun: a.values['dry-run'] === true,
          ...(encoding ? { encoding } : {}),
          allowReassign: a.values['allow-reassign'] === true,
          ...(a.values.owner ? { defaultOwner: a.values.owner } : {}),
          onProgress: (done, total) => {
            if (done < total) console.error(`… 已读取 ${done}/${total} 行`);
          },
          onSaved: (saved, total) => {
            if (saved < total) console.error(`… 已保存 ${saved}/${total} 行`);
          },
        },
      );
      console.log(importSummaryLines(summary).join('\n'));
      // The true outcome: 1 when some rows were not saved (the summary says which).
      return summary.incomplete ? 1 : 0;
    },
    IMPORT_STORE,
  );
});
