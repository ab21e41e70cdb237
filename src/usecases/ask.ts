/** A direct message (or console line, or @mention): route by intent, answer from the core. */
import type { Reply } from '../core/reply.js';
import { helpReply } from '../core/usage.js';
import type { Actor, Deps } from './deps.js';

export interface AskRequest {
  text: string;
  actor: Actor;
}

export async function askUseCase(_deps: Deps, { text }: AskRequest): Promise<Reply> {
  void text;
  return helpReply();
}
