/**
 * A direct message (or console line, or @mention): route by intent (core/intents), answer from the
 * core. Client data (classification or eligibility of a company's figures) is never answered in a channel.
 */
import { classify } from '../core/classify/index.js';
import { privateOnlyReply } from '../core/intents/answers.js';
import { withCuedProduct } from '../core/intents/product-cues.js';
import { respond } from '../core/intents/respond.js';
import { route } from '../core/intents/route.js';
import { parseInput } from '../core/parse/index.js';
import { followUpText, FOLLOW_UP_TTL_MS, isAnswer, pendingFor, type FollowUpKind } from '../core/quote-followup.js';
import { quote } from '../core/quote/index.js';
import type { Reply } from '../core/reply.js';
import type { Actor, Deps } from './deps.js';
import { visitUseCase } from './visit.js';

export interface AskRequest {
  text: string;
  actor: Actor;
}

/** A quote or classification from text (a DM, or a DM completed by the next one). */
function decide(kind: FollowUpKind, text: string, input = parseInput(text)): Reply {
  return kind === 'quote' ? quote(withCuedProduct(input, text)) : classify(input);
}

/**
 * Remembers a DM quote/classification that asks for a figure, so the next DM from the same person
 * completes it (core/quote-followup.ts: 10 minutes, any other request drops it). Not in a channel.
 */
async function remember(deps: Deps, actor: Actor, kind: FollowUpKind, text: string, r: Reply): Promise<Reply> {
  if (!deps.followUps || actor.surface === 'channel') return r;
  const pending = pendingFor(kind, text, r, deps.now());
  if (!pending) return r;
  try {
    await deps.followUps.put(actor.userId, pending);
  } catch (e) {
    // Not remembered: the answer still goes out, without the promise to complete it.
    deps.logger.event('warn', 'follow-up not remembered', { code: (e as { code?: string }).code ?? 'INTERNAL' });
    return r;
  }
  return { ...r, body: [...r.body, `直接回复要补充的内容即可（${FOLLOW_UP_TTL_MS / 60000}分钟内有效；发其他问题则放弃这次${kind === 'quote' ? '报价' : '分类'}）。`] };
}

export async function askUseCase(deps: Deps, { text, actor }: AskRequest): Promise<Reply> {
  const pending = actor.surface === 'channel' ? undefined : await takePending(deps, actor);
  if (pending && isAnswer(pending, text, deps.now())) {
    const full = followUpText(pending, text);
    return remember(deps, actor, pending.kind, full, decide(pending.kind, full));
  }
  return answer(deps, text, actor);
}

/** The user's pending request; a store failure counts as none (the message is answered on its own). */
async function takePending(deps: Deps, actor: Actor) {
  try {
    return await deps.followUps?.take(actor.userId);
  } catch (e) {
    deps.logger.event('warn', 'follow-up unavailable', { code: (e as { code?: string }).code ?? 'INTERNAL' });
    return undefined;
  }
}

async function answer(deps: Deps, text: string, actor: Actor): Promise<Reply> {
  const intent = route(text);
  if (intent.kind === 'visit') return visitUseCase(deps, { text: intent.text, actor });
  if ((intent.kind === 'classify' || intent.kind === 'eligibility') && actor.surface === 'channel') return privateOnlyReply();
  const reply = respond(intent);
  return intent.kind === 'classify' || intent.kind === 'quote' ? remember(deps, actor, intent.kind, text, reply) : reply;
}
