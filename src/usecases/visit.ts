/**
 * Visit reports (4.2 step 6) and visit preparation (4.1): `/visit <client> <notes>`,
 * `/visit prep <client>`, and the same from a DM (拜访报告 … / 准备拜访 …). The draft comes from
 * the model when one is configured (checked by the figure guard), else from the notes alone; the
 * manager edits it in a modal and saves it; a saved report counts as a contact.
 */
import { cutText } from '../core/text/graphemes.js';
import { randomUUID } from 'node:crypto';
import type { Archive, Client } from '../core/archive/model.js';
import { visibleClients } from '../core/clients/access.js';
import { findClients } from '../core/archive/names.js';
import { ambiguous, notFound } from '../core/clients/replies.js';
import { localDate } from '../core/dates.js';
import { sanitizeText } from '../core/text/sanitize.js';
import { reply, type Reply } from '../core/reply.js';
import { takeName } from '../core/clients/command.js';
import { extractVisit, type Draft } from '../core/visits/extract.js';
import { known, type Offer } from '../core/visits/contacts.js';
import { encodePayload } from '../core/visits/payload.js';
import { draftReply, payloadOf, prepReply, savedReply, visitListReply, type VisitPayload } from '../core/visits/replies.js';
import { REPORT_FIELDS, visitDatesProblem } from '../core/visits/table.js';
import { storeOf, type Actor, type Deps } from './deps.js';
import { draftVisit } from './phrase.js';

export const VISIT_EDIT_ACTION = 'visit_edit';

/** A person's name or title as offered by the extractor: letters only, short. */
const PERSON_WORDS = /^[\p{L}·]{1,20}$/u;

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

function today(deps: Deps): string {
  return localDate(deps.now(), deps.tz ?? 'Asia/Shanghai');
}


async function lookup(deps: Deps, actor: Actor, name: string): Promise<{ archive: Archive; client: Client } | Reply> {
  const archive = await storeOf(deps).read();
  const m = findClients(visibleClients(archive, actor), name);
  if (m.kind === 'none') return notFound(name, m.candidates);
  if (m.kind === 'ambiguous') return ambiguous(name, m.candidates);
  return { archive, client: m.client };
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
    const found = await lookup(deps, actor, name);
    return 'key' in found ? found : prepReply(found.archive, found.client, today(deps));
  }
  if (head === 'list' || head === '列表') {
    const { name } = takeName(rest);
    if (!name) return visitUsage('需要客户名称，例如：`/visit list 某某科技`');
    const found = await lookup(deps, actor, name);
    return 'key' in found ? found : visitListReply(found.client, found.archive.visits);
  }
  if (!rest) return visitUsage('需要客户名称和拜访笔记，例如：`/visit 某某科技 参加人员：王总、李会计 问题：反担保未落实 下一步：下周送材料`');
  const found = await lookup(deps, actor, head);
  if ('key' in found) return found;
  const day = today(deps);
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
  const day = today(deps);
  const problem = visitDatesProblem(p.visitDate, p.nextFollowUp, day);
  if (problem) return reply(problem.field === 'visitDate' ? 'visit.future' : 'visit.follow_up_before_visit', { title: problem.message, vars: { visitDate: p.visitDate, nextFollowUp: p.nextFollowUp, today: day } });
  return storeOf(deps).update((draft) => {
    const client = draft.clients.find((c) => c.id === p.clientId && (actor.isAdmin || c.owner === actor.userId));
    if (!client) return notFound(p.clientName, []);
    const fields: Record<string, string> = {};
    for (const f of REPORT_FIELDS) {
      const v = p.fields[f] === undefined ? undefined : sanitizeText(p.fields[f]).trim();
      if (v) fields[f] = cutText(v, 3000);
    }
    draft.visits.push({ id: randomUUID(), clientId: client.id, date: p.visitDate, author: actor.userId, fields, nextFollowUp: p.nextFollowUp });
    // 加入联系人: the people the manager ticked, unless already on file.
    const added: Offer[] = [];
    for (const o of p.contacts ?? []) {
      // Names come from the extractor (王总, 李会计): anything else in a submitted view is not a name.
      const name = sanitizeText(o.name, { singleLine: true }).trim();
      const role = o.role === undefined ? '' : sanitizeText(o.role, { singleLine: true }).trim();
      if (!PERSON_WORDS.test(name) || (role && !PERSON_WORDS.test(role)) || known(client.contacts, { name })) continue;
      client.contacts.push({ name, ...(role ? { role } : {}) });
      added.push({ name, ...(role ? { role } : {}) });
    }
    if (!client.lastContact || p.visitDate > client.lastContact) client.lastContact = p.visitDate;
    client.updatedAt = nowIso;
    return savedReply({ ...p, clientName: client.name, fields, contacts: added });
  });
}
