/**
 * One thin listener for every slash command: ack at once, parse the payload with zod,
 * call the command's use case, respond ephemerally with Block Kit (plain-text fallback).
 * A reply that asks for missing fields opens a pre-filled modal when Slack gave a trigger_id.
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { quoteModal } from '../../blocks/quote-modal.js';
import { fromSlack } from '../../slack/incoming-text.js';
import { askedFields } from '../../core/quote-followup.js';
import type { CommandUseCase } from '../../usecases/commands.js';
import { actorFor, type Deps } from '../../usecases/deps.js';
import { messageOf } from '../../blocks/reply-blocks.js';
import { present } from '../../usecases/present.js';
import { asCodedError } from '../../core/errors.js';

export const CommandPayload = z.object({
  command: z.string(),
  text: z
    .string()
    .max(4000)
    .default('')
    .transform((t) => fromSlack(t)),
  user_id: z.string().min(1),
  channel_id: z.string().optional(),
  trigger_id: z.string().optional(),
  response_url: z.string().optional(),
});

export const slashCommand =
  (deps: Deps, useCase: CommandUseCase) =>
  async ({ command, ack, respond, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    const payload = CommandPayload.parse(command);
    const result = await useCase(deps, { text: payload.text, actor: actorFor(deps, payload.user_id, 'ephemeral') });
    const asked = askedFields(result);
    if (asked.length > 0 && payload.trigger_id) {
      const view = quoteModal(result, asked, {
        text: payload.text,
        ...(payload.response_url ? { responseUrl: payload.response_url } : {}),
        ...(payload.channel_id ? { channelId: payload.channel_id } : {}),
      });
      try {
        await client.views.open({ trigger_id: payload.trigger_id, view });
        return;
      } catch (err) {
        // trigger_id expired or modal refused: fall back to asking in the reply.
        deps.logger.event('warn', 'views.open failed; asking in the reply', { code: asCodedError(err, 'SLACK_API_FAILED').code });
      }
    }
    await respond({ response_type: 'ephemeral', ...messageOf(await present(deps, result)) });
  };
