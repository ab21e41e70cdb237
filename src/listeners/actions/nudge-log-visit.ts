/** 记录拜访 on a nudge: open the visit report (4.2), pre-filled with the client and today; saving marks the item handled. */
import { visitModal } from '../../blocks/visit-modal.js';
import { addDays } from '../../core/dates.js';
import { visitTable } from '../../core/visits/table.js';
import { actorFor, type Deps } from '../../usecases/deps.js';
import { visitFormUseCase } from '../../usecases/nudge-actions.js';
import { NudgeKey, showOutcome, type ButtonArgs } from '../shared/nudge-outcome.js';

export const nudgeLogVisit = (deps: Deps) => async (args: ButtonArgs) => {
  const { ack, action, body, client } = args;
  await ack();
  const key = NudgeKey.parse(action.value);
  const r = await visitFormUseCase(deps, { key, actor: actorFor(deps, body.user.id, 'dm') });
  if (r.key !== 'nudge.visit_form') return showOutcome(args, deps, key, r, []);
  const today = String(r.vars.today);
  const clientName = String(r.vars.clientName);
  const payload = { clientId: String(r.vars.clientId), clientName, fields: { 拜访对象: clientName }, visitDate: today, nextFollowUp: addDays(today, visitTable.followUpDays.value) };
  const link = { key, ...(body.channel?.id ? { channel: body.channel.id } : {}), ...(body.message?.ts ? { ts: body.message.ts } : {}) };
  await client.views.open({ trigger_id: body.trigger_id, view: visitModal(payload, link) });
};
