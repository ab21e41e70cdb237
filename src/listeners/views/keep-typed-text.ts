/**
 * A view submission is acked before its work (Slack closes the modal within 3 s, and saving may
 * wait on the store lock). If the work fails — STORE_LOCKED, any error, or a use case that
 * declines to save — the typed text must not vanish with the modal (issue #13.2): the user gets
 * a DM with the reason and everything they typed. A view submission has no response_url, so
 * app.error could not tell them anything.
 */
import type { webApi } from '@slack/bolt';
import { unsavedMessage, type TypedField } from '../../blocks/unsaved-blocks.js';
import { asCodedError, userMessageOf } from '../../core/errors.js';
import type { Deps } from '../../usecases/deps.js';

/** What the work says when it did not save: the reason shown to the user. */
export interface NotSaved {
  unsaved: string;
}

export async function keepTypedText(deps: Deps, client: webApi.WebClient, userId: string, what: string, typed: readonly TypedField[], work: () => Promise<NotSaved | void>): Promise<void> {
  let reason: string;
  try {
    const r = await work();
    if (!r) return;
    reason = r.unsaved;
  } catch (err) {
    deps.logger.event('error', 'modal submission failed; typed text sent back to the user', {
      code: asCodedError(err).code,
      what,
      fields: typed.filter((f) => f.value.trim()).length,
    });
    reason = userMessageOf(err);
  }
  await client.chat.postMessage({ channel: userId, ...unsavedMessage(what, reason, typed) });
}
