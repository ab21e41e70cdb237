/**
 * The App Home's modals. 添加客户 → the same use case as `/client add`, result in the DM, Home
 * refreshed. 写拜访报告 → the notes become a draft (from the notes alone: the modal must answer
 * within Slack's 3 seconds) shown in place as the 4.2 visit-report modal, to edit and save.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import { replyBlocks } from '../../blocks/reply-blocks.js';
import { visitModal } from '../../blocks/visit-modal.js';
import { decodePayload } from '../../core/visits/payload.js';
import { addClientUseCase } from '../../usecases/client.js';
import { actorFor, type Deps } from '../../usecases/deps.js';
import { VISIT_EDIT_ACTION, visitUseCase } from '../../usecases/visit.js';
import { refreshHome } from '../shared/home.js';
import { keepTypedText } from './keep-typed-text.js';

type Args = SlackViewMiddlewareArgs & AllMiddlewareArgs;

const text = (values: Args['view']['state']['values'], block: string): string => values[block]?.value?.value?.trim() ?? '';

export const homeAddClientSubmit =
  (deps: Deps) =>
  async ({ ack, view, body, client }: Args) => {
    const name = text(view.state.values, 'name');
    if (!name) {
      await ack({ response_action: 'errors', errors: { name: '请填写客户名称' } });
      return;
    }
    await ack();
    const figures = text(view.state.values, 'figures');
    const typed = [
      { label: '客户名称', value: name },
      { label: '财务数字', value: figures },
    ];
    await keepTypedText(deps, client, body.user.id, '添加客户', typed, async () => {
      const r = await addClientUseCase(deps, actorFor(deps, body.user.id, 'dm'), name, figures);
      await client.chat.postMessage({ channel: body.user.id, ...replyBlocks(r) });
      await refreshHome(client, deps, body.user.id);
    });
  };

export const homeVisitNotesSubmit =
  (deps: Deps) =>
  async ({ ack, view, body }: Args) => {
    const values = view.state.values;
    const clientRef = values.client?.value?.selected_option?.value ?? text(values, 'clientName');
    const notes = text(values, 'notes');
    const { phraser: _model, ...withoutModel } = deps;
    const r = await visitUseCase(withoutModel, { text: `“${clientRef}” ${notes}`, actor: actorFor(deps, body.user.id, 'dm') });
    const payload = decodePayload(r.actions?.find((a) => a.id === VISIT_EDIT_ACTION)?.value ?? '');
    if (!payload) {
      const where = values.client ? 'client' : 'clientName';
      await ack({ response_action: 'errors', errors: { [r.key === 'usage.visit' ? 'notes' : where]: r.title } });
      return;
    }
    await ack({ response_action: 'update', view: visitModal(payload) });
  };
