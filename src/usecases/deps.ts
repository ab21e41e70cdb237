/** What every use case may use. Built once in app.ts; tests build their own. */
import type { AppLogger } from '../logger.js';

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
}

export function actorFor(deps: Deps, userId: string, surface: Actor['surface']): Actor {
  return { userId, isAdmin: deps.adminUserIds.includes(userId), surface };
}
