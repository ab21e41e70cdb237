/** /quote and quote intents: text → parsed input → handbook rule → Reply. */
import { cutText } from '../core/text/graphemes.js';
import { withCuedProduct } from '../core/intents/product-cues.js';
import { parseInput } from '../core/parse/index.js';
import { correctProductTypos } from '../core/retrieval/product-typo.js';
import { isComputedQuote } from '../core/quote-followup.js';
import { quote } from '../core/quote/index.js';
import type { Reply } from '../core/reply.js';
import { usageReply } from '../core/usage.js';
import type { Actor, Deps } from './deps.js';

export interface QuoteRequest {
  text: string;
  actor: Actor;
}

export const SHARE_QUOTE_ACTION = 'share_quote';

export async function quoteUseCase(_deps: Deps, { text, actor }: QuoteRequest): Promise<Reply> {
  if (text.trim() === '') return usageReply('/quote');
  // 履约包函, 履越保函: a product name typed off is read as the product, as in a DM (core/intents/route.ts).
  const read = correctProductTypos(text);
  const result = quote(withCuedProduct(parseInput(read), read));
  // Only a private (ephemeral) quote offers sharing; the shared copy is recomputed from the text.
  if (actor.surface === 'ephemeral' && isComputedQuote(result)) {
    return { ...result, actions: [...(result.actions ?? []), { id: SHARE_QUOTE_ACTION, label: '发到频道', value: cutText(text, 2000) }] };
  }
  return result;
}

/**
 * The channel copy of a quote: recomputed from the command text, with title, figures and rule lines
 * only — no parser notes or leftover words, which may carry a client's name.
 */
export async function sharedQuote(deps: Deps, text: string, actor: Actor): Promise<Reply | null> {
  const result = await quoteUseCase(deps, { text, actor: { ...actor, surface: 'channel' } });
  if (!isComputedQuote(result)) return null;
  return { ...result, body: [], actions: [], context: [...result.context, '由客户经理通过 /quote 分享'] };
}
