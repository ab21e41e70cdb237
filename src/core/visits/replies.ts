/**
 * Visit-report and visit-preparation replies (4.2 step 6, 4.1). Pure. Unfilled fields read 待补充.
 */
import type { Archive, Client, Visit } from '../archive/model.js';
import { productLabel } from '../archive/cells.js';
import { lastActivity, latestActivityByClient } from '../archive/activity.js';
import { daysBetween } from '../dates.js';
import { formatMoney, formatWan } from '../format.js';
import { reply, type Reply } from '../reply.js';
import { nudgeSettings } from '../nudges/settings.js';
import { contactOffers, type Offer } from './contacts.js';
import type { Draft } from './extract.js';
import { REPORT_FIELDS, visitTable } from './table.js';

export const PENDING = '待补充';

export interface VisitPayload {
  clientId: string;
  clientName: string;
  fields: Record<string, string>;
  visitDate: string;
  nextFollowUp: string;
  /** Whether nextFollowUp was read from the notes (else it is the followUpDays setting). */
  followUpFromNotes?: boolean;
  /** People named in the notes and not yet the client's contacts: offered as 加入联系人. */
  contacts?: Offer[];
}

export function payloadOf(client: Client, draft: Draft): VisitPayload {
  const fields: Record<string, string> = {};
  for (const f of REPORT_FIELDS) if (draft[f]) fields[f] = draft[f]!;
  const contacts = contactOffers(client, draft.people ?? []);
  return {
    clientId: client.id,
    clientName: client.name,
    fields,
    visitDate: draft.visitDate,
    nextFollowUp: draft.nextFollowUp,
    followUpFromNotes: draft.followUpFromNotes ?? false,
    ...(contacts.length ? { contacts } : {}),
  };
}

/** 王总、李会计（会计） */
export const offerLabel = (o: Offer): string => (o.role && !o.name.endsWith(o.role) ? `${o.name}（${o.role}）` : o.name);

export function draftReply(p: VisitPayload, drafted: 'model' | 'notes'): Reply {
  const missing = REPORT_FIELDS.filter((f) => !p.fields[f]);
  return reply('visit.draft', {
    title: `拜访报告草稿：${p.clientName}`,
    vars: {
      clientId: p.clientId,
      visitDate: p.visitDate,
      nextFollowUp: p.nextFollowUp,
      followUpFromNotes: p.followUpFromNotes ?? false,
      missing: missing.join(','),
      drafted,
      contacts: (p.contacts ?? []).map((o) => o.name).join(','),
    },
    body: [
      ...REPORT_FIELDS.map((f) => `*${f}*：${p.fields[f] ?? PENDING}`),
      `*拜访日期*：${p.visitDate}　*建议下次跟进*：${p.nextFollowUp}${p.followUpFromNotes ? '（按笔记）' : `（笔记未写日期，按公司设置拜访后${visitTable.followUpDays.value}天）`}`,
      ...(p.contacts?.length ? [`*可加入联系人*：${p.contacts.map(offerLabel).join('、')}（保存时加入客户档案；编辑框里可取消勾选）`] : []),
      missing.length ? `还有${missing.length}项待补充，点“编辑并保存”补全后保存到客户档案。` : '点“编辑并保存”核对后保存到客户档案。',
    ],
    context: [`4.2 拜访总结：拜访报告的主要内容（${drafted === 'model' ? '由模型根据笔记起草，请核对' : '根据笔记整理'}）`],
    sections: ['4.2'],
    confidential: true,
  });
}

export function savedReply(p: VisitPayload): Reply {
  return reply('visit.saved', {
    title: `已保存拜访报告：${p.clientName}`,
    vars: { clientId: p.clientId, visitDate: p.visitDate, nextFollowUp: p.nextFollowUp, contactsAdded: (p.contacts ?? []).map((o) => o.name).join(',') },
    body: [
      `拜访日期 ${p.visitDate}，已计为一次联系；${p.nextFollowUp} 跟进，届时${nudgeSettings.followUpLeadDays.value > 0 ? `（及提前${nudgeSettings.followUpLeadDays.value}天）` : ''}在每日客户提醒里提醒你。`,
      ...(p.contacts?.length ? [`已加入联系人：${p.contacts.map(offerLabel).join('、')}`] : []),
    ],
    context: ['4.2：客户经理要养成撰写营销工作日记的习惯，及时记录客户信息'],
    sections: ['4.2'],
    confidential: true,
  });
}

/** A report in one line: its date, what it was about, the next step and when. */
export function visitSummary(v: Pick<Visit, 'date' | 'fields' | 'nextFollowUp'>): string {
  const about = v.fields['会谈目标'] ?? v.fields['主要内容和达成的共识'] ?? v.fields['遇到的问题'] ?? '';
  const next = v.fields['下一步工作重点及建议'];
  const clipped = (t: string) => (t.length > SUMMARY_CHARS ? `${t.slice(0, SUMMARY_CHARS)}…` : t);
  return [v.date, about && clipped(about), next && `下一步：${clipped(next)}`, v.nextFollowUp && `跟进 ${v.nextFollowUp}`].filter(Boolean).join('　');
}
const SUMMARY_CHARS = 30;

/** Reports shown in full by /visit list; older ones as one line each, up to LIST_MAX in all. */
export const LIST_FULL = 5;
export const LIST_MAX = 20;
const FIELD_CHARS = 300;

