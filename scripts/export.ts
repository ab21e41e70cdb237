/**
 * npm run export -- FILE.csv [--owner U012ABCDEF]
 * Writes the archive under DATA_DIR (src/config.ts) as CSV: Chinese headers, money in 万元,
 * UTF-8 with BOM (opens in Excel). Reads a snapshot; does not lock out the app.
 */
import { writeFile } from 'node:fs/promises';
import { openStore } from '../src/adapters/lowdb-store.js';
import { loadConfig, loadDotEnv } from '../src/config.js';
import { exportClients } from '../src/usecases/export-clients.js';

const usage = 'usage: npm run export -- FILE.csv [--owner U012ABCDEF]';

async function main(argv: string[]): Promise<number> {
  let file: string | undefined;
  let owner: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (a === '--owner') owner = argv[++i];
    else if (a.startsWith('--owner=')) owner = a.slice('--owner='.length);
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
  const store = await openStore({ dataDir: config.dataDir, log: (m) => console.error(m) });
  try {
    const r = await exportClients({ store }, owner ? { owner } : {});
    await writeFile(file, r.content);
    console.log(`已导出${r.clients}个客户（${r.rows}行）到 ${file}`);
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
