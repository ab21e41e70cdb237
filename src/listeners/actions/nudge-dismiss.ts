/** 不再提醒 on a nudge: dismiss this occurrence, show it as handled. */
import { actorFor, type Deps } from '../../usecases/deps.js';
import { dismissNudgeUseCase } from '../../usecases/nudge-actions.js';
import { NudgeKey, showOutcome, type ButtonArgs } from '../shared/nudge-outcome.js';

export const nudgeDismiss = (deps: Deps) => async (args: ButtonArgs) => {
  await args.ack();
  const key = NudgeKey.parse(args.action.value);
  const r = await dismissNudgeUseCase(deps, { key, actor: actorFor(deps, args.body.user.id, 'dm') });
  await showOutcome(args, deps, key, r, ['nudge.dismissed']);
};
