/**
 * The slash commands, one table for every front end: Bolt listeners and the console both
 * look a command up here, so there is one implementation of each.
 */
import type { Reply } from '../core/reply.js';
import { classifyUseCase } from './classify.js';
import { clientUseCase } from './client.js';
import type { Actor, Deps } from './deps.js';
import { quoteUseCase } from './quote.js';
import { visitUseCase } from './visit.js';

export type CommandUseCase = (deps: Deps, req: { text: string; actor: Actor }) => Promise<Reply>;

export const slashCommands: Record<string, CommandUseCase> = {
  '/quote': quoteUseCase,
  '/classify': classifyUseCase,
  '/client': clientUseCase,
  '/visit': visitUseCase,
};
