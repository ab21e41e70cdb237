/**
 * Reply → Slack message, phrased by the model when one is configured. Runs after the ack. The
 * guard in phraseReply keeps the core's wording unless every figure survived. Confidential replies
 * (client data) and fixed texts (usage, help) are never sent to the model.
 */
import { phrasedBlocks, replyBlocks, type SlackMessage } from '../blocks/reply-blocks.js';
import { isComputedQuote } from '../core/quote-followup.js';
import type { Reply } from '../core/reply.js';
import type { Deps } from './deps.js';
import { phraseReply } from './phrase.js';

/** Answers worth rewording (computed quotes, product figures, needs, handbook passages), not fixed texts or questions. */
const PHRASED_ANSWERS = /^(product\.|needs\.|handbook\.answer$)/;

export function shouldPhrase(r: Reply): boolean {
  return !r.confidential && (isComputedQuote(r) || PHRASED_ANSWERS.test(r.key));
}

export async function present(deps: Deps, r: Reply): Promise<SlackMessage> {
  if (!deps.phraser || !shouldPhrase(r)) return replyBlocks(r);
  const phrased = await phraseReply(deps.phraser, r, deps.logger, { deadlineMs: (deps.llmDeadlineMs ?? 4000) + 500 });
  return phrased.phrased ? phrasedBlocks(r, phrased.text) : replyBlocks(r);
}
