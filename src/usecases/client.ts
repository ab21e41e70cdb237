/**
 * /client: the client archive (客户档案) from Slack, the console and the App Home.
 * A manager sees and changes only their own clients; admins see and change all.
 */
import { cutText } from '../core/text/graphemes.js';
import { randomUUID } from 'node:crypto';
import type { Client } from '../core/archive/model.js';
import { nearDuplicates } from '../core/archive/names.js';
import { sizeClass, enrich } from '../core/classify/index.js';
import { figureNames } from '../core/classify/figures.js';
import { parseClientCommand } from '../core/clients/command.js';
import { ambiguous, clientCard, clientList, clientUsage, contactLogged, isDormant, listRows, notFound } from '../core/clients/replies.js';
import { dormantDaysFor, nudgeSettings } from '../core/nudges/settings.js';
import { readDate } from '../core/dates.js';
import { mention } from '../core/mention.js';
import { sanitizeText } from '../core/text/sanitize.js';
import { parseInput } from '../core/parse/index.js';
import { industryById } from '../core/tables/industries.js';
import { reply, type Reply } from '../core/reply.js';
import { figureKeys } from '../core/archive/model.js';
import type { ClientSummary } from '../ports/store.js';
import { storeOf, todayOf, type Actor, type Deps } from './deps.js';
import { allPages } from './pages.js';

/** The archive's limit for a name (core/archive/model.ts). */
const MAX_NAME = 500;

function thresholdNote(): string {
  const s = nudgeSettings.dormantDays;
  return `${Object.entries(s.byClass)
    .map(([k, v]) => `${k}类${v}天`)
    .join('、')}、未分类${s.unclassified}天`;
}

export interface ClientRequest {
  text: string;
  actor: Actor;
}

function privateOnly(): Reply {
  return reply('privacy.dm_only', { title: '客户信息请在私信里查看', body: ['客户档案只在私信、仅自己可见的回复和主页里显示。'] });
}

export async function clientUseCase(deps: Deps, { text, actor }: ClientRequest): Promise<Reply> {
  if (actor.surface === 'channel') return privateOnly();
  const cmd = parseClientCommand(text);
  if (cmd.sub === 'help') return clientUsage();
  if (cmd.sub === 'invalid') return clientUsage(`${cmd.reason} 例如：\`${cmd.usage}\``);
  const store = storeOf(deps);
  const day = todayOf(deps);
  const nowIso = deps.now().toISOString();

  switch (cmd.sub) {
    case 'show': {
      const found = await lookup(deps, actor, cmd.name);
      if (!('client' in found)) return found;
      const card = await store.clientCard(actor, found.client.id);
      if (!card) return notFound(cmd.name, []);
      return clientCard(card, card.client, day);
    }
    case 'list': {
      let clients = await allPages((page) => store.clientSummaries(actor, page));
      if (cmd.classes.length) clients = clients.filter((c) => c.class && cmd.classes.includes(c.class));
      if (cmd.stages.length) clients = clients.filter((c) => c.stage && cmd.stages.includes(c.stage));
      let rows = listRows(clients, day);
      if (cmd.dormantOnly) rows = rows.filter((r) => isDormant(r, dormantDaysFor));
      const filters = [...cmd.classes.map((c) => `${c}类`), ...cmd.stages, ...(cmd.dormantOnly ? ['沉睡'] : [])];
      const r = clientList(rows, filters, actor.isAdmin, dormantDaysFor, thresholdNote());
      return cmd.unused.length ? { ...r, body: [...r.body, `未使用：${cmd.unused.join('、')}`] } : r;
    }
    case 'add':
      return addClientUseCase(deps, actor, cmd.name, cmd.rest);
    case 'contact': {
      const date = cmd.date ? readDate(cmd.date, day) : day;
      if (!date) return clientUsage(`日期“${cmd.date}”无法识别。例如：\`/client contact 某某科技 2026-11-20 电话沟通续保意向\``);
      if (date > day) return clientUsage(`联系日期${date}还没到，请记录已经发生的联系。`);
      const found = await lookup(deps, actor, cmd.name);
      if (!('client' in found)) return found;
      const log = { id: randomUUID(), clientId: found.client.id, date, note: cutText(cmd.note, 1000), by: actor.userId };
      const client = await store.logContact(actor, log, nowIso);
      return client ? contactLogged(client, log) : notFound(cmd.name, []);
    }
    case 'stage': {
      const found = await lookup(deps, actor, cmd.name);
      if (!('client' in found)) return found;
      const client = await store.updateClient(actor, found.client.id, { ...(cmd.stage ? { stage: cmd.stage } : {}), ...(cmd.relationship ? { relationshipType: cmd.relationship } : {}) }, nowIso);
      if (!client) return notFound(cmd.name, []);
      return reply('client.stage_set', {
        title: `已更新：${client.name}`,
        vars: { clientId: client.id, stage: client.stage ?? null, relationship: client.relationshipType ?? null },
        body: [
          ...(cmd.stage ? [`关系阶段：${cmd.stage}（15.3.2.5）`] : []),
          ...(cmd.relationship ? [`关系类型：${cmd.relationship}（15.3.2.1）`] : []),
          ...(cmd.unused.length ? [`未使用：${cmd.unused.join('、')}`] : []),
        ],
        sections: ['15.3.2.5', '15.3.2.1'],
        confidential: true,
      });
    }
    case 'assign': {
      if (!actor.isAdmin) return reply('client.admin_only', { title: '只有管理员可以移交客户', body: ['请联系管理员（ADMIN_USER_IDS）。'] });
      const found = await lookup(deps, actor, cmd.name);
      if (!('client' in found)) return found;
      const from = found.client.owner;
      const client = await store.updateClient(actor, found.client.id, { owner: cmd.to }, nowIso);
      if (!client) return notFound(cmd.name, []);
      return reply('client.assigned', {
        title: `已移交：${client.name}`,
        vars: { clientId: client.id, from, to: cmd.to },
        body: [`${mention(from)} → ${mention(cmd.to)}`],
        confidential: true,
      });
    }
    case 'handover': {
      if (!actor.isAdmin) return reply('client.admin_only', { title: '只有管理员可以移交客户', body: ['请联系管理员（ADMIN_USER_IDS）。'] });
      const moved = await store.reassignAll(cmd.from, cmd.to, nowIso);
      return reply('client.handover', {
        title: `已移交 ${moved.length} 个客户`,
        vars: { from: cmd.from, to: cmd.to, count: moved.length },
        body: [`${mention(cmd.from)} → ${mention(cmd.to)}`, ...moved.slice(0, 30).map((n) => `• ${n}`), ...(moved.length > 30 ? [`……共${moved.length}个`] : [])],
        confidential: true,
      });
    }
  }
}

