/**
 * Sends the day's re-marketing nudges: compute → claim in the store → ONE digest DM per
 * manager per run (the digest port renders it: the most urgent items by kind, then "还有N条 → App
 * Home"; never a flood of messages) → mark what failed (all of that manager's items, retried at the
 * next run). Reached from the cron job (src/jobs/nudges.ts) and the CLI (scripts/nudges.ts).
 * The run pages by owner: one owner's records at a time (store.nudgeInputs), never the whole archive.
 *
 * Exactly once (docs/nudges.md): each owner's keys are claimed ('sent') by one atomic store
 * operation (store.claimNudges: a key is claimed once, whoever asks) before anything is sent, so
 * re-runs, restarts, any number of instances or a CLI beside the app never send one reminder twice.
 * The run is recorded (`run:<date>`, for the catch-up at start) once every owner was done. A send that fails is marked 'failed' and tried
 * again at the next run. A crash after the claim and before the send loses those reminders
 * (at most once, never twice) — a deliberate trade: a duplicate DM to a manager is worse than
 * a lost one, and a dormant client is nudged again 7 days later anyway.
 *
 * Rate limits: messages go one at a time, at most one per `paceMs` (1 s) per channel
 * (chat.postMessage's limit; one message per channel per run now, so the pace only matters
 * for two runs close together); a 429 is waited out by the WebClient (Retry-After).
 */
import { localDate, logKeepFrom, pendingNudges, type Nudge, type NudgeSettings } from '../core/nudges/index.js';
import { reply, type Reply } from '../core/reply.js';
import type { AppLogger } from '../logger.js';
import type { DigestSender } from '../ports/digest.js';
import type { ArchiveStore } from '../ports/store.js';
import { asCodedError } from '../core/errors.js';

export interface SendNudgesDeps {
  store: ArchiveStore;
  now: () => Date;
  logger: AppLogger;
  /** NUDGE_TZ: the zone “today” is judged in. */
  tz: string;
  sender: DigestSender;
  settings?: NudgeSettings;
  /** Minimum gap between two messages to one channel. Default 1000 ms. */
  paceMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface SendNudgesInput {
  /** Compute as of this date, `YYYY-MM-DD` (the CLI's --now); default today in deps.tz. */
  today?: string;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const codeOf = (e: unknown): string => {
  const slack = (e as { data?: { error?: unknown } } | null | undefined)?.data?.error;
  return typeof slack === 'string' ? slack : asCodedError(e).code;
};

type Deps = Pick<SendNudgesDeps, 'store' | 'tz' | 'settings'>;

/** One owner's nudges due on `today` that the log does not hold back. */
async function pendingOf(deps: Deps, owner: string, today: string): Promise<Nudge[]> {
  const r = await deps.store.nudgeInputs(owner);
  const archive = { clients: r.clients, contacts: r.contacts, visits: r.visits, nudges: r.log };
  return pendingNudges({ archive, today, tz: deps.tz, ...(deps.settings ? { settings: deps.settings } : {}) });
}

/** The nudges a run at `at` would send, owner by owner, without claiming or sending anything (--dry-run). */
export async function previewNudges(deps: Deps & Pick<SendNudgesDeps, 'now'>, input: SendNudgesInput = {}): Promise<Nudge[]> {
  const today = input.today ?? localDate(deps.now(), deps.tz);
  const out: Nudge[] = [];
  for (const { owner } of await deps.store.owners()) out.push(...(await pendingOf(deps, owner, today)));
  return out;
}

/** One run: per owner, claim, send one digest, release what failed. Reply key `nudges.run`. */
export async function sendNudges(deps: SendNudgesDeps, input: SendNudgesInput = {}): Promise<Reply> {
  const today = input.today ?? localDate(deps.now(), deps.tz);
  await deps.store.pruneNudgeLog(logKeepFrom(today), today);
  const pace = deps.paceMs ?? 1000;
  const sleep = deps.sleep ?? defaultSleep;
  const lastPost = new Map<string, number>();
  let claimedCount = 0;
  let failedCount = 0;
  let messages = 0;
  let managers = 0;
  for (const { owner } of await deps.store.owners()) {
    const pending = await pendingOf(deps, owner, today);
    if (pending.length === 0) continue;
    const nudges = await deps.store.claimNudges(pending, today, deps.now().toISOString());
    if (nudges.length === 0) continue; // another run (instance, CLI) claimed them
    claimedCount += nudges.length;
    const failed = async (what: string, e: unknown): Promise<void> => {
      deps.logger.event('warn', what, { owner, code: codeOf(e), nudges: nudges.length });
      failedCount += nudges.length;
      await deps.store.markNudgesFailed(
        nudges.map((n) => n.key),
        deps.now().toISOString(),
      );
    };
    let channel: string;
    try {
      channel = await deps.sender.openDm(owner);
    } catch (e) {
      await failed('nudge digest: cannot open DM', e);
      continue;
    }
    const wait = (lastPost.get(channel) ?? -Infinity) + pace - Date.now();
    if (wait > 0) await sleep(wait);
    try {
      await deps.sender.post(channel, { owner, today, nudges });
      messages += 1;
      managers += 1;
    } catch (e) {
      await failed('nudge digest: post failed', e);
    } finally {
      lastPost.set(channel, Date.now());
    }
  }
  await deps.store.recordRun(today, deps.now().toISOString());
  const sent = claimedCount - failedCount;
  const vars = { today, claimed: claimedCount, sent, failed: failedCount, managers, messages };
  deps.logger.event('info', 'nudges run', vars);
  return reply('nudges.run', {
    title: `客户提醒：${today} 发出${sent}条${failedCount ? `，失败${failedCount}条（下次运行重试）` : ''}`,
    vars,
  });
}
