/**
 * Issue #12: a topic the handbook lacks, named in the question, wins over the eligibility checklists (客户离婚了
 * 房产抵押还能用吗 is family law, not 1.1 / 2.5) — and no scope word is a client fact the checklists decide, so a
 * question stating such a fact (有官司, 征信有问题, 抵押) still runs them.
 */
import { describe, expect, it } from 'vitest';
import scopeRaw from '../../../data/scope.json' with { type: 'json' };
import { eligibilityTable } from '../../../src/core/intents/eligibility.js';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { route } from '../../../src/core/intents/route.js';
import { replyText } from '../../../src/core/reply.js';
import { showsFeeOrAmount } from '../../../src/core/retrieval/eval.js';
import { normalize } from '../../../src/core/retrieval/normalize.js';
import { outOfScope } from '../../../src/core/retrieval/scope.js';

/** The words that make a question an eligibility question: facts, and the claims a manager makes. */
const factWords = [...eligibilityTable.facts, ...eligibilityTable.claims.flatMap((c) => c.words)].map(normalize);
const scopeWords = scopeRaw.topics.flatMap((t) => t.words.map((w) => [t.id, normalize(w), ((t as { unless?: string[] }).unless ?? []).map(normalize)] as const));

describe('scope words and eligibility fact words are disjoint', () => {
  it('no scope word is a fact word or part of one (it would fire whenever the fact is stated) unless its topic yields to it', () => {
    // 起诉 is part of 被起诉 (a fact): legal_tax lists 被起诉 under `unless`, so the fact wins.
    const clashes = scopeWords.filter(([, w, unless]) => factWords.some((f) => f.includes(w) && !unless.some((u) => f.includes(u)))).map(([id, w]) => `${id}:${w}`);
    expect(clashes).toEqual([]);
  });

  it.each(factWords)('a fact alone never makes a question out of scope: 客户%s，还能做吗', (f) => {
    expect(outOfScope(`客户${f}，还能做吗`)).toBeNull();
  });
});

describe('route: out of scope before eligibility', () => {
  it.each([
    // A family-law, tax or errand topic with a fact the checklists know: the topic wins.
    ['客户离婚了 房产抵押还能用吗', 'legal_tax'],
    ['老板在办离婚 征信没问题 还能做吗', 'legal_tax'],
    ['企业贷款卡年检在哪办 办完能做吗', 'errand'],
    ['股东变更要交印花税吗 负债率60%能做吗', 'legal_tax'],
  ])('%s → 手册未涉及 (%s), no figure', (q, topic) => {
    expect(route(q).kind).toBe('handbook');
    const r = answerMessage(q)!;
    expect(r.key).toBe('handbook.not_covered');
    expect(r.vars.topic).toBe(topic);
    expect(showsFeeOrAmount(replyText(r))).toBe(false);
  });

  it.each(['客户有官司还能做吗', '客户在打官司 还能做吗', '客户被起诉了还能做吗', '法人征信有问题 还能不能做', '客户有房产抵押 能做吗', '负债率75%还能做贷款担保吗'])(
    '%s → the checklists (a criterion fact, never out of scope)',
    (q) => {
      expect(route(q).kind).toBe('eligibility');
      expect(answerMessage(q)!.key).toBe('eligibility.result');
    },
  );
});

describe('errands for documents the handbook names only as conditions', () => {
  it.each(['贷款卡年检去哪办', '客户的征信报告在哪查', '环评要带什么材料去申请', '营业执照年检怎么办理', '排污许可证去哪个部门办'])('%s → errand', (q) => {
    expect(outOfScope(q)?.topic).toBe('errand');
  });

  it.each(['投标保函怎么办理', '贷款担保怎么申请', '反担保怎么办理', '客户征信不好能做吗', '贷款卡是什么条件'])('%s → not an errand', (q) => {
    expect(outOfScope(q)?.topic).not.toBe('errand');
  });
});
