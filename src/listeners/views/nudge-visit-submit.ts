/** The 记录拜访 form was saved: record the Visit, then mark the digest item handled. */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { markHandled } from '../../blocks/nudge-blocks.js';
import { escapeSlack } from '../../blocks/escape.js';
import { IsoDate } from '../../core/archive/model.js';
import { actorFor, type Deps } from '../../usecases/deps.js';
import { saveVisitUseCase } from '../../usecases/nudge-actions.js';

const Metadata = z.object({ key: z.string().min(3), channel: z.string().optional(), ts: z.string().optional() });
const Form = z.object({ date: IsoDate, content: z.string().trim().min(1).max(3000), next: z.string().trim().max(3000).optional() });

export const nudgeVisitSubmit =
  (deps: Deps) =>
  async ({ ack, view, body, client }: SlackViewMiddlewareArgs & AllMiddlewareArgs) => {
    const v = view.state.values;
    const form = Form.safeParse({ date: v.date?.value?.selected_date, content: v.content?.value?.value, next: v.next?.value?.value || undefined });
    if (!form.success) {
      await ack({ response_action: 'errors', errors: { content: '请填写主要内容和达成的共识，并选择日期。' } });
      return;
    }
    await ack();
    const meta = Metadata.parse(JSON.parse(view.private_metadata || '{}'));
    const r = await saveVisitUseCase(deps, { key: meta.key, actor: actorFor(deps, body.user.id, 'dm'), ...form.data });
    const found = meta.channel && meta.ts && r.key === 'nudge.visit_saved'
      ? await client.conversations.history({ channel: meta.channel, latest: meta.ts, oldest: meta.ts, inclusive: true, limit: 1 }).catch(() => undefined)
      : undefined;
    const original = found?.messages?.find((m) => m.ts === meta.ts);
    if (original?.blocks && meta.channel && meta.ts) {
      await client.chat.update({ channel: meta.channel, ts: meta.ts, text: original.text ?? r.title, blocks: markHandled(original.blocks, meta.key, r.title) as never });
    } else {
      await client.chat.postMessage({ channel: body.user.id, text: escapeSlack(r.title) });
    }
  };
