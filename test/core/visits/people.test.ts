import { describe, expect, it } from 'vitest';
import { contactOffers, known } from '../../../src/core/visits/contacts.js';
import { clauses, extractVisit } from '../../../src/core/visits/extract.js';
import { mentionsIn, placeIn } from '../../../src/core/visits/people.js';

describe('mentionsIn', () => {
  it.each([
    ['今天和王总、李会计在厂里聊了', ['王总', '李会计']],
    ['跟张行长在办公室谈了', ['张行长']],
    ['见了财务总监罗总和出纳小吴', ['罗总', '小吴']],
    ['项目经理老马说回款慢', ['老马']],
    ['老板娘韩姐说想要50万', ['韩姐']],
    ['见了养殖场的顾老板', ['顾老板']],
    ['公司总经理不在，资金总额500万', []],
    ['老板出差了，老客户', []],
    ['小时候', []],
  ] as const)('%s → %j', (text, names) => {
    expect(mentionsIn(text).map((m) => m.name)).toEqual(names);
  });

  it.each([
    ['我和小周一起去的', '小周', true],
    ['与风控部李经理一起去的', '李经理', true],
    ['陪同农商行的徐行长去客户厂里', '徐行长', true],
    ['和我们的风控经理老白', '老白', true],
    ['今天和王总在厂里聊了', '王总', false],
  ] as const)('%s: %s is ours = %s', (text, name, ours) => {
    expect(mentionsIn(text).find((m) => m.name === name)?.ours).toBe(ours);
  });

  it('keeps the role written before the name', () => {
    expect(mentionsIn('财务总监罗总')).toEqual([{ name: '罗总', role: '财务总监', ours: false }]);
  });
});

describe('placeIn', () => {
  it.each([
    ['今天和王总在厂里聊了', '厂里'],
    ['在客户二楼会议室见了汤总', '客户二楼会议室'],
    ['和陈董在茶楼喝茶聊了聊', '茶楼'],
    ['去客户门店看了一下', '客户门店'],
    ['和邱会计在电话里聊了半天', undefined],
  ] as const)('%s → %s', (text, place) => {
    expect(placeIn(text)).toBe(place);
  });
});

describe('known / contactOffers', () => {
  const contacts = [{ name: '王建国', role: '总经理' }, { name: '李会计' }];
  it.each([
    ['王总', true],
    ['李会计', true],
    ['张行长', false],
    ['王会计', false],
    ['小王', false],
  ] as const)('%s on file: %s', (name, want) => {
    expect(known(contacts, { name })).toBe(want);
  });
  it('offers only the client’s people not on file', () => {
    expect(contactOffers({ contacts }, mentionsIn('我和小周一起去的，见了王总、张行长'))).toEqual([{ name: '张行长', role: '行长' }]);
  });
});

describe('clauses and bad input', () => {
  it('cuts a voice note without punctuation before its cue words', () => {
    expect(clauses('今天和王总在厂里聊了扩产的事问题是去年利润下滑下周二再去送材料')).toEqual(['今天和王总在厂里聊了扩产的事', '问题是去年利润下滑', '下周二再去送材料']);
  });
  it.each([[''], ['，，。。'], ['😀😀'], ['a'.repeat(6000)], ['问题是'.repeat(500)], ['<!channel> @here']])('%#: no crash, nothing lost', (notes) => {
    const d = extractVisit(notes, '2026-11-26', '某某');
    expect(d.visitDate).toBe('2026-11-26');
    expect(d.placed!.map((p) => p.text).join('')).toBe(notes.replace(/[。！？!?；;，,\s]+/g, ''));
  });
});

describe('没问题 is not a problem', () => {
  it.each([
    ['他家的征信没问题', '主要内容和达成的共识'],
    ['资料没有问题', '主要内容和达成的共识'],
    ['问题是征信有逾期', '遇到的问题'],
  ] as const)('%s → %s', (text, field) => {
    expect(extractVisit(text, '2026-11-26').placed![0]!.field).toBe(field);
  });
});
