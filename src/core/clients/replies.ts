/**
 * Replies for /client: the client card, the list, confirmations and refusals. Pure; every reply
 * that carries client data is marked confidential, so it is never posted in a channel.
 */
import { newestFirst, visitSummary } from '../visits/replies.js';
import type { Archive, Client, ContactLog, Visit } from '../archive/model.js';
import { lastActivity, latestActivityByClient } from '../archive/activity.js';
import { productLabel } from '../archive/cells.js';
import { daysBetween } from '../dates.js';
import { formatMoney, formatPercent, formatWan } from '../format.js';
import { mention } from '../mention.js';
import { reply, type Reply } from '../reply.js';

const DASH = '—';

function ago(last: string | undefined, today: string): string {
  if (!last) return '从未记录联系';
  const d = daysBetween(last, today);
  return d <= 0 ? `${last}（今天）` : `${last}（${d}天前）`;
}

export function clientUsage(reason?: string): Reply {
  return reply('usage.client', {
    title: '/client 用法',
    vars: { reason: reason ?? null },
    body: [
      ...(reason ? [reason] : []),
      '客户档案（手册5.1、6：建立并及时更新客户档案）。只显示你名下的客户；管理员可看全部。',
      '• `/client 客户名` — 客户卡片：类别、阶段、客户经理、最近联系、联系人、在保、最近拜访',
      '• `/client list [A|B|C|D] [考察期|形成期|稳定期|退化期] [沉睡]` — 我的客户，久未联系的在前',
      '• `/client add 客户名 净资产1200万 销售收入3500万 …` — 新增客户，按2.3自动分类',
      '• `/client contact 客户名 [2026-11-20] 电话沟通续保意向` — 记录一次联系（电话、拜访、宴请）',
      '• `/client stage 客户名 形成期 [伙伴型]` — 关系阶段（15.3.2.5）和关系类型（15.3.2.1）',
      '• `/client assign 客户名 @经理`、`/client assign @离职经理 @接手经理` — 移交（管理员）',
    ],
  });
}

export function notFound(query: string, candidates: readonly Pick<Client, 'name'>[]): Reply {
  return reply('client.not_found', {
    title: '没有找到这个客户',
    vars: { candidates: candidates.length },
    body: [
      `你名下没有名为“${query}”的客户。`,
      ...(candidates.length ? ['是不是：', ...candidates.slice(0, 5).map((c) => `• ${c.name}`)] : ['可以用 `/client list` 查看你的客户，或 `/client add` 新增。']),
    ],
    confidential: true,
  });
}

export function ambiguous(query: string, candidates: readonly Pick<Client, 'name'>[]): Reply {
  return reply('client.ambiguous', {
    title: `“${query}”对应多个客户，请写全名`,
    vars: { candidates: candidates.length },
    body: candidates.slice(0, 10).map((c) => `• ${c.name}`),
    confidential: true,
  });
}

export function clientCard(archive: Pick<Archive, 'contacts' | 'visits'>, client: Client, today: string): Reply {
  const visits = archive.visits.filter((v) => v.clientId === client.id).sort((a, b) => b.date.localeCompare(a.date));
  const logs = archive.contacts.filter((c) => c.clientId === client.id).sort((a, b) => b.date.localeCompare(a.date));
  const last = lastActivity(client, latestActivityByClient(archive));
  const f = client.figures;
  const figures = [
    f.netAssets !== undefined ? `净资产${formatWan(f.netAssets)}` : '',
    f.totalAssets !== undefined ? `总资产${formatWan(f.totalAssets)}` : '',
    f.revenue !== undefined ? `销售收入${formatWan(f.revenue)}` : '',
    f.profit !== undefined ? `利润${formatWan(f.profit)}` : '',
    f.debtRatio !== undefined ? `资产负债率${formatPercent(f.debtRatio)}` : '',
    f.yearsInBusiness !== undefined ? `经营${f.yearsInBusiness}年` : '',
  ].filter(Boolean);
  const body: string[] = [];
  if (figures.length) body.push(`*财务*：${figures.join('，')}`);
  if (client.contacts.length) {
    body.push('*联系人*');
    for (const p of client.contacts)
      body.push(
        `• ${p.name}${p.role ? `（${p.role}）` : ''}${p.birthday ? `，生日 ${p.birthday}` : ''}${p.anniversaries?.length ? `，${p.anniversaries.map((a) => `${a.label} ${a.date}`).join('、')}` : ''}`,
      );
  }
  if (client.guarantees.length) {
    body.push('*在保*');
    for (const g of client.guarantees) body.push(`• ${productLabel(g.product)} ${g.amount === undefined ? '金额待补充' : formatMoney(g.amount)}，到期 ${g.due}（${dueIn(g.due, today)}）`);
  }
  if (visits.length) body.push(...visitLines(newestFirst(visits), client.name));
  const log = logs[0];
  if (log) body.push(`*最近联系记录*：${log.date} ${log.note}`);
  return reply('client.card', {
    title: client.name,
    vars: { clientId: client.id, class: client.class ?? null, stage: client.stage ?? null, owner: client.owner, lastActivity: last ?? null },
    fields: [
      { label: '类别（2.3）', value: client.class ? `${client.class}类` : DASH },
      { label: '关系阶段（15.3.2.5）', value: client.stage ?? DASH },
      { label: '关系类型（15.3.2.1）', value: client.relationshipType ?? DASH },
      { label: '客户经理', value: mention(client.owner) },
      { label: '最近联系', value: ago(last, today) },
      { label: '行业 / 地区', value: `${client.industry ?? DASH} / ${client.region ?? DASH}` },
    ],
    body,
    context: ['客户档案：仅客户经理本人和管理员可见（手册6：动态反映客户状况及其需求）'],
    sections: ['6'],
    confidential: true,
  });
}

