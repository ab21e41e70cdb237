/**
 * A reply, phrased by the model when one is configured: the domain result the edges render
 * (src/blocks/reply-blocks.ts messageOf). Runs after the ack. The guard in phraseReply keeps the
 * core's wording unless every figure survived. Confidential replies (client data) and fixed texts
 * (usage, help) are never sent to the model. Builds no Block Kit.
 */
import { isComputedQuote } from '../core/quote-followup.js';
import type { Reply } from '../core/reply.js';
import type { Deps } from './deps.js';
import { phraseReply } from './phrase.js';

/** Answers worth rewording (computed quotes, product figures, needs, handbook passages), not fixed texts or questions. */
const PHRASED_ANSWERS = /^(product\.|needs\.|handbook\.answer$)/;

export function shouldPhrase(r: Reply): boolean {
  return !r.confidential && (isComputedQuote(r) || PHRASED_ANSWERS.test(r.key));
}

/** The reply and, when the model reworded it and the guard let it through, the reworded text (Slack-escaped). */
export interface Phrased {
  reply: Reply;
  text: string | null;
}

export async function present(deps: Deps, r: Reply): Promise<Phrased> {
  if (!deps.phraser || !shouldPhrase(r)) return { reply: r, text: null };
  const phrased = await phraseReply(deps.phraser, r, deps.logger, { deadlineMs: (deps.llmDeadlineMs ?? 4000) + 500 });
  return { reply: r, text: phrased.phrased ? phrased.text : null };
}
