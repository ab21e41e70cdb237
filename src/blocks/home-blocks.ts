/** The App Home view (a manager's desk) and its two modals (add a client, write a visit report). Pure. */
import type { types } from '@slack/bolt';
import { monthDay } from '../core/dates.js';
import { mention } from '../core/mention.js';
import { commandHelp } from '../core/usage.js';
import type { HomeData } from '../usecases/home.js';
import { clip, escapeSlack } from './escape.js';
import { itemBlocks } from './nudge-blocks.js';

type KnownBlock = types.KnownBlock;

export const HOME_ADD_CLIENT_ACTION = 'home_add_client';
export const HOME_WRITE_VISIT_ACTION = 'home_write_visit';
export const HOME_ADD_CLIENT_MODAL = 'home_add_client_modal';
export const HOME_VISIT_NOTES_MODAL = 'home_visit_notes_modal';
/**
 * Home tabs hold at most 100 blocks; nudges take 2 each, the rest of the Home at most 14 — so 40
 * (twice what a digest shows: the digest's "还有N条" points here).
 */
export const HOME_MAX_NUDGES = 40;

const md = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: clip(text, 2900) } });

export function homeView(d: HomeData): types.HomeView {
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: `担保助手 · 我的工作台（${monthDay(d.today)}）`, emoji: true } },
    md(`*我的客户 ${d.clients} 个*${d.dormant ? `　⚠️ 久未联系 ${d.dormant} 个` : ''}`),
    {
      type: 'section',
      fields: [
        {
          type: 'mrkdwn',
          text: `*按类别（2.3）*\n${Object.entries(d.byClass)
            .map(([k, v]) => `${k === '未分类' ? k : `${k}类`} ${v}`)
            .join('　')}`,
        },
        {
          type: 'mrkdwn',
          text: `*按关系阶段（15.3.2.5）*\n${
            Object.entries(d.byStage)
              .map(([k, v]) => `${escapeSlack(k)} ${v}`)
              .join('　') || '—'
          }`,
        },
      ],
    },
    {
      type: 'actions',
      elements: [
        { type: 'button', action_id: HOME_ADD_CLIENT_ACTION, text: { type: 'plain_text', text: '添加客户' }, style: 'primary' },
        { type: 'button', action_id: HOME_WRITE_VISIT_ACTION, text: { type: 'plain_text', text: '写拜访报告' } },
      ],
    },
    { type: 'divider' },
    md(`*今日提醒（${d.nudges.length}）*${d.nudges.length ? '' : '\n暂无需要跟进的客户。'}`),
  ];
  d.nudges.slice(0, HOME_MAX_NUDGES).forEach((n, i) => blocks.push(...itemBlocks(n, i)));
  if (d.nudges.length > HOME_MAX_NUDGES) blocks.push(md(`……另有${d.nudges.length - HOME_MAX_NUDGES}条：处理上面的提醒后刷新本页即可看到；\`/client list\` 列出全部客户（久未联系的在前）。`));
  blocks.push({ type: 'divider' }, md('*最近拜访报告*'));
  blocks.push(
    d.visits.length
      ? md(d.visits.map((v) => `• ${v.date} *${escapeSlack(v.clientName)}*${v.next ? ` — 下一步：${escapeSlack(clip(v.next, 120))}` : ''}`).join('\n'))
      : md('还没有拜访报告。点“写拜访报告”，或用 `/visit 客户名 笔记…`。'),
  );
  if (d.team) {
    blocks.push({ type: 'divider' }, md('*团队（管理员可见）*'));
    const lines = d.team.slice(0, 30).map((t) => escapeSlack(`${mention(t.owner)}：客户${t.clients}个，久未联系${t.dormant}个，今日提醒${t.nudges}条`));
    blocks.push(md(lines.join('\n') || '暂无客户。'));
  }
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: clip(`命令：${commandHelp.map((c) => c.command).join(' ')}；私信我问手册里的产品和做法。`, 2000) }] });
  return { type: 'home', blocks: blocks.slice(0, 100) };
}

export function addClientModal(): types.ModalView {
  return {
    type: 'modal',
    callback_id: HOME_ADD_CLIENT_MODAL,
    title: { type: 'plain_text', text: '添加客户' },
    submit: { type: 'plain_text', text: '添加' },
    close: { type: 'plain_text', text: '取消' },
    blocks: [
      { type: 'input', block_id: 'name', label: { type: 'plain_text', text: '客户名称' }, element: { type: 'plain_text_input', action_id: 'value', max_length: 200 } },
      {
        type: 'input',
        block_id: 'figures',
        optional: true,
        label: { type: 'plain_text', text: '财务数字（按2.3自动分类）' },
        hint: { type: 'plain_text', text: '如 净资产1200万 销售收入3500万 利润300万 资产负债率60% 经营5年 制造业 蜀山区' },
        element: { type: 'plain_text_input', action_id: 'value', max_length: 1000 },
      },
    ],
  };
}

export function visitNotesModal(clients: Array<{ id: string; name: string }>): types.ModalView {
  const pick: KnownBlock =
    clients.length > 0 && clients.length <= 100
      ? {
          type: 'input',
          block_id: 'client',
          label: { type: 'plain_text', text: '客户' },
          element: { type: 'static_select', action_id: 'value', options: clients.map((c) => ({ text: { type: 'plain_text', text: clip(c.name, 75) }, value: c.id })) },
        }
      : { type: 'input', block_id: 'clientName', label: { type: 'plain_text', text: '客户名称' }, element: { type: 'plain_text_input', action_id: 'value' } };
  return {
    type: 'modal',
    callback_id: HOME_VISIT_NOTES_MODAL,
    title: { type: 'plain_text', text: '写拜访报告' },
    submit: { type: 'plain_text', text: '起草' },
    close: { type: 'plain_text', text: '取消' },
    blocks: [
      pick,
      {
        type: 'input',
        block_id: 'notes',
        label: { type: 'plain_text', text: '拜访笔记' },
        hint: { type: 'plain_text', text: '可以写“参加人员：…”“问题：…”“下一步：…”；起草后按手册4.2的拜访报告格式编辑、保存' },
        element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 3000 },
      },
    ],
  };
}
