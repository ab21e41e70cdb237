/** /classify and classification intents: text → parsed figures → 2.3 class, 2.5/1.1 checklists → Reply. */
import { classify } from '../core/classify/index.js';
import { parseInput } from '../core/parse/index.js';
import type { Reply } from '../core/reply.js';
import { usageReply } from '../core/usage.js';
import type { Actor, Deps } from './deps.js';

export interface ClassifyRequest {
  text: string;
  actor: Actor;
}

export async function classifyUseCase(_deps: Deps, { text }: ClassifyRequest): Promise<Reply> {
  if (text.trim() === '') return usageReply('/classify');
  return classify(parseInput(text));
}
