/**
 * npm run nudges -- [--now YYYY-MM-DD] [--dry-run]
 * Computes the re-marketing nudges as of that date (default: today in NUDGE_TZ) from the
 * archive under DATA_DIR. --dry-run prints one JSON line per nudge ({client, owner, kind,
 * reason, date, key}) and changes nothing; otherwise the digests are sent through Slack
 * (SLACK_BOT_TOKEN, SLACK_API_URL) and recorded, exactly once even beside the running app.
 * The summary goes to stderr. Exit 0 ok, 1 failure, 2 usage or configuration.
 */
import { openStore } from '../src/adapters/lowdb-store.js';
import { ConfigError, loadConfig, loadDotEnv } from '../src/config.js';
import { IsoDate } from '../src/core/archive/model.js';
import { jobClient, slackDigestSender } from '../src/jobs/slack-sender.js';
import { createLogger } from '../src/logger.js';
import { previewNudges, sendNudges } from '../src/usecases/send-nudges.js';

const usage = 'usage: npm run nudges -- [--now YYYY-MM-DD] [--dry-run]';

async function main(argv: string[]): Promise<number> {
  let today: string | undefined;
  let dryRun = false;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (a === '--now') today = argv[++i];
    else if (a.startsWith('--now=')) today = a.slice('--now='.length);
    else if (a === '--dry-run') dryRun = true;
    else if (a === '-h' || a === '--help') {
      console.log(usage);
      return 0;
    } else {
      console.error(`unknown argument ${a}\n${usage}`);
      return 2;
    }
  }
  if (today !== undefined && !IsoDate.safeParse(today).success) {
    console.error(`--now "${today}" is not a date YYYY-MM-DD\n${usage}`);
    return 2;
  }
  loadDotEnv();
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`配置错误 (config error): ${e.message}`);
      return 2;
    }
    throw e;
  }
  if (!dryRun && !config.slack.botToken) {
    console.error('SLACK_BOT_TOKEN is not set: set it (xoxb-…) to send nudges, or use --dry-run to only list them.');
    return 2;
  }
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const store = await openStore({ dataDir: config.dataDir, log: (m) => console.error(m) });
  try {
    const base = { store, now: () => new Date(), tz: config.nudge.tz };
    const input = today ? { today } : {};
    if (dryRun) {
      const nudges = await previewNudges(base, input);
      for (const n of nudges) console.log(JSON.stringify({ client: n.clientName, owner: n.owner, kind: n.kind, reason: n.reason, date: n.date, key: n.key }));
      console.error(`nudges (dry run): ${nudges.length} for ${new Set(nudges.map((n) => n.owner)).size} managers; nothing sent`);
      return 0;
    }
    const r = await sendNudges({ ...base, logger, sender: slackDigestSender(jobClient(config)) }, input);
    const v = r.vars;
    console.error(`nudges ${v.today}: ${v.sent} sent to ${v.managers} managers in ${v.messages} messages, ${v.failed} failed (retried next run)`);
    return Number(v.failed) > 0 ? 1 : 0;
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
