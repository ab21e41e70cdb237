/**
 * npm run import -- FILE.csv [--owner U012ABCDEF] [--dry-run]
 * Imports clients into the archive under DATA_DIR (src/config.ts). Progress goes to stderr every
 * 1000 rows, the summary to stdout. Safe to run while the app is running (the store locks).
 */
import { readFile } from 'node:fs/promises';
import { openStore } from '../src/adapters/lowdb-store.js';
import { loadConfig, loadDotEnv } from '../src/config.js';
import { importClients, importSummaryLines } from '../src/usecases/import-clients.js';

const usage = 'usage: npm run import -- FILE.csv [--owner U012ABCDEF] [--dry-run]';

async function main(argv: string[]): Promise<number> {
  let file: string | undefined;
  let owner: string | undefined;
  let dryRun = false;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (a === '--owner') owner = argv[++i];
    else if (a.startsWith('--owner=')) owner = a.slice('--owner='.length);
    else if (a === '--dry-run') dryRun = true;
    else if (a === '-h' || a === '--help') {
      console.log(usage);
      return 0;
    } else if (!file && !a.startsWith('--')) file = a;
    else {
      console.error(`unknown argument ${a}\n${usage}`);
      return 2;
    }
  }
  if (!file) {
    console.error(usage);
    return 2;
  }
  loadDotEnv();
  const config = loadConfig();
  const content = await readFile(file);
  const store = await openStore({ dataDir: config.dataDir, log: (m) => console.error(m) });
  try {
    const summary = await importClients(
      { store, now: () => new Date() },
      {
        content,
        dryRun,
        ...(owner ? { defaultOwner: owner } : {}),
        onProgress: (done, total) => {
          if (done < total) console.error(`… ${done}/${total} 行`);
        },
      },
    );
    console.log(importSummaryLines(summary).join('\n'));
    return 0;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    const err = e as { code?: string; message?: string };
    console.error(`${err.code ? `[${err.code}] ` : ''}${err.message ?? String(e)}`);
    process.exit(1);
  },
);
