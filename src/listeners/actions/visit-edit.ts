/** 编辑并保存 on a visit draft: open the report modal pre-filled with the draft. */
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { visitModal } from '../../blocks/visit-modal.js';
import { decodePayload } from '../../core/visits/payload.js';
import type { Deps } from '../../usecases/deps.js';

export const visitEdit =
  (_deps: Deps) =>
  async ({ ack, action, body, client, respond }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs) => {
    await ack();
    const payload = decodePayload(action.value ?? '');
    if (!payload) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: '这份草稿无法打开，请重新发送拜访笔记。' });
      return;
    }
    await client.views.open({ trigger_id: body.trigger_id, view: visitModal(payload) });
  };
