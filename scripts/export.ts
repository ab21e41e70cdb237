/**
 * npm run export -- FILE.csv [--owner U012ABCDEF]
 * npm run export -- --visits FILE.csv [--owner U012ABCDEF]
 * Writes the archive under DATA_DIR (src/config.ts) as CSV: Chinese headers, money in 万元,
 * UTF-8 with BOM (opens in Excel). With --visits: every visit report, one row per report (4.2).
 * Reads a snapshot; does not lock out the app.
 */
import { writeFile } from 'node:fs/promises';
import { exportClients } from '../src/usecases/export-clients.js';
import { exportVisits } from '../src/usecases/export-visits.js';
import { args, cliConfig, runCli, UsageError, withStore } from './cli.js';

const usage = 'usage: npm run export -- FILE.csv [--owner U012ABCDEF]\n       npm run export -- --visits FILE.csv [--owner U012ABCDEF]';

runCli(async (argv) => {
  const a = args(argv, { owner: { type: 'string' }, visits: { type: 'string' } }, usage);
  if (!a) return 0;
  const owner = a.values.owner ? { owner: a.values.owner } : {};
  if (a.values.visits !== undefined) {
    const file = a.values.visits;
    if (!file || a.positionals.length) throw new UsageError(usage);
    return withStore(cliConfig(), async (store) => {
      const r = await exportVisits({ store }, owner);
      await writeFile(file, r.content);
      console.log(`已导出${r.rows}份拜访报告到 ${file}`);
      return 0;
    });
  }
  const [file, ...extra] = a.positionals;
  if (!file || extra.length) throw new UsageError(usage);
  return withStore(cliConfig(), async (store) => {
    const r = await exportClients({ store }, owner);
    await writeFile(file, r.content);
    console.log(`已导出${r.clients}个客户（${r.rows}行）到 ${file}`);
    return 0;
  });
});
