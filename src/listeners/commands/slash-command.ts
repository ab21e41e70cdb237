/**
 * One thin listener for every slash command: ack at once, parse the payload with zod,
 * call the command's use case, respond ephemerally with Block Kit (plain-text fallback).
 */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { replyBlocks } from '../../blocks/reply-blocks.js';
import type { CommandUseCase } from '../../usecases/commands.js';
import { actorFor, type Deps } from '../../usecases/deps.js';

export const CommandPayload = z.object({
  command: z.string(),
  text: z.string().max(4000).default(''),
  user_id: z.string().min(1),
  channel_id: z.string().optional(),
  trigger_id: z.string().optional(),
});

export const slashCommand =
  (deps: Deps, useCase: CommandUseCase) =>
  async ({ command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    const payload = CommandPayload.parse(command);
    const result = await useCase(deps, { text: payload.text, actor: actorFor(deps, payload.user_id, 'ephemeral') });
    await respond({ response_type: 'ephemeral', ...replyBlocks(result) });
  };
