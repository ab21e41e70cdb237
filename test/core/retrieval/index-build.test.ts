/** The retrieval index is built by a function from any handbook (issue #17): a fixture handbook is searched on its own. */
import { describe, expect, it } from 'vitest';
import type { Section } from '../../../src/core/handbook/schema.js';
import { buildIndex, coverage, handbookIndex, parseQuery, rankSections, scoreUnits } from '../../../src/core/retrieval/search.js';

const section = (id: string, title: string, parent: string | null, order: number, text: string): Section => ({
  id,
  number: id,
  title,
  parent,
  level: id.split('.').length,
  order,
  text,
  passages: text === '' ? [] : [{ kind: 'text', lead: '', items: [text] }],
});

/** A two-product handbook sharing no text with the company's. */
const fixture: Section[] = [
  section('1', '仓储服务', null, 0, ''),
  section('1.1', '冷库租赁', '1', 1, '冷库租赁按托盘计价，每个托盘每天收费，冷冻区温度保持零下十八度。'),
  section('1.2', '干货仓储', '1', 2, '干货仓储适合纸箱包装的日用品，入库前需要验收数量和外包装。'),
];

describe('buildIndex', () => {
  const index = buildIndex(fixture);
  it('indexes exactly the sections it is given', () => {
    expect(new Set(index.units.map((u) => u.section.id))).toEqual(new Set(['1.1', '1.2']));
  });
  it.each([
    ['冷冻区温度是多少', '1.1'],
    ['日用品入库要验收什么', '1.2'],
  ])('%s → %s in the fixture', (q, id) => {
    const ranked = rankSections(scoreUnits(parseQuery(q), index));
    expect(ranked[0]?.id).toBe(id);
    expect(coverage(parseQuery(q), id, index)).toBeGreaterThan(0.5);
  });
  it('a fixture index answers only from its own sections; the company index from the handbook', () => {
    for (const h of rankSections(scoreUnits(parseQuery('谈判流程'), index))) expect(['1.1', '1.2']).toContain(h.id);
    expect(rankSections(scoreUnits(parseQuery('谈判流程'), handbookIndex()))[0]?.id).toBe('8.3.1');
  });
  it('the same question scores the same however often and in whatever order it is asked (no shared buffers)', () => {
    const once = scoreUnits(parseQuery('冷库怎么收费'), index).map((h) => h.score);
    scoreUnits(parseQuery('谈判分几个阶段'));
    expect(scoreUnits(parseQuery('冷库怎么收费'), index).map((h) => h.score)).toEqual(once);
  });
});
