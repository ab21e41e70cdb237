/**
 * The visit-report modal was submitted: check the dates, save to the archive, and confirm —
 * on the nudge digest item it was opened from (✅), else in the manager's DM. If the save fails
 * or is refused, the manager gets the whole report back in a DM with the reason (#13.2).
 *
 * The nudge link in private_metadata is checked before it is used (#13.9): its key must name the
 * client just saved (which the use case checked against the actor), and its channel must be the
 * actor's own DM with the bot.
 */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, webApi } from '@slack/bolt';
import { z } from 'zod';
import { replyBlocks } from '../../blocks/reply-blocks.js';
import { CONTACTS_BLOCK, fieldBlockId } from '../../blocks/visit-modal.js';
import { parseNudgeKey } from '../../core/nudges/index.js';
import { REPORT_FIELDS, visitDatesProblem } from '../../core/visits/table.js';
import { actorFor, todayOf, type Deps } from '../../usecases/deps.js';
import { saveVisitUseCase } from '../../usecases/visit.js';
import { markDigestItem } from '../shared/nudge-outcome.js';
import { refreshHome } from '../shared/home.js';
import { keepTypedText } from './keep-typed-text.js';

const Metadata = z.object({
  clientId: z.string().min(1),
  clientName: z.string(),
  nudge: z.object({ key: z.string().min(3).max(2000), channel: z.string().max(40).optional(), ts: z.string().max(40).optional() }).optional(),
  contacts: z
    .array(z.object({ name: z.string().min(1), role: z.string().optional() }))
    .max(8)
    .optional(),
});
type NudgeLink = NonNullable<z.infer<typeof Metadata>['nudge']>;

/** The link if its key names `clientId` and its channel is `userId`'s DM with the bot; else undefined. */
async function trustedLink(client: webApi.WebClient, userId: string, clientId: string, link: NudgeLink | undefined): Promise<NudgeLink | undefined> {
  if (!link?.channel || parseNudgeKey(link.key)?.clientId !== clientId) return undefined;
  const dm = await client.conversations.open({ users: userId }).catch(() => undefined);
  return dm?.channel?.id === link.channel ? link : undefined;
}

export const visitSave =
  (deps: Deps) =>
  async ({ ack, view, body, client }: SlackViewMiddlewareArgs & AllMiddlewareArgs) => {
    const values = view.state.values;
    const date = (block: string) => values[block]?.value?.selected_date ?? undefined;
    const visitDate = date('visitDate');
    const nextFollowUp = date('nextFollowUp');
    const problem = visitDatesProblem(visitDate, nextFollowUp, todayOf(deps));
    if (problem || !visitDate || !nextFollowUp) {
      await ack({ response_action: 'errors', errors: { [problem?.field ?? 'visitDate']: problem?.message ?? '请选择日期' } });
      return;
    }
    await ack();
    const fields: Record<string, string> = {};
    REPORT_FIELDS.forEach((f, i) => {
      const v = values[fieldBlockId(i)]?.value?.value;
      if (v) fields[f] = v;
    });
    const typed = [...REPORT_FIELDS.map((f) => ({ label: f, value: fields[f] ?? '' })), { label: '拜访日期', value: visitDate }, { label: '下次跟进', value: nextFollowUp }];
    const userId = body.user.id;
    await keepTypedText(deps, client, userId, '拜访报告', typed, async () => {
      const { nudge, contacts: offered, ...meta } = Metadata.parse(JSON.parse(view.private_metadata || '{}'));
      const ticked = (values[CONTACTS_BLOCK]?.value?.selected_options ?? []).map((o) => offered?.[Number(o.value)]).filter((o) => o !== undefined);
      const result = await saveVisitUseCase(deps, actorFor(deps, userId, 'dm'), { ...meta, fields, visitDate, nextFollowUp, contacts: ticked });
      if (result.key !== 'visit.saved') return { unsaved: result.title };
      const link = await trustedLink(client, userId, meta.clientId, nudge);
      const marked = link ? await markDigestItem(client, link, result.title) : false;
      if (!marked) await client.chat.postMessage({ channel: userId, ...replyBlocks(result) });
      // Keep the App Home current (its counts, reminders and recent reports).
      await refreshHome(client, deps, userId);
    });
  };
