/** 记录拜访 on a nudge: open the visit form (saved by views/nudge-visit-submit.ts). */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { visitModal } from '../../blocks/nudge-blocks.js';
import { actorFor, type Deps } from '../../usecases/deps.js';
import { visitFormUseCase } from '../../usecases/nudge-actions.js';
import { NudgeKey, showOutcome } from './nudge-respond.js';

export const nudgeLogVisit =
  (deps: Deps) =>
  async ({ ack, action, body, respond, client }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs) => {
    await ack();
    const key = NudgeKey.parse(action.value);
    const r = await visitFormUseCase(deps, { key, actor: actorFor(deps, body.user.id, 'dm') });
    if (r.key !== 'nudge.visit_form') return showOutcome(body, respond, key, r, []);
    const place = { ...(body.channel?.id ? { channel: body.channel.id } : {}), ...(body.message?.ts ? { ts: body.message.ts } : {}) };
    await client.views.open({ trigger_id: body.trigger_id, view: visitModal({ key, clientName: String(r.vars.clientName), today: String(r.vars.today), ...place }) });
  };
