/**
 * Issue #12 (branch issue-13c): the eval's fact matcher reads a flow chart shown with arrows (7.2: 客户定位 → 选择渠道 → …)
 * as the handbook prints it (客户定位选择渠道…), and stays strict on every other character.
 */
import { describe, expect, it } from 'vitest';
import { reply } from '../../../src/core/reply.js';
import { evaluate, factText } from '../../../src/core/retrieval/eval.js';

const flow = reply('handbook.answer', { title: '手册 7.2', body: ['*公司业务营销流程图*', '客户定位 → 选择渠道 → 基础客户 → 挖掘需求'], sections: ['7.2'] });
const missing = (fact: string, r = flow): string[] => evaluate([{ q: '营销流程', sections: ['7.2'], facts: [fact] }], () => r).failures.flatMap((f) => f.missingFacts);

describe('fact matcher', () => {
  it('ignores the arrows and spaces of a flow chart', () => {
    expect(factText('客户定位 → 选择渠道')).toBe('客户定位选择渠道');
    expect(missing('客户定位选择渠道基础客户挖掘需求')).toEqual([]);
  });

  it.each([
    ['客户定位、选择渠道', 'another separator'],
    ['客户定位选择渠道挖掘需求', 'a box left out'],
    ['选择渠道客户定位', 'another order'],
  ])('still misses %s (%s)', (fact) => {
    expect(missing(fact)).toEqual([fact]);
  });

  it('counts punctuation other than arrows', () => {
    const r = reply('handbook.answer', { title: '手册 1.2', body: ['按实际提前天数退担保费;不退利息'], sections: ['1.2'] });
    expect(missing('按实际提前天数退担保费,不退利息', r)).toEqual(['按实际提前天数退担保费,不退利息']);
  });
});
