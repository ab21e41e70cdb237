/**
 * Issue #12, the right section among neighbours: a question asking what a term is (是啥, 啥意思, 咋定义, 有啥区别) is answered
 * by the passage defining that term — a sentence X是指… / “X”则是… or the label of a table or list item (能动型：…) — not by a
 * neighbour whose title shares the question's generic words and its question form (7.1 客户关系维护的涵义, 15.1 …的定义).
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';
import { definesSubject, handbookIndex, parseQuery } from '../../../src/core/retrieval/search.js';

const first = (q: string): string | undefined => answerQuestion(q).sections[0];

describe('the unit defining the term asked about wins its neighbours', () => {
  it.each([
    ['伙伴型客户关系是啥意思', '15.3.2.1'],
    ['基本型的客户关系是什么', '15.3.2.1'],
    ['潜客怎么定义', '15.3.1.1'],
    ['需要和需求有什么不一样', '15.3.1.3'],
    ['crm到底是个啥', '15.1'],
  ])('%s → %s', (q, id) => {
    expect(first(q)).toBe(id);
  });

  it('the defining sentence is quoted', () => {
    expect(answerQuestion('潜客怎么定义').body.join('')).toContain('可能需要产品或接受服务的人');
    expect(answerQuestion('伙伴型客户关系是啥意思').body.join('')).toContain('实现共同发展');
  });
});

describe('what counts as defining', () => {
  const unitsOf = (id: string) => handbookIndex().units.filter((u) => u.section.id === id);

  it('a sentence X是指…, and an item label, define X', () => {
    expect(unitsOf('15.3.1.1').some((u) => u.defines.includes('潜在客户'))).toBe(true);
    expect(unitsOf('15.3.2.1').some((u) => u.defines.includes('能动型'))).toBe(true);
    expect(unitsOf('15.3.1.3').some((u) => u.defines.includes('需求'))).toBe(true);
  });

  it('a clause X是 inside a sentence is a use, not the definition (在实践中,crm是一种…软件)', () => {
    expect(unitsOf('15.2.3').some((u) => u.defines.includes('crm'))).toBe(false);
  });

  it('only a question asking what a term is, naming that term (not a longer one containing it), is matched', () => {
    const label = unitsOf('15.3.2.1').find((u) => u.item !== null && u.defines.includes('能动型'))!;
    expect(definesSubject(parseQuery('能动型客户关系啥意思'), label)).toBe(true);
    expect(definesSubject(parseQuery('能动型客户关系适合什么客户'), label)).toBe(false);
    const need = unitsOf('15.3.1.3').find((u) => u.defines.includes('需求'))!;
    expect(definesSubject(parseQuery('挖掘需求是什么'), need)).toBe(false);
  });

  it.each([
    ['crm系统用到哪些技术', '15.2.3'],
    ['客户关系管理的理论基础是啥', '15'],
  ])('a longer subject keeps its own section: %s → %s', (q, id) => {
    expect(first(q)).toBe(id);
  });
});
