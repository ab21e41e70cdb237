/**
 * npm run import -- FILE.csv [--owner U012ABCDEF] [--dry-run]
 * Imports clients into the archive under DATA_DIR (src/config.ts). Progress goes to stderr every
 * 1000 rows, the summary to stdout. Safe to run while the app is running (the store locks).
 */
import { readFile } from 'node:fs/promises';
import { importClients, importSummaryLines } from '../src/usecases/import-clients.js';
import { args, cliConfig, runCli, UsageError, withStore } from './cli.js';

const usage = 'usage: npm run import -- FILE.csv [--owner U012ABCDEF] [--dry-run]';

runCli(async (argv) => {
  const a = args(argv, { owner: { type: 'string' }, 'dry-run': { type: 'boolean' } }, usage);
  if (!a) return 0;
  const [file, ...extra] = a.positionals;
  if (!file || extra.length) throw new UsageError(usage);
  const config = cliConfig();
  const content = await readFile(file);
  return withStore(config, async (store) => {
    const summary = await importClients(
      { store, now: () => new Date() },
      {
        content,
        dryRun: a.values['dry-run'] === true,
        ...(a.values.owner ? { defaultOwner: a.values.owner } : {}),
        onProgress: (done, total) => {
          if (done < total) console.error(`… ${done}/${total} 行`);
        },
      },
    );
    console.log(importSummaryLines(summary).join('\n'));
    return 0;
  });
});
