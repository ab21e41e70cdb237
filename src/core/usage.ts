/**
 * Usage and help replies. Shown for empty or unparseable input, so every command answers
 * from the start with examples a manager can copy.
 */
import { reply, type Reply } from './reply.js';

export interface CommandHelp {
  command: string;
  summary: string;
  examples: string[];
}

/** The commands the product answers, in the order /help lists them. */
export const commandHelp: CommandHelp[] = [
  {
    command: '/quote',
    summary: '报价：按手册第1章算担保费或担保金额，每个数字注明规则和章节',
    examples: ['/quote 银行贷款担保 500万 合肥 新客户 1年', '/quote 投标保函 投标总价 5000万', '/quote 履约保函 合同价 2000万 经评审的最低投标价法', '/quote 民间借贷 200万 30天 日费率0.05%'],
  },
  {
    command: '/classify',
    summary: '分类：按手册2.3定A/B/C/D类，逐条对照2.5目标客户条件和1.1贷款条件',
    examples: ['/classify 净资产1200万 销售收入3500万 资产负债率60% 经营5年', '/classify 总资产1.5亿 销售收入2亿 利润800万 制造业'],
  },
  {
    command: '/visit',
    summary: '拜访：按手册4.2起草拜访报告并保存到档案；按4.1准备拜访',
    examples: ['/visit 某某科技 参加人员：王总、李会计 问题：反担保未落实 下一步：下周送材料', '/visit prep 某某科技'],
  },
  {
    command: '/client',
    summary: '客户档案：查看、新增、记录联系、阶段、移交；只看得到自己的客户',
    examples: ['/client list', '/client 某某科技', '/client add 合肥某某科技有限公司 净资产1200万 销售收入3500万', '/client contact 某某科技 电话沟通续保意向'],
  },
];

export function usageReply(command: string, reason?: string): Reply {
  const help = commandHelp.find((c) => c.command === command);
  if (!help) return helpReply();
  return reply(`usage.${command.slice(1)}`, {
    title: `${help.command} 用法`,
    vars: { command: help.command, reason: reason ?? null },
    body: [...(reason ? [reason] : []), help.summary, '例如：', ...help.examples.map((e) => `• \`${e}\``)],
  });
}

export function helpReply(): Reply {
  return reply('help', {
    title: '担保助手能做什么',
    vars: { commands: commandHelp.map((c) => c.command).join(',') },
    body: [...commandHelp.map((c) => `• *${c.command}* — ${c.summary}\n   例：\`${c.examples[0]}\``), '• *直接发消息* — 问手册里的产品和做法，如“拜访报告要写什么”“外地老客户费率多少”，回答注明章节'],
    context: ['所有数字出自公司《客户经理手册·产品与营销》，或 data/ 中标明为“公司设置”的参数。'],
  });
}
