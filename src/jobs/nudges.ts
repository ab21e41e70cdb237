/**
 * The nudge job: node-cron at NUDGE_CRON in NUDGE_TZ (default 09:00 Mon–Fri, Asia/Shanghai),
 * calling the send-nudges use case. A run missed while the app was down is caught up once at
 * start: if a scheduled time earlier today (in NUDGE_TZ) has passed and the store has no run
 * recorded for today (`run:<date>`, written when a run finished), it runs once now.
 * Runs never overlap (noOverlap) and never throw into node-cron: failures are logged.
 */
import cron from 'node-cron';
import { localDate } from '../core/nudges/index.js';
import type { AppLogger } from '../logger.js';
import { sendNudges, type SendNudgesDeps } from '../usecases/send-nudges.js';

export interface NudgeJobOptions {
  cron: string;
  tz: string;
  deps: SendNudgesDeps;
  logger: AppLogger;
  /** Check for a missed run at start. Default true. */
  catchUp?: boolean;
}

/**
 * Whether `match` (a cron pattern in its zone) fired earlier today in `tz`, up to `now`.
 * Walks back minute by minute to local midnight (≤ 1440 checks), trying each listed second.
 */
export function firedEarlierToday(match: (d: Date) => boolean, seconds: readonly number[], now: Date, tz: string): boolean {
  const today = localDate(now, tz);
  const minute = Math.floor(now.getTime() / 60_000) * 60_000;
  for (let t = minute; localDate(new Date(t), tz) === today; t -= 60_000) {
    for (const s of seconds) {
      const at = t + s * 1000;
      if (at <= now.getTime() && match(new Date(at))) return true;
    }
  }
  return false;
}

/** Starts the schedule (and the catch-up); resolves nothing, returns stop(), which waits for a run in progress. */
export function startNudgeJob(o: NudgeJobOptions): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const run = (why: 'scheduled' | 'catch-up'): Promise<unknown> => {
    running = sendNudges(o.deps).then(
      (r) => o.logger.event('info', 'nudge job done', { why, ...r.vars }),
      (e: unknown) => o.logger.event('error', 'nudge job failed', { why, code: (e as { code?: string }).code ?? 'INTERNAL', message: (e as Error).message }),
    );
    return running;
  };
  const task = cron.schedule(o.cron, () => run('scheduled'), { timezone: o.tz, name: 'nudges', noOverlap: true });
  if (o.catchUp ?? true) {
    running = (async () => {
      const now = o.deps.now();
      if (!firedEarlierToday((d) => task.match(d), cron.parse(o.cron).second, now, o.tz)) return;
      if (await o.deps.store.hasRun(localDate(now, o.tz))) return;
      o.logger.event('info', 'nudge job: catching up a missed run', { today: localDate(now, o.tz) });
      await run('catch-up');
    })().catch((e: unknown) => o.logger.event('error', 'nudge catch-up failed', { code: (e as { code?: string }).code ?? 'INTERNAL' }));
  }
  return async () => {
    await task.destroy();
    await running;
  };
}
