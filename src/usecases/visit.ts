/**
 * Visit reports (4.2 step 6) and visit preparation (4.1): `/visit <client> <notes>`,
 * `/visit prep <client>`, and the same from a DM (拜访报告 … / 准备拜访 …). The draft comes from
 * the model when one is configured (checked by the figure guard), else from the notes alone; the
 * manager edits it in a modal and saves it; a saved report counts as a contact.
 */
import { cutText } from '../core/text/graphemes.js';
import { randomUUID } from 'node:crypto';
import type { Person } from '../core/archive/model.js';
import { notFound } from '../core/clients/replies.js';
import { sanitizeText } from '../core/text/sanitize.js';
import { reply, type Reply } from '../core/reply.js';
import { takeName } from '../core/clients/command.js';
import { extractVisit, type Draft } from '../core/visits/extract.js';
import { encodePayload } from '../core/visits/payload.js';
import { draftReply, payloadOf, prepReply, savedReply, visitListReply, type VisitPayload } from '../core/visits/replies.js';
import { REPORT_FIELDS, visitDatesProblem } from '../core/visits/table.js';
import type { ClientCard } from '../ports/store.js';
import { lookup } from './client.js';
import { storeOf, todayOf, type Actor, type Deps } from './deps.js';
import { draftVisit } from './phrase.js';

export const VISIT_EDIT_ACTION = 'visit_edit';

export interface VisitRequest {
  text: string;
  actor: Actor;
}

export function visitUsage(reason?: string): Reply {
  return reply('usage.visit', {
    title: '/visit 用法',
    vars: { reason: reason ?? null },
    body: [
      ...(reason ? [reason] : []),
      '• `/visit 客户名 笔记…` — 按手册4.2起草拜访报告（拜访对象、参加人员、会谈地点、会谈目标、准备工作、主要内容和达成的共识、遇到的问题、下一步工作重点及建议），编辑后保存到客户档案',
      '• `/visit prep 客户名` — 按手册4.1准备拜访：要收集的信息、访问计划、营销工具、预约，并带上档案里已有的情况',
      '• `/visit list 客户名` — 这个客户保存过的拜访报告，最新的在前',
      '笔记可以随手写（“今天和王总在厂里聊了…问题是…下周二再去送材料”），也可以写“参加人员：…”“问题：…”“下一步：…”；没写到的项目显示为“待补充”，笔记里的下次日期（下周二、月底、12月5日…）就是提醒日。私信里发“拜访报告 客户名 笔记…”“准备拜访 客户名”也可以。',
    ],
    sections: ['4.1', '4.2'],
  });
}

/** The visible client `name` names, with its logs and visits; or the not-found / ambiguous reply. */
async function cardOf(deps: Deps, actor: Actor, name: string): Promise<ClientCard | Reply> {
  const found = await lookup(deps, actor, name);
  if (!('client' in found)) return found;
  return (await storeOf(deps).clientCard(actor, found.client.id)) ?? notFound(name, []);
}

export async function visitUseCase(deps: Deps, { text, actor }: VisitRequest): Promise<Reply> {
  if (actor.surface === 'channel') return reply('privacy.dm_only', { title: '拜访报告请在私信里写', body: ['拜访报告含客户信息，只在私信或仅自己可见的回复里处理。'] });
  // Typed text never carries the core's mention markers (the Home's notes modal reaches here directly).
  const t = sanitizeText(text).trim();
  if (t === '' || t === 'help') return visitUsage();
  const { name: head, rest } = takeName(t);
  if (head === 'prep' || head === '准备') {
    const { name } = takeName(rest);
    if (!name) return visitUsage('需要客户名称，例如：`/visit prep 某某科技`');
    const card = await cardOf(deps, actor, name);
    return 'key' in card ? card : prepReply(card, card.client, todayOf(deps));
  }
  if (head === 'list' || head === '列表') {
    const { name } = takeName(rest);
    if (!name) return visitUsage('需要客户名称，例如：`/visit list 某某科技`');
    const card = await cardOf(deps, actor, name);
    return 'key' in card ? card : visitListReply(card.client, card.visits);
  }
  if (!rest) return visitUsage('需要客户名称和拜访笔记，例如：`/visit 某某科技 参加人员：王总、李会计 问题：反担保未落实 下一步：下周送材料`');
  const card = await cardOf(deps, actor, head);
  if ('key' in card) return card;
  const found = card;
  const day = todayOf(deps);
  const notes = cutText(rest, 6000);
  const fromNotes = extractVisit(notes, day, found.client.name);
  let draft: Draft = fromNotes;
  let drafted: 'model' | 'notes' = 'notes';
  if (deps.phraser) {
    const r = await draftVisit(deps.phraser, notes, { today: day, clientName: found.client.name }, deps.logger, { deadlineMs: (deps.llmDeadlineMs ?? 4000) + 500 });
    if (r.draft) {
      const m = r.draft;
      draft = { ...fromNotes };
      for (const f of REPORT_FIELDS) if (m[f]) draft[f] = m[f];
      // The dates stay the core's (read from the notes' words, else the setting): a date is a figure.
      drafted = 'model';
    }
  }
  const payload = payloadOf(found.client, draft);
  const { value, shortened } = encodePayload(payload);
  const r = draftReply(payload, drafted);
  return {
    ...r,
    body: [...r.body, ...(shortened ? ['（草稿较长，编辑框里个别项目已截短，请核对补全。）'] : [])],
    actions: [{ id: VISIT_EDIT_ACTION, label: '编辑并保存', value, style: 'primary' }],
  };
}

/** Saves an edited report: the client must still be the actor's (or the actor an admin). Counts as a contact. */
export async function saveVisitUseCase(deps: Deps, actor: Actor, p: VisitPayload): Promise<Reply> {
  const nowIso = deps.now().toISOString();
  const day = todayOf(deps);
  const problem = visitDatesProblem(p.visitDate, p.nextFollowUp, day);
  if (problem)
    return reply(problem.field === 'visitDate' ? 'visit.future' : 'visit.follow_up_before_visit', {
      title: problem.message,
      vars: { visitDate: p.visitDate, nextFollowUp: p.nextFollowUp, today: day },
    });
  const fields: Record<string, string> = {};
  for (const f of REPORT_FIELDS) {
    const v = p.fields[f] === undefined ? undefined : sanitizeText(p.fields[f]).trim();
    if (v) fields[f] = cutText(v, 3000);
  }
  // 加入联系人: the people the manager ticked (sanitised here, at the entry); core withVisit keeps names only, not already on file.
  const people: Person[] = (p.contacts ?? []).map((o) => {
    const role = o.role === undefined ? '' : sanitizeText(o.role, { singleLine: true }).trim();
    return { name: sanitizeText(o.name, { singleLine: true }).trim(), ...(role ? { role } : {}) };
  });
  const visit = { id: randomUUID(), clientId: p.clientId, date: p.visitDate, author: actor.userId, fields, nextFollowUp: p.nextFollowUp };
  const saved = await storeOf(deps).saveVisit(actor, { visit, people }, nowIso);
  if (!saved) return notFound(p.clientName, []);
  return savedReply({ ...p, clientName: saved.client.name, fields, contacts: saved.added });
}
