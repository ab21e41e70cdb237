/** /quote and quote intents: text → parsed input → handbook rule → Reply. */
import { parseInput } from '../core/parse/index.js';
import { quote } from '../core/quote/index.js';
import type { Reply } from '../core/reply.js';
import { usageReply } from '../core/usage.js';
import type { Actor, Deps } from './deps.js';

export interface QuoteRequest {
  text: string;
  actor: Actor;
}

export async function quoteUseCase(_deps: Deps, { text }: QuoteRequest): Promise<Reply> {
  if (text.trim() === '') return usageReply('/quote');
  const input = parseInput(text);
  return quote(input);
}
