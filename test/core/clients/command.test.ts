import { describe, expect, it } from 'vitest';
import { parseClientCommand, takeName, userIdOf } from '../../../src/core/clients/command.js';

describe('parseClientCommand', () => {
  it.each([
    ['', { sub: 'help' }],
    ['help', { sub: 'help' }],
    ['某某科技', { sub: 'show', name: '某某科技' }],
    ['“合肥 某某 科技” ', { sub: 'show', name: '合肥 某某 科技' }],
    ['add 合肥某某科技有限公司 净资产1200万 销售收入3500万', { sub: 'add', name: '合肥某某科技有限公司', rest: '净资产1200万 销售收入3500万' }],
    ['新增 某某', { sub: 'add', name: '某某', rest: '' }],
    ['list', { sub: 'list', classes: [], stages: [], dormantOnly: false, unused: [] }],
    ['list B 形成期', { sub: 'list', classes: ['B'], stages: ['形成期'], dormantOnly: false, unused: [] }],
    ['list c类 沉睡 xyz', { sub: 'list', classes: ['C'], stages: [], dormantOnly: true, unused: ['xyz'] }],
    ['contact 某某 2026-11-20 电话沟通续保', { sub: 'contact', name: '某某', date: '2026-11-20', note: '电话沟通续保' }],
    ['contact 某某 昨天 拜访了财务总监', { sub: 'contact', name: '某某', date: '昨天', note: '拜访了财务总监' }],
    ['contact 某某 11月20日 宴请', { sub: 'contact', name: '某某', date: '11月20日', note: '宴请' }],
    ['contact 某某 电话沟通', { sub: 'contact', name: '某某', note: '电话沟通' }],
    ['stage 某某 形成期', { sub: 'stage', name: '某某', stage: '形成期', unused: [] }],
    ['stage 某某 稳定期 伙伴型', { sub: 'stage', name: '某某', stage: '稳定期', relationship: '伙伴型', unused: [] }],
    ['type 某某 能动型', { sub: 'stage', name: '某某', relationship: '能动型', unused: [] }],
    ['assign 某某 <@U123|li>', { sub: 'assign', name: '某某', to: 'U123' }],
    ['assign 某某 U0ABC', { sub: 'assign', name: '某某', to: 'U0ABC' }],
    ['assign <@U1AA> <@U2BB>', { sub: 'handover', from: 'U1AA', to: 'U2BB' }],
  ])('%s', (text, expected) => {
    expect(parseClientCommand(text)).toEqual(expected);
  });

  it.each([
    ['add', '缺少客户名称'],
    ['contact 某某', '需要客户名称和联系内容'],
    ['contact 某某 2026-11-20', '需要联系内容'],
    ['stage 某某 很好', '需要客户名称，以及阶段'],
    ['assign 某某 李经理', '需要客户名称和接手的客户经理'],
  ])('%s → invalid', (text, reason) => {
    const c = parseClientCommand(text);
    expect(c.sub === 'invalid' && c.reason).toContain(reason);
  });
});

describe('takeName / userIdOf', () => {
  it.each([
    ['a b c', 'a', 'b c'],
    ['"x y" z', 'x y', 'z'],
    ['「某 某」', '某 某', ''],
  ])('takeName(%s)', (text, name, rest) => {
    expect(takeName(text)).toEqual({ name, rest });
  });
  it.each([
    ['<@U123>', 'U123'],
    ['<@W9Z|name>', 'W9Z'],
    ['U0ABC', 'U0ABC'],
    ['@U0ABC', 'U0ABC'],
    ['李经理', undefined],
    ['<!channel>', undefined],
    [`U${'A'.repeat(30)}`, undefined],
    [`<@W${'9'.repeat(30)}>`, undefined],
  ])('userIdOf(%s)', (t, id) => {
    expect(userIdOf(t)).toBe(id);
  });
});
