/** 不再提醒 on a nudge: dismiss this occurrence, show it as handled. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { actorFor, type Deps } from '../../usecases/deps.js';
import { dismissNudgeUseCase } from '../../usecases/nudge-actions.js';
import { publishHome } from '../events/app-home-opened.js';
import { NudgeKey, showOutcome } from './nudge-respond.js';

export const nudgeDismiss =
  (deps: Deps) =>
  async ({ ack, action, body, respond, client }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs) => {
    await ack();
    const key = NudgeKey.parse(action.value);
    const r = await dismissNudgeUseCase(deps, { key, actor: actorFor(deps, body.user.id, 'dm') });
    await showOutcome(body, respond, key, r, ['nudge.dismissed'], () => publishHome(client, deps, body.user.id));
  };
