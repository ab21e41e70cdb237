/** What every use case may use. Built once in app.ts; tests build their own. */
import { localDate } from '../core/dates.js';
import { AppError } from '../core/errors.js';
import type { AppLogger } from '../logger.js';
import type { Phraser } from '../ports/phraser.js';
import type { FollowUpStore } from '../ports/follow-ups.js';
import type { ArchiveStore } from '../ports/store.js';
import type { OwnerSummaryCache } from './owner-summary.js';

export interface Actor {
  userId: string;
  isAdmin: boolean;
  /** Where the reply will be seen: a DM/console/ephemeral reply is private, a channel message is not. */
  surface: 'dm' | 'ephemeral' | 'channel' | 'console';
}

export interface Deps {
  now: () => Date;
  logger: AppLogger;
  adminUserIds: readonly string[];
  /** The client archive. Optional so pure-answer paths (quotes, handbook) run without one. */
  store?: ArchiveStore;
  /** IANA zone in which “today” is judged (NUDGE_TZ, default Asia/Shanghai in the config). */
  tz: string;
  /** The optional LLM (rewording, visit drafts). Absent or NullPhraser → deterministic wording. */
  phraser?: Phraser;
  /** LLM_DEADLINE_MS. */
  llmDeadlineMs?: number;
  /** Per-user pending quote/classification between DMs. Absent → no DM follow-ups. */
  followUps?: FollowUpStore;
  /** Each owner's Home figures and nudges, computed once per day and store revision. Absent → computed on every Home open. */
  ownerSummaries?: OwnerSummaryCache;
}

/** Today (YYYY-MM-DD) in the company's zone. */
export function todayOf(deps: Pick<Deps, 'now' | 'tz'>): string {
  return localDate(deps.now(), deps.tz);
}

export function actorFor(deps: Deps, userId: string, surface: Actor['surface']): Actor {
  return { userId, isAdmin: deps.adminUserIds.includes(userId), surface };
}

/** The store, or a coded error when this front end was started without one. */
export function storeOf(deps: Deps): ArchiveStore {
  if (!deps.store) throw new AppError('INTERNAL', 'no archive store configured');
  return deps.store;
}
