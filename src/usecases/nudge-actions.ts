/**
 * What a manager does with a nudge: 稍后提醒 (snooze 7 days), 不再提醒 (dismiss this
 * occurrence), 记录拜访 (open the form, then save a Visit — which resets dormancy).
 * Only the client's owner, or an admin (ADMIN_USER_IDS), may act on a nudge.
 * Each returns a Reply: `nudge.snoozed` / `nudge.dismissed` / `nudge.visit_form` /
 * `nudge.visit_saved`, or `nudge.forbidden` / `nudge.unknown` / `nudge.visit_future`.
 */
import type { Client } from '../core/archive/model.js';
import { monthDay, parseNudgeKey, snoozeRecord } from '../core/nudges/index.js';
import { reply, type Reply } from '../core/reply.js';
import { storeOf, todayOf, type Actor, type Deps } from './deps.js';

export interface NudgeActionInput {
  key: string;
  actor: Actor;
}

type Target = { ok: true; client: Client; occurrence: string } | { ok: false; reply: Reply };

/** The nudge's client, if the actor may act on it. */
async function target(deps: Deps, key: string, actor: Actor): Promise<Target> {
  const k = parseNudgeKey(key);
  const client = k && (await storeOf(deps).clientById(k.clientId));
  if (!k || !client) return { ok: false, reply: reply('nudge.unknown', { title: '这条提醒对应的客户已不在档案中。', vars: { key } }) };
  if (client.owner !== actor.userId && !actor.isAdmin) {
    return { ok: false, reply: reply('nudge.forbidden', { title: '只有该客户的客户经理（或管理员）可以处理这条提醒。', vars: { key } }) };
  }
  return { ok: true, client, occurrence: k.occurrence };
}

/** 稍后提醒: hold the reminder back for 7 days. */
export async function snoozeNudgeUseCase(deps: Deps, input: NudgeActionInput): Promise<Reply> {
  const t = await target(deps, input.key, input.actor);
  if (!t.ok) return t.reply;
  const { until, at } = snoozeRecord(input.key, todayOf(deps), deps.now().toISOString());
  await storeOf(deps).snoozeNudge(input.key, until, at);
  return reply('nudge.snoozed', { title: `已设为${monthDay(until)}再提醒`, vars: { key: input.key, until, clientId: t.client.id } });
}

/** 不再提醒: this occurrence (a birthday this year, a due date, this dormant week). */
export async function dismissNudgeUseCase(deps: Deps, input: NudgeActionInput): Promise<Reply> {
  const t = await target(deps, input.key, input.actor);
  if (!t.ok) return t.reply;
  await storeOf(deps).dismissNudge(t.occurrence, deps.now().toISOString());
  return reply('nudge.dismissed', { title: '本次不再提醒', vars: { key: input.key, occurrence: t.occurrence, clientId: t.client.id } });
}

/** 记录拜访 clicked: may the actor, and for which client? (The listener opens the form.) */
export async function visitFormUseCase(deps: Deps, input: NudgeActionInput): Promise<Reply> {
  const t = await target(deps, input.key, input.actor);
  if (!t.ok) return t.reply;
  return reply('nudge.visit_form', { title: `记录拜访：${t.client.name}`, vars: { key: input.key, clientId: t.client.id, clientName: t.client.name, today: todayOf(deps) } });
}
