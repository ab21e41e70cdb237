/** 稍后提醒 on a nudge: snooze it 7 days, show it as handled. */
import { actorFor, type Deps } from '../../usecases/deps.js';
import { snoozeNudgeUseCase } from '../../usecases/nudge-actions.js';
import { NudgeKey, showOutcome, type ButtonArgs } from '../shared/nudge-outcome.js';

export const nudgeSnooze = (deps: Deps) => async (args: ButtonArgs) => {
  await args.ack();
  const key = NudgeKey.parse(args.action.value);
  const r = await snoozeNudgeUseCase(deps, { key, actor: actorFor(deps, args.body.user.id, 'dm') });
  await showOutcome(args, deps, key, r, ['nudge.snoozed']);
};
