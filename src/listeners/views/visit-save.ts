/** The visit-report modal was submitted: check the dates, save to the archive, confirm in the manager's DM. */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { replyBlocks } from '../../blocks/reply-blocks.js';
import { fieldBlockId } from '../../blocks/visit-modal.js';
import { REPORT_FIELDS } from '../../core/visits/table.js';
import { actorFor, type Deps } from '../../usecases/deps.js';
import { saveVisitUseCase } from '../../usecases/visit.js';

const Metadata = z.object({ clientId: z.string().min(1), clientName: z.string() });

export const visitSave =
  (deps: Deps) =>
  async ({ ack, view, body, client }: SlackViewMiddlewareArgs & AllMiddlewareArgs) => {
    const values = view.state.values;
    const date = (block: string) => values[block]?.value?.selected_date ?? undefined;
    const visitDate = date('visitDate');
    const nextFollowUp = date('nextFollowUp');
    if (!visitDate || !nextFollowUp || nextFollowUp < visitDate) {
      await ack({ response_action: 'errors', errors: { nextFollowUp: '下次跟进日期应不早于拜访日期' } });
      return;
    }
    await ack();
    const meta = Metadata.parse(JSON.parse(view.private_metadata || '{}'));
    const fields: Record<string, string> = {};
    REPORT_FIELDS.forEach((f, i) => {
      const v = values[fieldBlockId(i)]?.value?.value;
      if (v) fields[f] = v;
    });
    const result = await saveVisitUseCase(deps, actorFor(deps, body.user.id, 'dm'), { ...meta, fields, visitDate, nextFollowUp });
    await client.chat.postMessage({ channel: body.user.id, ...replyBlocks(result) });
  };
