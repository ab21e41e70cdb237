/**
 * npm run nudges -- [--now YYYY-MM-DD] [--dry-run]
 * Computes the re-marketing nudges as of that date (default: today in NUDGE_TZ) from the
 * archive under DATA_DIR. --dry-run prints one JSON line per nudge ({client, owner, kind,
 * reason, date, key}) and changes nothing; otherwise the digests are sent through Slack
 * (SLACK_BOT_TOKEN, SLACK_API_URL) and recorded, exactly once even beside the running app.
 * The summary goes to stderr. Exit 0 ok, 1 failure, 2 usage or configuration.
 */
import { IsoDate } from '../src/core/archive/model.js';
import { jobClient, slackDigestSender } from '../src/jobs/slack-sender.js';
import { createLogger } from '../src/logger.js';
import { previewNudges, sendNudges } from '../src/usecases/send-nudges.js';
import { args, cliConfig, runCli, UsageError, withStore } from './cli.js';

const usage = 'usage: npm run nudges -- [--now YYYY-MM-DD] [--dry-run]';

runCli(async (argv) => {
  const a = args(argv, { now: { type: 'string' }, 'dry-run': { type: 'boolean' } }, usage);
  if (!a) return 0;
  if (a.positionals.length) throw new UsageError(`unknown argument ${a.positionals[0]}\n${usage}`);
  const today = a.values.now;
  if (today !== undefined && !IsoDate.safeParse(today).success) throw new UsageError(`--now "${today}" is not a date YYYY-MM-DD\n${usage}`);
  const dryRun = a.values['dry-run'] === true;
  const config = cliConfig();
  if (!dryRun && !config.slack.botToken) throw new UsageError('SLACK_BOT_TOKEN is not set: set it (xoxb-…) to send nudges, or use --dry-run to only list them.');
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  return withStore(config, async (store) => {
    const base = { store, now: () => new Date(), tz: config.nudge.tz };
    const input = today ? { today } : {};
    if (dryRun) {
      const nudges = await previewNudges(base, input);
      for (const n of nudges) console.log(JSON.stringify({ client: n.clientName, owner: n.owner, kind: n.kind, reason: n.reason, date: n.date, key: n.key }));
      console.error(`nudges (dry run): ${nudges.length} for ${new Set(nudges.map((n) => n.owner)).size} managers; nothing sent`);
      return 0;
    }
    const r = await sendNudges({ ...base, logger, sender: slackDigestSender(jobClient(config, logger)) }, input);
    const v = r.vars;
    console.error(`nudges ${v.today}: ${v.sent} sent to ${v.managers} managers in ${v.messages} messages, ${v.failed} failed (retried next run)`);
    return Number(v.failed) > 0 ? 1 : 0;
  });
});
