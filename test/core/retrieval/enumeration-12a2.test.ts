/**
 * Issue #12, round 2 (fact recall): a list question is answered by the enumeration whose label names what is
 * asked — a list labelled by its lead or by the 以上这些… clause after it, or an enumeration stated inside a
 * sentence (识别有价值客户需要两个步骤:…; 退化期的主要特征有:…) — not by the section's other list or its opening
 * paragraph (docs/handbook-data.md, “Round 2: the enumeration asked for”). Each case failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { replyText } from '../../../src/core/reply.js';

const dm = (q: string) => answerMessage(q)!;

/** The reply cites `id` first and quotes every fact. */
function answersWith(q: string, id: string, facts: readonly string[]): void {
  const r = dm(q);
  expect(r.sections[0]).toBe(id);
  for (const f of facts) expect(replyText(r)).toContain(f);
}

describe('an enumeration stated inside a sentence answers the list question naming it', () => {
  it.each([
    ['有价值客户怎么识别 分哪两步', '15.3.1.2', ['分离出交易型客户', '分析关系型客户']],
    ['关系一旦开始退化 会有哪些迹象', '15.3.2.5.4', ['交易量下降']],
    ['稳定期会出现哪些特征', '15.3.2.5.3', ['关系发展的最高阶段', '高度满意']],
  ])('%s → %s, the sentence stating it (after a short opening definition)', (q, id, facts) => answersWith(q, id, facts));
  it('the other list of the section is not quoted for it', () => {
    expect(replyText(dm('有价值客户怎么识别 分哪两步'))).not.toContain('带来最大利润的客户');
  });
});

describe('a list named by the clause after it (以上这些…基本原则)', () => {
  it.each(['沟通要注意哪些基本原则呀', '沟通的几条基本原则是什么'])('%s → 8.2 尊重、开放、亲和', (q) => answersWith(q, '8.2', ['尊重', '开放', '亲和']));
});

describe('a question not asking for the enumeration keeps its sentence', () => {
  it('交易型和关系型客户差别在哪 → the sentence comparing them, not the list of three classes', () => {
    const text = replyText(dm('交易型客户和关系型客户差别在哪'));
    expect(text).toContain('只关心价格');
    expect(text).not.toContain('带来最大利润的客户');
  });
});

describe('a can-we question stating a spoken, approximate term is decided by the limit on the term', () => {
  it.each(['客户要借个二三十天的民间借贷能做不', '民间借贷 客户想借一二十天 行不行'])('%s → 1.2 一个月以内, 最长不超过三个月', (q) => answersWith(q, '1.2', ['一个月以内', '最长不超过三个月']));
});

describe('a specific question in a section of one short paragraph quotes it whole', () => {
  it.each(['客户税负重想筹划一下 咱们能帮上吗', '客户经理可不可以给企业出出节税的主意'])('%s → 12.6 with 合法合规的税务筹划 and what we offer', (q) =>
    answersWith(q, '12.6', ['合法合规的税务筹划', '合理的税务筹划']),
  );
});
