/**
 * Sends the day's re-marketing nudges: compute → claim in the store → ONE digest DM per
 * manager per run (the most urgent items by kind, then "还有N条 → App Home"; never a flood of
 * messages) → mark what failed (all of that manager's items, retried at the next run). Reached from the cron job (src/jobs/nudges.ts) and the CLI
 * (scripts/nudges.ts).
 *
 * Exactly once (docs/nudges.md): the keys are claimed ('sent') inside one atomic, cross-process
 * locked `store.update` before anything is sent, so re-runs, restarts, two instances or a CLI
 * beside the app never send one reminder twice. A send that fails is marked 'failed' and tried
 * again at the next run. A crash after the claim and before the send loses those reminders
 * (at most once, never twice) — a deliberate trade: a duplicate DM to a manager is worse than
 * a lost one, and a dormant client is nudged again 7 days later anyway.
 *
 * Rate limits: messages go one at a time, at most one per `paceMs` (1 s) per channel
 * (chat.postMessage's limit; one message per channel per run now, so the pace only matters
 * for two runs close together); a 429 is waited out by the WebClient (Retry-After).
 */
import type { SlackMessage } from '../blocks/reply-blocks.js';
import { digestMessage } from '../blocks/nudge-blocks.js';
import { claimNudges, localDate, markFailed, pendingNudges, type Nudge, type NudgeSettings } from '../core/nudges/index.js';
import { reply, type Reply } from '../core/reply.js';
import type { AppLogger } from '../logger.js';
import type { WholeArchiveStore } from '../ports/store.js';

/** What sending needs from Slack: the Web API behind conversations.open and chat.postMessage. */
export interface DigestSender {
  /** The DM channel with a user (conversations.open users=userId). */
  openDm(userId: string): Promise<string>;
  post(channel: string, message: SlackMessage): Promise<void>;
}

export interface SendNudgesDeps {
  store: WholeArchiveStore;
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

const codeOf = (e: unknown): string => String((e as { code?: unknown; data?: { error?: unknown } })?.data?.error ?? (e as { code?: unknown })?.code ?? 'INTERNAL');

/** The nudges a run at `at` would send, without claiming or sending anything (--dry-run). */
export async function previewNudges(deps: Pick<SendNudgesDeps, 'store' | 'now' | 'tz' | 'settings'>, input: SendNudgesInput = {}): Promise<Nudge[]> {
  const today = input.today ?? localDate(deps.now(), deps.tz);
  return pendingNudges({ archive: await deps.store.read(), today, tz: deps.tz, ...(deps.settings ? { settings: deps.settings } : {}) });
}

/** One run: claim, send a digest per manager, release what failed. Reply key `nudges.run`. */
export async function sendNudges(deps: SendNudgesDeps, input: SendNudgesInput = {}): Promise<Reply> {
  const today = input.today ?? localDate(deps.now(), deps.tz);
  const stamp = deps.now().toISOString();
  const claimed = await deps.store.update((draft) =>
    claimNudges(draft, { today, tz: deps.tz, at: stamp, ...(deps.settings ? { settings: deps.settings } : {}) }),
  );
  const byOwner = new Map<string, Nudge[]>();
  for (const n of claimed) byOwner.set(n.owner, [...(byOwner.get(n.owner) ?? []), n]);

  const pace = deps.paceMs ?? 1000;
  const sleep = deps.sleep ?? defaultSleep;
  const lastPost = new Map<string, number>();
  const failed: string[] = [];
  let messages = 0;
  let managers = 0;
  for (const [owner, nudges] of byOwner) {
    let channel: string;
    try {
      channel = await deps.sender.openDm(owner);
    } catch (e) {
      deps.logger.event('warn', 'nudge digest: cannot open DM', { owner, code: codeOf(e), nudges: nudges.length });
      failed.push(...nudges.map((n) => n.key));
      continue;
    }
    const wait = (lastPost.get(channel) ?? -Infinity) + pace - Date.now();
    if (wait > 0) await sleep(wait);
    try {
      await deps.sender.post(channel, digestMessage(nudges, today));
      messages += 1;
      managers += 1;
    } catch (e) {
      deps.logger.event('warn', 'nudge digest: post failed', { owner, code: codeOf(e), nudges: nudges.length });
      failed.push(...nudges.map((n) => n.key));
    } finally {
      lastPost.set(channel, Date.now());
    }
  }
  if (failed.length > 0) await deps.store.update((draft) => markFailed(draft, failed, deps.now().toISOString()));
  const sent = claimed.length - failed.length;
  deps.logger.event('info', 'nudges run', { today, claimed: claimed.length, sent, failed: failed.length, managers, messages });
  return reply('nudges.run', {
    title: `客户提醒：${today} 发出${sent}条${failed.length ? `，失败${failed.length}条（下次运行重试）` : ''}`,
    vars: { today, claimed: claimed.length, sent, failed: failed.length, managers, messages },
  });
}
