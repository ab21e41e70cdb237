/** The App Home's 添加客户 and 写拜访报告 buttons: open their modals. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { addClientModal, visitNotesModal } from '../../blocks/home-blocks.js';
import { actorFor, storeOf, type Deps } from '../../usecases/deps.js';

type Args = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

export const homeAddClient =
  () =>
  async ({ ack, body, client }: Args) => {
    await ack();
    await client.views.open({ trigger_id: body.trigger_id, view: addClientModal() });
  };

export const homeWriteVisit =
  (deps: Deps) =>
  async ({ ack, body, client }: Args) => {
    await ack();
    const actor = actorFor(deps, body.user.id, 'dm');
    const archive = await storeOf(deps).read();
    const mine = archive.clients.filter((c) => c.owner === actor.userId).map((c) => ({ id: c.id, name: c.name }));
    await client.views.open({ trigger_id: body.trigger_id, view: visitNotesModal(mine) });
  };
