/** The reply's shape, the not-covered path, traditional input and determinism. (Speed is measured by `npm run bench`, not here.) */
import { describe, expect, it } from 'vitest';
import { replyText } from '../../../src/core/reply.js';
import { answerQuestion, searchSections } from '../../../src/core/retrieval/index.js';
import { normalize } from '../../../src/core/retrieval/normalize.js';

describe('answerQuestion', () => {
  it('cites section number and title, and carries sections and score in vars', () => {
    const r = answerQuestion('谈判分几个阶段');
    expect(r.key).toBe('handbook.answer');
    expect(r.title).toBe('手册 8.3.1 谈判流程');
    expect(r.vars.sections).toBe(r.sections.join(','));
    expect(typeof r.vars.score).toBe('number');
    expect(r.context.join('\n')).toContain('8.3.1 谈判流程');
  });
  it('quotes a list as a list, not the whole section', () => {
    const r = answerQuestion('客户关系有哪几种类型');
    expect(r.body.filter((l) => l.startsWith('• '))).toHaveLength(5);
    expect(replyText(r).length).toBeLessThan(600);
  });
  it('quotes the one item a question points to', () => {
    const r = answerQuestion('拜访报告要写什么');
    expect(r.body.join('\n')).toContain('拜访报告的主要内容包括');
    expect(r.body.join('\n')).not.toContain('与客户寒暄');
  });
  it('shows the flow chart as an arrow chain', () => {
    expect(answerQuestion('营销流程图').body).toContain('客户定位 → 选择渠道 → 基础客户 → 挖掘需求 → 提供方案 → 业务办理 → 后续服务与再营销');
  });
  it('says where the text breaks off', () => {
    const r = answerQuestion('客户保持的方法有哪些');
    expect(replyText(r)).toContain('原文到此中断');
  });
});

describe('not covered', () => {
  it.each(['今天天气怎么样', '个税怎么算', '现在房贷利率是多少', '帮我写一个python快速排序', '车险理赔流程是怎样的', '', '？？？'])('%s → handbook.not_covered', (q) => {
    const r = answerQuestion(q);
    expect(r.key).toBe('handbook.not_covered');
    expect(r.title).toBe('手册未涉及');
    expect(r.sections).toEqual([]);
    expect(r.body.join('\n')).toMatch(/\/quote[\s\S]*\/classify[\s\S]*手册问答/);
  });
});

describe('traditional characters', () => {
  it.each([
    ['談判分幾個階段', '谈判分几个阶段'],
    ['客戶關係有哪幾種類型', '客户关系有哪几种类型'],
    ['拜訪報告要寫什麼', '拜访报告要写什么'],
    ['目標客戶的條件是什麼', '目标客户的条件是什么'],
  ])('%s answers like %s', (traditional, simplified) => {
    expect(normalize(traditional)).toBe(simplified);
    expect(answerQuestion(traditional)).toEqual(answerQuestion(simplified));
  });
});

describe('determinism', () => {
  it('gives the same answer every time', () => {
    const qs = ['谈判分几个阶段', '怎么找客户', '拜访报告要写什么', '今天天气怎么样'];
    const first = qs.map((q) => answerQuestion(q));
    for (let i = 0; i < 3; i++) expect(qs.map((q) => answerQuestion(q))).toEqual(first);
  });
});

describe('searchSections', () => {
  it('ranks sections, best first, with the passage that answers', () => {
    const hits = searchSections('客户关系生命周期分几个阶段', 3);
    expect(hits).toHaveLength(3);
    expect(hits[0]).toMatchObject({ id: '15.3.2.5', title: '客户关系生命周期' });
    expect(hits[0]!.passage).toContain('考察期');
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
  });
  it('returns nothing for a question with no handbook words', () => {
    expect(searchSections('？？？', 5)).toEqual([]);
  });
});

describe('place words say where the client is, not what is asked', () => {
  it.each([
    ['肥西的客户怎么找', '3'],
    ['瑶海那边的客户去哪找', '3'],
    ['去庐阳区拜访客户要注意什么', '4.2'],
  ])('%s → %s, not 2.2’s list of districts or 1.1’s fee clause', (q, id) => {
    const r = answerQuestion(q);
    expect(r.sections[0]).toBe(id);
    expect(replyText(r)).not.toMatch(/费率|%/);
  });
  it('a place word does not make an in-scope question 手册未涉及', () => {
    const r = answerQuestion('长丰县的客户怎么维护');
    expect(r.key).toBe('handbook.answer');
    expect(r.sections[0]).toMatch(/^7/);
  });
  it.each(['合肥有几个区县', '合肥下辖哪些区县', '合肥市下面有哪些区'])('%s → 2.2’s districts, not the fees', (q) => {
    const r = answerQuestion(q);
    expect(r.sections[0]).toBe('2.2');
    expect(replyText(r)).toContain('庐阳');
    expect(replyText(r)).not.toMatch(/费率|%/);
  });
});

describe('manager words for what follows a deal (6 后续服务与再营销)', () => {
  it.each(['售后服务怎么做', '保后还要做什么', '成交后怎么再营销'])('%s → 6', (q) => {
    const r = answerQuestion(q);
    expect(r.key).toBe('handbook.answer');
    expect(r.sections[0]).toBe('6');
    expect(replyText(r)).toContain('再营销');
  });
  it('coverage words never run across a cut question word: 回访|怎么|再营销 is not the unknown word 回访再营销', () => {
    // 再营销 is 6's title; the question is in scope although 回访 is not in the handbook.
    const r = answerQuestion('回访怎么再营销');
    expect(r.key).toBe('handbook.answer');
    expect(r.sections[0]).toBe('6');
  });
});