/** `/visit list 客户`: the client's reports, newest first (4.2 营销工作日记). */
export function visitListReply(client: Client, visits: readonly Visit[]): Reply {
  const sorted = newestFirst(visits.filter((v) => v.clientId === client.id));
  const body: string[] = [];
  if (!sorted.length) body.push('还没有保存的拜访报告。写一份：`/visit 客户名 笔记…`');
  sorted.slice(0, LIST_FULL).forEach((v) => {
    body.push(`*${v.date} 拜访*${v.nextFollowUp ? `　下次跟进 ${v.nextFollowUp}` : ''}`);
    for (const f of REPORT_FIELDS) {
      const t = v.fields[f];
      if (t) body.push(`• ${f}：${t.length > FIELD_CHARS ? `${t.slice(0, FIELD_CHARS)}…` : t}`);
    }
  });
  if (sorted.length > LIST_FULL) body.push('*更早的拜访*', ...sorted.slice(LIST_FULL, LIST_MAX).map((v) => `• ${visitSummary(v)}`));
  if (sorted.length > LIST_MAX) body.push(`另有${sorted.length - LIST_MAX}份更早的报告：\`npm run export -- --visits 文件.csv\` 导出全部。`);
  return reply('visit.list', {
    title: `拜访报告：${client.name}（共${sorted.length}份）`,
    vars: { clientId: client.id, count: sorted.length, dates: sorted.map((v) => v.date).join(',') },
    body,
    context: ['4.2：撰写拜访报告，养成撰写营销工作日记的习惯；最新的在前'],
    sections: ['4.2'],
    confidential: true,
  });
}

/** Newest first: by visit date, then the later saved. */
export function newestFirst<V extends Pick<Visit, 'date'>>(visits: readonly V[]): V[] {
  return visits
    .map((v, i) => ({ v, i }))
    .sort((a, b) => b.v.date.localeCompare(a.v.date) || b.i - a.i)
    .map((x) => x.v);
}

/** 4.1 拜访前准备, filled with what the archive knows. */
export function prepReply(archive: Pick<Archive, 'visits' | 'contacts'>, client: Client, today: string): Reply {
  const t = visitTable.prep;
  const last = lastActivity(client, latestActivityByClient(archive));
  const lastVisit = archive.visits.filter((v) => v.clientId === client.id).sort((a, b) => b.date.localeCompare(a.date))[0];
  const known: string[] = [];
  if (client.class) known.push(`类别：${client.class}类（2.3）`);
  if (client.stage) known.push(`关系阶段：${client.stage}（15.3.2.5）`);
  if (client.industry || client.region) known.push(`行业/地区：${client.industry ?? '—'} / ${client.region ?? '—'}`);
  const f = client.figures;
  const money = [
    f.netAssets !== undefined ? `净资产${formatWan(f.netAssets)}` : '',
    f.revenue !== undefined ? `销售收入${formatWan(f.revenue)}` : '',
    f.profit !== undefined ? `利润${formatWan(f.profit)}` : '',
  ].filter(Boolean);
  if (money.length) known.push(`财务：${money.join('，')}`);
  known.push(`最近联系：${last ?? '从未记录'}`);
  for (const g of client.guarantees) known.push(`在保：${productLabel(g.product)} ${g.amount === undefined ? '金额待补充' : formatMoney(g.amount)}，${g.due}到期（${daysBetween(today, g.due)}天后）`);
  if (lastVisit) {
    known.push(`上次拜访：${lastVisit.date}`);
    const next = lastVisit.fields['下一步工作重点及建议'];
    if (next) known.push(`上次定的下一步：${next}`);
    const issue = lastVisit.fields['遇到的问题'];
    if (issue) known.push(`上次遇到的问题：${issue}`);
  }
  const people = client.contacts.map((p) => `${p.name}${p.role ? `（${p.role}）` : ''}`);
  const talking: string[] = [];
  const soon = client.guarantees.filter((g) => daysBetween(today, g.due) >= 0 && daysBetween(today, g.due) <= 60);
  if (soon.length) talking.push('在保业务将到期：谈续保与再营销（手册6 后续服务与再营销）');
  if (client.class === 'A') talking.push('A类：暂时没有合作机会的大客户，以了解需求、保持关系为主（2.3）');
  if (client.class === 'B') talking.push('B类准客户：对照2.5目标客户条件和1.1贷款条件，确认反担保方式（2.3、2.5）');
  if (client.class === 'C') talking.push('C类：成长阶段，重点了解反担保能否达到公司要求（2.3）');
  if (client.class === 'D') talking.push('D类关注类：近期可能仍无合作机会，以关注和积累资料为主（2.3）');
  talking.push('客户可能感兴趣的话题：改善生产经营状况的措施、提高资金结算和使用效率的方法、对客户有益的其他信息（4.2）');
  talking.push('主动提问，鼓励客户谈业务、问题、经营状况和近期计划，从中梳理需求（4.2、5.3）');
  return reply('visit.prep', {
    title: `拜访前准备：${client.name}`,
    vars: { clientId: client.id, lastVisit: lastVisit?.date ?? null, guaranteesDueSoon: soon.length },
    body: [
      '*档案里已有*',
      ...known.map((k) => `• ${k}`),
      ...(people.length ? [`• 关键人物：${people.join('、')}`] : []),
      '*一、收集客户信息（还需了解）*',
      `• ${t.collect.join('、')}`,
      '*二、制定访问计划*',
      `• ${t.plan.join('、')}`,
      '*三、准备营销工具*',
      `• ${t.materials.join('、')}`,
      '*四、预约拜访时间*',
      `• ${t.appointment.join('、')}，避免唐突`,
      '*建议话题*',
      ...talking.map((x) => `• ${x}`),
    ],
    context: ['4.1 拜访前准备；4.2 拜访客户'],
    sections: ['4.1', '4.2'],
    confidential: true,
  });
}
