/** The App Home's 添加客户 and 写拜访报告 buttons: open their modals. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { addClientModal, visitNotesModal } from '../../blocks/home-blocks.js';
import { actorFor, storeOf, type Deps } from '../../usecases/deps.js';
import { allPages } from '../../usecases/pages.js';

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
    // The user's own book (admins too: the Home's buttons act on one's own clients).
    const own = { userId: actor.userId, isAdmin: false };
    const mine = (await allPages((page) => storeOf(deps).clientSummaries(own, page))).map((c) => ({ id: c.id, name: c.name }));
    await client.views.open({ trigger_id: body.trigger_id, view: visitNotesModal(mine) });
  };