/**
 * The one visible client `name` names (core findClients through the store), or the not-found /
 * ambiguous reply. Shared by /client and /visit.
 */
export async function lookup(deps: Deps, actor: Actor, name: string): Promise<{ client: ClientSummary } | Reply> {
  const m = await storeOf(deps).findClients(actor, name);
  if (m.kind === 'none') return notFound(name, m.candidates);
  if (m.kind === 'ambiguous') return ambiguous(name, m.candidates);
  return { client: m.client };
}

/** Per-manager limit on adds (a brake on probing and on runaway scripts): this many per hour. */
const ADD_LIMIT = 30;
const ADD_WINDOW_MS = 60 * 60 * 1000;

/**
 * `/client add <name> <figures…>` and the App Home's 添加客户: the client with its 2.3 class,
 * owned by the actor; a near-duplicate is shown instead of created.
 */
export async function addClientUseCase(deps: Deps, actor: Actor, typedName: string, figuresText: string): Promise<Reply> {
  const name = sanitizeText(typedName).trim();
  if (!name) return clientUsage('缺少客户名称。例如：`/client add 合肥某某科技有限公司 净资产1200万 销售收入3500万`');
  const store = storeOf(deps);
  const nowIso = deps.now().toISOString();
  if (name.length > MAX_NAME) return clientUsage(`客户名称最长${MAX_NAME}个字。`);
  const input = parseInput(figuresText);
  const size = sizeClass(enrich(input.figures).figures);
  const since = new Date(deps.now().getTime() - ADD_WINDOW_MS).toISOString();
  // Only clients the actor may see decide: another manager's similar name changes nothing in
  // the reply (#13 item 6: no oracle of other managers' client names); an admin can check.
  const near = nearDuplicates({ clients: await allPages((page) => store.clientSummaries(actor, page)) }, name);
  const f = input.figures;
  const client: Client = {
    id: randomUUID(),
    name: name,
    owner: actor.userId,
    ...(input.industry ? { industry: industryById(input.industry).name } : {}),
    ...(input.place ? { region: input.place.name } : {}),
    figures: Object.fromEntries(figureKeys.filter((k) => f[k] !== undefined).map((k) => [k, f[k]])),
    ...(size.class ? { class: size.class } : {}),
    contacts: [],
    guarantees: [],
    createdAt: nowIso,
    updatedAt: nowIso,
  };
  // The store decides the exact duplicate (same normalized name, same owner) atomically with the insert.
  const added = near.length ? null : await store.addClient(client, { since, max: ADD_LIMIT });
  const outcome = added === null ? { kind: 'dup' as const, dups: near } : added.kind === 'duplicate' ? { kind: 'dup' as const, dups: [added.existing] } : added;
  if (outcome.kind === 'limited') {
    return clientUsage(`一小时内最多新增${ADD_LIMIT}个客户，请稍后再试；批量录入可请管理员用 CSV 导入。`);
  }
  if (outcome.kind === 'dup') {
    return reply('client.duplicate', {
      title: '已有相近的客户，未重复创建',
      vars: { duplicates: outcome.dups.length },
      body: [...outcome.dups.map((d) => `• ${d.name}${d.owner === actor.userId ? '' : `（${mention(d.owner)}）`}`), '如确实是另一家企业，请用全称重新添加。'],
      confidential: true,
    });
  }
  const c = outcome.client;
  return reply('client.added', {
    title: `已新增客户：${c.name}`,
    vars: { clientId: c.id, class: c.class ?? null, definite: size.definite, missing: size.missing.join(',') },
    body: [
      c.class
        ? `按2.3分类：${c.class}类${size.definite ? '' : `（暂定；补充${size.missing.map((f) => figureNames[f]).join('、')}后可确定）`}`
        : '没有2.3分类所需的数字（净资产、总资产、销售收入、利润），暂未分类。',
      ...input.notes,
      ...(input.unused.length ? [`未使用：${input.unused.join('、')}`] : []),
      ...input.errors,
      // Said to every manager on every add, whether or not another manager holds a similar name.
      '只核对了您名下的客户；是否与其他客户经理的客户重复，可请管理员核对。',
    ],
    sections: ['2.3'],
    confidential: true,
  });
}
