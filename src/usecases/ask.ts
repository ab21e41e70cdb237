/**
 * A direct message (or console line, or @mention): route by intent (core/intents), answer from the
 * core. Client data (classification or eligibility of a company's figures) is never answered in a channel.
 */
import { privateOnlyReply } from '../core/intents/answers.js';
import { respond } from '../core/intents/respond.js';
import { route } from '../core/intents/route.js';
import type { Reply } from '../core/reply.js';
import type { Actor, Deps } from './deps.js';
import { visitUseCase } from './visit.js';

export interface AskRequest {
  text: string;
  actor: Actor;
}

export async function askUseCase(_deps: Deps, { text, actor }: AskRequest): Promise<Reply> {
  const intent = route(text);
  if (intent.kind === 'visit') return visitUseCase(_deps, { text: intent.text, actor });
  if ((intent.kind === 'classify' || intent.kind === 'eligibility') && actor.surface === 'channel') return privateOnlyReply();
  return respond(intent);
}
