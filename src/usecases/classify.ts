/** /classify and classification intents: text → parsed figures → 2.3 class, 2.5/1.1 checklists → Reply. */
import { classify } from '../core/classify/index.js';
import { claimsIn } from '../core/intents/eligibility.js';
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
  // The manager's stated facts (现金流为负, 贷款卡没年检) decide checks, as in a DM (one reading: intents/eligibility.ts).
  return classify(parseInput(text), { claims: claimsIn(text) });
}
