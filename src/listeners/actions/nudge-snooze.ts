/** 稍后提醒 on a nudge: snooze it 7 days, show it as handled. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { actorFor, type Deps } from '../../usecases/deps.js';
import { snoozeNudgeUseCase } from '../../usecases/nudge-actions.js';
import { publishHome } from '../events/app-home-opened.js';
import { NudgeKey, showOutcome } from './nudge-respond.js';

export const nudgeSnooze =
  (deps: Deps) =>
  async ({ ack, action, body, respond, client }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs) => {
    await ack();
    const key = NudgeKey.parse(action.value);
    const r = await snoozeNudgeUseCase(deps, { key, actor: actorFor(deps, body.user.id, 'dm') });
    await showOutcome(body, respond, key, r, ['nudge.snoozed'], () => publishHome(client, deps, body.user.id));
  };
