/**
 * The visit-report modal was submitted: check the dates, save to the archive, and confirm —
 * on the nudge digest item it was opened from (✅), else in the manager's DM.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { replyBlocks } from '../../blocks/reply-blocks.js';
import { CONTACTS_BLOCK, fieldBlockId } from '../../blocks/visit-modal.js';
import { localDate } from '../../core/dates.js';
import { REPORT_FIELDS, visitDatesProblem } from '../../core/visits/table.js';
import { actorFor, type Deps } from '../../usecases/deps.js';
import { saveVisitUseCase } from '../../usecases/visit.js';
import { markDigestItem } from '../actions/nudge-respond.js';
import { publishHome } from '../events/app-home-opened.js';

const Metadata = z.object({
  clientId: z.string().min(1),
  clientName: z.string(),
  nudge: z.object({ key: z.string().min(3), channel: z.string().optional(), ts: z.string().optional() }).optional(),
  contacts: z.array(z.object({ name: z.string().min(1), role: z.string().optional() })).max(8).optional(),
});

export const visitSave =
  (deps: Deps) =>
  async ({ ack, view, body, client }: SlackViewMiddlewareArgs & AllMiddlewareArgs) => {
    const values = view.state.values;
    const date = (block: string) => values[block]?.value?.selected_date ?? undefined;
    const visitDate = date('visitDate');
    const nextFollowUp = date('nextFollowUp');
    const problem = visitDatesProblem(visitDate, nextFollowUp, localDate(deps.now(), deps.tz ?? 'Asia/Shanghai'));
    if (problem || !visitDate || !nextFollowUp) {
      await ack({ response_action: 'errors', errors: { [problem?.field ?? 'visitDate']: problem?.message ?? '请选择日期' } });
      return;
    }
    await ack();
    const { nudge, contacts: offered, ...meta } = Metadata.parse(JSON.parse(view.private_metadata || '{}'));
    const ticked = (values[CONTACTS_BLOCK]?.value?.selected_options ?? []).map((o) => offered?.[Number(o.value)]).filter((o) => o !== undefined);
    const fields: Record<string, string> = {};
    REPORT_FIELDS.forEach((f, i) => {
      const v = values[fieldBlockId(i)]?.value?.value;
      if (v) fields[f] = v;
    });
    const result = await saveVisitUseCase(deps, actorFor(deps, body.user.id, 'dm'), { ...meta, fields, visitDate, nextFollowUp, contacts: ticked });
    const marked = nudge && result.key === 'visit.saved' ? await markDigestItem(client, nudge, result.title) : false;
    if (!marked) await client.chat.postMessage({ channel: body.user.id, ...replyBlocks(result) });
    // Keep the App Home current (its counts, reminders and recent reports). Best effort.
    await publishHome(client, deps, body.user.id).catch((err: unknown) => deps.logger.event('warn', 'home refresh failed', { code: (err as { code?: string }).code ?? 'SLACK_API_FAILED' }));
  };
