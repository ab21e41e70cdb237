/**
 * The use cases' dependencies for a running app: the clock, the logger, the admins, the archive,
 * the time zone, the DM follow-up state, the per-owner Home cache, and the phraser only when an API key is set (no key: deterministic wording, and
 * replies skip the phrasing step). Shared by src/app.ts and the bench's copy of the app.
 */
import { MemoryFollowUps } from './adapters/memory-follow-ups.js';
import { createPhraser } from './adapters/openai-phraser.js';
import { loadPrompts } from './adapters/prompts.js';
import type { Config } from './config.js';
import type { AppLogger } from './logger.js';
import type { FollowUpStore } from './ports/follow-ups.js';
import type { ArchiveStore } from './ports/store.js';
import type { Deps } from './usecases/deps.js';
import { OwnerSummaryCache } from './usecases/owner-summary.js';

/** `followUps`: the store's durable one (src/app.ts); default in memory (the bench, tests). */
export function appDeps(config: Config, logger: AppLogger, store: ArchiveStore, followUps: FollowUpStore = new MemoryFollowUps()): Deps {
  loadPrompts(); // every prompt is checked at start, model or not
  return {
    now: () => new Date(),
    logger,
    adminUserIds: config.adminUserIds,
    store,
    tz: config.nudge.tz,
    ...(config.openai.apiKey ? { phraser: createPhraser(config.openai) } : {}),
    llmDeadlineMs: config.openai.deadlineMs,
    followUps,
    ownerSummaries: new OwnerSummaryCache(),
  };
}
