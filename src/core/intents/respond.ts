/**
 * The reply to a routed direct message, for every intent the core answers on its own (all but `visit`,
 * which needs the archive). Pure: the use case (usecases/ask.ts) and the evaluation (npm run eval) call
 * this one function, so the evaluation measures what a manager gets.
 */
import { classify } from '../classify/index.js';
import { needsReply } from '../needs/index.js';
import { quote } from '../quote/index.js';
import type { Reply } from '../reply.js';
import { answerQuestion } from '../retrieval/answer.js';
import { helpReply } from '../usage.js';
import { capsReply, classAnswer, focusedFacts, greetingReply } from './answers.js';
import { claimsIn, eligibilityReply } from './eligibility.js';
import { type Intent, route } from './route.js';

export function respond(intent: Exclude<Intent, { kind: 'visit' }>): Reply {
  switch (intent.kind) {
    case 'help':
      return helpReply();
    case 'greeting':
      return greetingReply(intent.tone);
    case 'classify': {
      const r = classify(intent.input, { claims: claimsIn(intent.text) });
      return intent.classOnly ? classAnswer(r) : r;
    }
    case 'eligibility':
      return eligibilityReply(intent.text, intent.input);
    case 'quote':
      return quote(intent.input);
    case 'product_facts':
      return focusedFacts(intent.product, intent.input, intent.text);
    case 'caps':
      return capsReply();
    case 'needs':
      return needsReply(intent.matches);
    case 'handbook':
      return answerQuestion(intent.text);
  }
}

/** A direct message's reply when it is not a visit command (null for a visit: it needs the archive). */
export function answerMessage(text: string): Reply | null {
  const intent = route(text);
  return intent.kind === 'visit' ? null : respond(intent);
}
