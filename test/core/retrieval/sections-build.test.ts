/** data/handbook/sections.json is what scripts/build-handbook.ts makes, and the README's defects are handled. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildHandbookJson } from '../../../scripts/handbook/build.js';
import { HandbookSchema, type Section } from '../../../src/core/handbook/schema.js';

const dir = new URL('../../../data/handbook/', import.meta.url);
const source = readFileSync(new URL('handbook.txt', dir), 'utf8');
const json = readFileSync(new URL('sections.json', dir), 'utf8');
const sections = HandbookSchema.parse(JSON.parse(json)).sections;
const byId = new Map(sections.map((s) => [s.id, s]));
const get = (id: string): Section => {
  const s = byId.get(id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
};

describe('sections.json', () => {
  it('is exactly what the build script produces (run npm run build:handbook)', () => {
    expect(buildHandbookJson(source)).toBe(json);
  });
  it('is a copy of the shared handbook', () => {
    expect(source.startsWith('产品与营销')).toBe(true);
  });
  it('has unique ids and every parent exists', () => {
    expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
    for (const s of sections) if (s.parent !== null) expect(byId.has(s.parent)).toBe(true);
  });
  it('keeps document order', () => {
    expect(sections.map((s) => s.order)).toEqual(sections.map((_, i) => i));
  });
});

describe('ids, parents and titles', () => {
  it.each([
    ['1.1', '银行贷款担保', '1'],
    ['1.3', '工程投标保证担保(投标保函)', '1'],
    ['2.2', '按行政区域分类', '2'],
    ['3.4', '连锁寻找法(上下游延伸法)', '3'],
    ['4.1', '拜访前准备', '4'],
    ['4.2', '拜访客户', '4'],
    ['5', '挖掘需求', null],
    ['5.1', '调查-挖掘客户需求的基础', '5'],
    ['5(产品的营销)', '产品的营销', null],
    ['8.3.1', '谈判流程', '8.3'],
    ['10.4', '以客户的重要纪念日为契机,增进与客户之间的感情', '10'],
    ['15.3.2.5.1', '考察期', '15.3.2.5'],
    ['15.3.3.2', '客户保持的方法', '15.3.3'],
  ])('%s → %s (parent %s)', (id, title, parent) => {
    expect(get(id)).toMatchObject({ title, parent });
  });
  it('has no sections 13 and 14', () => {
    expect(byId.has('13')).toBe(false);
    expect(byId.has('14')).toBe(false);
  });
  it('separates titles from bodies', () => {
    expect(get('4.1').text.startsWith('为确保拜访效果')).toBe(true);
    expect(get('3.1').text.startsWith('客户经理通过选定')).toBe(true);
  });
});

describe('defects of the original', () => {
  it('the first 5 (产品的营销) stands before 4, with its own id', () => {
    expect(get('5(产品的营销)').order).toBeLessThan(get('4').order);
    expect(get('5(产品的营销)').number).toBe('5');
    expect(get('5').number).toBe('5');
  });
  it('11对我公司产品和服务的熟悉程度 has no dot: it stays inside 10.4, as the handbook README says (no section 11)', () => {
    expect(get('10.4').text).toContain('11对我公司产品和服务的熟悉程度“工欲善其事');
    expect(sections.some((s) => s.id === '11')).toBe(false);
  });
  it('the part heading 公司业务营销 is not part of 1.9', () => {
    expect(get('1.9').text.endsWith('有效保护投资人利益。')).toBe(true);
  });
  it('15.3.3.2 is marked truncated and is the only one', () => {
    expect(get('15.3.3.2').truncated).toBe(true);
    expect(sections.filter((s) => s.truncated).map((s) => s.id)).toEqual(['15.3.3.2']);
    expect(get('15.3.3.2').passages.at(-1)?.items.at(-1)).toBe('感情投资。一旦与客户建立了业务关系');
  });
  it('the flow chart of 7.2 is its own passage', () => {
    expect(get('7.2').passages.find((p) => p.kind === 'flow')).toEqual({
      kind: 'flow',
      lead: '公司业务营销流程图',
      items: ['客户定位', '选择渠道', '基础客户', '挖掘需求', '提供方案', '业务办理', '后续服务与再营销'],
    });
  });
  it('the table of 15.3.2.1 is a list of 类型：特征', () => {
    const table = get('15.3.2.1').passages.find((p) => p.kind === 'table');
    expect(table?.items.map((i) => i.split('：')[0])).toEqual(['基本型', '被动型', '负责型', '能动型', '伙伴型']);
    expect(table?.items[0]).toBe('基本型：把产品销售出去就不再与客户接触。');
  });
});

describe('passages', () => {
  it.each([
    ['8.3.1', '一般正规的谈判过程分为六个阶段', 6, '导入阶段'],
    ['2.5', '', 5, '经营3年以上'],
    ['4.2', '拜访客户的一般步骤', 6, '与客户寒暄'],
    ['15.3.1.1', '识别潜在客户需要遵守以下原则', 6, '摒弃平均客户'],
    ['4.1', '为确保拜访效果,客户经理在拜访之前,应做好充分的准备工作。', 4, '收集客户的基本信息'],
  ])('%s keeps its numbered list', (id, lead, count, first) => {
    const list = get(id).passages.find((p) => p.kind === 'list');
    expect(list?.lead).toBe(lead);
    expect(list?.items).toHaveLength(count);
    expect(list?.items[0]?.startsWith(first)).toBe(true);
  });
  it('splits product sections at their labels', () => {
    const leads = get('1.1').passages.map((p) => p.lead);
    expect(leads).toEqual(['', '产品功能', '客户基本条件', '产品特点', '担保收费']);
  });
  it('cuts long text into sentence groups of whole sentences', () => {
    for (const s of sections) {
      for (const p of s.passages) if (p.kind === 'text') expect(p.items[0]!.length).toBeLessThanOrEqual(240);
    }
  });
  it('loses no text: every passage item is in its section text', () => {
    for (const s of sections) {
      const flat = s.text.replace(/\s/g, '');
      for (const p of s.passages) {
        if (p.kind !== 'text') continue;
        expect(flat).toContain(p.items[0]!.replace(/\s/g, ''));
      }
    }
  });
});
