/**
 * A direct message (or console line, or @mention): route by intent (core/intents), answer from the
 * core. Client data (classification of a company's figures) is never answered in a channel.
 */
import { classify } from '../core/classify/index.js';
import { focusedFacts, greetingReply, privateOnlyReply } from '../core/intents/answers.js';
import { route } from '../core/intents/route.js';
import { needsReply } from '../core/needs/index.js';
import { quote } from '../core/quote/index.js';
import type { Reply } from '../core/reply.js';
import { answerQuestion } from '../core/retrieval/index.js';
import { helpReply } from '../core/usage.js';
import type { Actor, Deps } from './deps.js';
import { visitUseCase } from './visit.js';

export interface AskRequest {
  text: string;
  actor: Actor;
}

export async function askUseCase(_deps: Deps, { text, actor }: AskRequest): Promise<Reply> {
  const intent = route(text);
  switch (intent.kind) {
    case 'help':
      return helpReply();
    case 'greeting':
      return greetingReply();
    case 'classify':
      return actor.surface === 'channel' ? privateOnlyReply() : classify(intent.input);
    case 'quote':
      return quote(intent.input);
    case 'product_facts':
      return focusedFacts(intent.product, intent.input);
    case 'needs':
      return needsReply(intent.matches);
    case 'visit':
      return visitUseCase(_deps, { text: intent.text, actor });
    case 'handbook':
      return answerQuestion(intent.text);
  }
}
