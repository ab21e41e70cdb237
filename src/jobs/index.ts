/** Scheduled jobs, started by app.ts in Slack modes; returns one stop() for graceful shutdown. */
import type { Config } from '../config.js';
import type { AppLogger } from '../logger.js';
import type { ArchiveStore } from '../ports/store.js';
import { startNudgeJob } from './nudges.js';
import { jobClient, slackDigestSender } from './slack-sender.js';

export function startJobs(config: Config, deps: { store: ArchiveStore; now: () => Date; logger: AppLogger }): () => Promise<void> {
  if (config.nudge.cron === null) {
    deps.logger.event('info', 'nudge job off (NUDGE_CRON=off)');
    return async () => {};
  }
  const stopNudges = startNudgeJob({
    cron: config.nudge.cron,
    tz: config.nudge.tz,
    logger: deps.logger,
    deps: { store: deps.store, now: deps.now, logger: deps.logger, tz: config.nudge.tz, sender: slackDigestSender(jobClient(config, deps.logger)) },
  });
  return async () => {
    await stopNudges();
  };
}
