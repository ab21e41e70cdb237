/** Title match (question forms, synonyms at half weight), coverage through the question's synonyms, and quoting across passages. */
import { describe, expect, it } from 'vitest';
import { replyText } from '../../../src/core/reply.js';
import { answerQuestion } from '../../../src/core/retrieval/index.js';
import { parseQuery, titleMatch } from '../../../src/core/retrieval/search.js';
import { alternatives } from '../../../src/core/retrieval/synonyms.js';

const match = (question: string, id: string): number => titleMatch(parseQuery(question), id);

describe('titleMatch', () => {
  it('is 1 for a question that is the title', () => {
    expect(match('考察期', '15.3.2.5.1')).toBeCloseTo(1);
  });
  it('is 0 when no two characters of the title are in the question', () => {
    expect(match('今天天气怎么样', '15.3.2.5.1')).toBe(0);
  });
  it('reads "…是什么" as asking for a definition', () => {
    expect(match('客户关系管理是什么', '15.1')).toBeGreaterThan(match('客户关系管理是什么', '15.3'));
  });
  it('reads "为什么…" as asking for reasons', () => {
    expect(match('为什么要做客户保持', '15.3.3.1')).toBeGreaterThan(match('为什么要做客户保持', '15.3.3.2'));
  });
  it('counts a synonym of a title word, at less than the word itself', () => {
    expect(match('留住', '15.3.3')).toBeGreaterThan(0);
    expect(match('留住', '15.3.3')).toBeLessThan(match('保持', '15.3.3'));
  });
});

describe('alternatives', () => {
  it('takes the group of a longer member the question contains', () => {
    expect(alternatives('迟迟', '客户迟迟不做决定')).toContain('等待');
    expect(alternatives('迟迟')).toEqual(['迟迟']);
  });
});

describe('quoting a text section', () => {
  it('continues into the next passage of the same paragraph', () => {
    expect(replyText(answerQuestion('工程支付保函有什么作用'))).toContain('拖欠工程款');
  });
  it('stays short', () => {
    const r = answerQuestion('为什么要做客户维护');
    expect(r.body[0]!.length).toBeLessThanOrEqual(190);
  });
});
