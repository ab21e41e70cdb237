import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/core/parse/index.js';

describe('places: 合肥 and what it administers, or outside', () => {
  it.each([
    ['合肥', { kind: 'hefei', name: '合肥', section: '2.2' }],
    ['合肥市', { kind: 'hefei', name: '合肥', section: '2.2' }],
    ['合肥地区', { kind: 'hefei', name: '合肥', section: '2.2' }],
    ['本地', { kind: 'hefei', name: '本地', section: 'setting' }],
    ['庐阳', { kind: 'hefei', name: '庐阳区', section: '2.2' }],
    ['瑶海区', { kind: 'hefei', name: '瑶海区', section: '2.2' }],
    ['包河', { kind: 'hefei', name: '包河区', section: '2.2' }],
    ['蜀山区', { kind: 'hefei', name: '蜀山区', section: '2.2' }],
    ['新站区', { kind: 'hefei', name: '新站区', section: '2.2' }],
    ['新站', { kind: 'hefei', name: '新站区', section: '2.2' }],
    ['经开区', { kind: 'hefei', name: '经开区', section: '2.2' }],
    ['高新区', { kind: 'hefei', name: '高新区', section: '2.2' }],
    ['肥东', { kind: 'hefei', name: '肥东县', section: '2.2' }],
    ['肥西县', { kind: 'hefei', name: '肥西县', section: '2.2' }],
    ['长丰', { kind: 'hefei', name: '长丰县', section: '2.2' }],
    ['庐江县', { kind: 'hefei', name: '庐江县', section: 'setting' }],
    ['巢湖', { kind: 'hefei', name: '巢湖市', section: 'setting' }],
    ['滨湖', { kind: 'hefei', name: '滨湖新区', section: 'setting' }],
    ['政务区', { kind: 'hefei', name: '政务区', section: 'setting' }],
    ['芜湖', { kind: 'outside', name: '芜湖', section: 'setting' }],
    ['南京市', { kind: 'outside', name: '南京', section: 'setting' }],
    ['上海', { kind: 'outside', name: '上海', section: 'setting' }],
    ['六安', { kind: 'outside', name: '六安', section: 'setting' }],
    ['外地', { kind: 'outside', name: '外地', section: '1.1' }],
    ['合肥以外', { kind: 'outside', name: '外地', section: '1.1' }],
    ['省外', { kind: 'outside', name: '外地', section: '1.1' }],
    ['外省', { kind: 'outside', name: '外地', section: '1.1' }],
    ['非合肥', { kind: 'outside', name: '外地', section: '1.1' }],
  ])('%s', (text, place) => {
    expect(parseInput(text).place).toEqual(place);
  });

  it.each([
    ['巢湖', '“巢湖”不在手册2.2的列举中，按合肥市管辖地区计'],
    ['庐江', '“庐江”不在手册2.2的列举中，按合肥市管辖地区计'],
    ['本地', '“本地”按合肥地区理解'],
    ['包河 合肥', '另有地区“合肥”，按第一个理解'], // same kind; 合肥 芜湖 (two kinds) is asked: probe2-classes.test.ts
  ])('%s notes the reading', (text, note) => {
    expect(parseInput(text).notes).toContain(note);
  });

  it.each([['高新技术企业'], ['安徽']])('%s is not a place', (text) => {
    expect(parseInput(text).place).toBeUndefined();
  });
});

describe('client status: 新/老 only as words of their own', () => {
  it.each([
    ['新客户', 'new'],
    ['老客户', 'returning'],
    ['新', 'new'],
    ['老', 'returning'],
    ['新的', 'new'],
    ['首次合作', 'new'],
    ['第一次合作', 'new'],
    ['没合作过', 'new'],
    ['合作过', 'returning'],
    ['续保', 'returning'],
    ['回头客', 'returning'],
    ['外地老客户', 'returning'],
    ['外地老 500万', 'returning'],
    ['合肥，新，1年', 'new'],
    ['新站 老客户', 'returning'],
  ])('%s → %s', (text, status) => {
    expect(parseInput(text).clientStatus).toBe(status);
  });

  it.each([['新站'], ['老板说要贷款'], ['新增贷款'], ['创新型企业'], ['新站区500万']])('%s says nothing about status', (text) => {
    expect(parseInput(text).clientStatus).toBeUndefined();
  });

  it('新站 stays a place', () => {
    expect(parseInput('新站 500万').place?.name).toBe('新站区');
  });
});

describe('conflicts a blind probe found taken silently', () => {
  it('客户在合肥也在六安: the place after 也在 is the client’s too → asked', () => {
    expect(parseInput('客户在合肥也在六安 贷500万').ambiguous).toEqual([{ field: 'place', sources: ['合肥', '六安'] }]);
    expect(parseInput('客户在合肥 项目在六安 贷500万').place?.kind).toBe('hefei');
  });
  it.each([
    ['六安 第一次合作 之前做过', [{ field: 'clientStatus', sources: ['第一次合作', '之前做过'] }]],
    ['六安 头一回', undefined],
  ])('%s → %o', (text, amb) => {
    expect(parseInput(`贷款700万 ${text} 一年`).ambiguous).toEqual(amb);
  });
  it.each([
    ['之前做过', 'returning'],
    ['第二次合作', 'returning'],
    ['头一回', 'new'],
    ['没做过', 'new'],
  ])('%s → %s', (word, status) => {
    expect(parseInput(`贷款500万 六安 ${word} 一年`).clientStatus).toBe(status);
  });
});