function dueIn(due: string, today: string): string {
  const d = daysBetween(today, due);
  return d < 0 ? `已过期${-d}天` : d === 0 ? '今天到期' : `${d}天后`;
}

/** The latest report, then the last three in one line each and where to read them all. */
function visitLines(visits: Visit[], clientName: string): string[] {
  const v = visits[0]!;
  const next = v.fields['下一步工作重点及建议'];
  return [
    `*最近拜访*：${v.date}${v.nextFollowUp ? `，建议下次跟进 ${v.nextFollowUp}` : ''}`,
    ...(next ? [`下一步：${next}`] : []),
    `*最近${Math.min(3, visits.length)}份拜访报告*（共${visits.length}份，全文：\`/visit list ${clientName}\`）`,
    ...visits.slice(0, 3).map((x) => `• ${visitSummary(x)}`),
  ];
}

/** A client as a list shows it: `lastActivity` as core/archive/activity.ts defines it (the store's ClientSummary). */
export type ListedClient = Pick<Client, 'id' | 'name' | 'owner' | 'class' | 'stage'> & { lastActivity?: string };

export interface ListRow {
  client: ListedClient;
  last?: string;
  idleDays: number | null;
}

/** One client's row: its last activity and the days since (null: never contacted). */
export function listRow(client: ListedClient, today: string): ListRow {
  const last = client.lastActivity;
  return { client, ...(last ? { last } : {}), idleDays: last ? daysBetween(last, today) : null };
}

/** Dormant first: never contacted, then the longest since the last contact. */
export function listRows(clients: readonly ListedClient[], today: string): ListRow[] {
  return clients.map((client) => listRow(client, today)).sort((a, b) => (b.idleDays ?? Infinity) - (a.idleDays ?? Infinity) || a.client.name.localeCompare(b.client.name, 'zh'));
}

/** A row is dormant when never contacted or idle at least its class's days (company setting, data/nudges.json). */
export function isDormant(row: ListRow, dormantDays: (c: Pick<Client, 'class'>) => number): boolean {
  return row.idleDays === null || row.idleDays >= dormantDays(row.client);
}

export function clientList(rows: ListRow[], filters: string[], allOwners: boolean, dormantDays: (c: Pick<Client, 'class'>) => number, thresholdNote: string): Reply {
  const shown = rows.slice(0, 40);
  const body = shown.map((row) => {
    const { client, idleDays } = row;
    const idle = idleDays === null ? '从未联系' : `${idleDays}天未联系`;
    const flag = isDormant(row, dormantDays) ? '⚠️ ' : '';
    return `• ${flag}*${client.name}* — ${client.class ? `${client.class}类` : '未分类'}，${client.stage ?? '阶段未填'}，${idle}${allOwners ? `，${mention(client.owner)}` : ''}`;
  });
  if (rows.length > shown.length) body.push(`……另有${rows.length - shown.length}个，可按类别或阶段筛选。`);
  if (rows.length === 0) body.push(filters.length ? '没有符合筛选条件的客户。' : '还没有客户。用 `/client add 客户名 净资产… 销售收入…` 新增，或请管理员导入CSV。');
  return reply('client.list', {
    title: `${allOwners ? '全部客户' : '我的客户'}（${rows.length}）${filters.length ? `：${filters.join(' ')}` : ''}`,
    vars: { count: rows.length, dormant: rows.filter((r) => isDormant(r, dormantDays)).length },
    body,
    context: [`⚠️ = 从未联系，或未联系天数达到${thresholdNote}（公司设置 data/nudges.json）；久未联系的排在前面（手册6、7：后续服务与客户维护）`],
    sections: ['6', '7'],
    confidential: true,
  });
}

export function contactLogged(client: Client, log: ContactLog): Reply {
  return reply('client.contact_logged', {
    title: `已记录：${client.name}`,
    vars: { clientId: client.id, date: log.date },
    body: [`${log.date}：${log.note}`, '这次联系会重置“久未联系”提醒。'],
    confidential: true,
  });
}
