/**
 * The missing-fields modal was submitted: complete the text, quote again, reply where /quote was
 * typed (its response_url; in the DM if that has expired or is not Slack's). If anything fails,
 * the typed text comes back in a DM with the reason (#13.2).
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { sanitizeText } from '../../core/text/sanitize.js';
import { completeQuoteText, fieldSpecs, type AskedField } from '../../core/quote-followup.js';
import { actorFor, type Deps } from '../../usecases/deps.js';
import { messageOf } from '../../blocks/reply-blocks.js';
import { present } from '../../usecases/present.js';
import { quoteUseCase } from '../../usecases/quote.js';
import { replyAfterModal } from '../shared/slack-respond.js';
import { keepTypedText } from './keep-typed-text.js';

const Metadata = z.object({ text: z.string(), responseUrl: z.string().url().optional(), channelId: z.string().optional() });

export const quoteMissingSubmit =
  (deps: Deps) =>
  async ({ ack, view, body, client }: SlackViewMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    const values = view.state.values;
    const read = (block: string): string | undefined => {
      const v = values[block]?.value;
      const typed = v?.selected_option?.value ?? v?.value ?? undefined;
      return typed === undefined || typed === null ? undefined : sanitizeText(typed);
    };
    const answers: Partial<Record<AskedField, string>> = {};
    for (const f of Object.keys(fieldSpecs) as AskedField[]) {
      const v = read(f);
      if (v) answers[f] = v;
    }
    const typed = [{ label: '已输入', value: read('text') ?? '' }, ...Object.entries(answers).map(([f, v]) => ({ label: fieldSpecs[f as AskedField].label, value: v }))];
    await keepTypedText(deps, client, body.user.id, '报价', typed, async () => {
      const meta = Metadata.parse(JSON.parse(view.private_metadata || '{}'));
      const text = completeQuoteText(read('text') ?? meta.text, answers);
      const result = await quoteUseCase(deps, { text, actor: actorFor(deps, body.user.id, 'ephemeral') });
      await replyAfterModal(client, deps.logger, body.user.id, meta.responseUrl, messageOf(await present(deps, result)));
    });
  };
