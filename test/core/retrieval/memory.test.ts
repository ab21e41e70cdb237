/**
 * The question memory (src/core/retrieval/memory.ts): data/examples.json is current and holds no held-out question; the
 * nearest examples reorder the handbook's ranking without deciding whether a question is answered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildExamplesJson } from '../../../scripts/memory/build.js';
import { answerQuestion } from '../../../src/core/retrieval/answer.js';
import { parseEvalRows } from '../../../src/core/retrieval/eval.js';
import { memoryVotes, remember } from '../../../src/core/retrieval/memory.js';
import { normalize } from '../../../src/core/retrieval/normalize.js';
import { parseQuery, rankSections, scoreUnits } from '../../../src/core/retrieval/search.js';

const json = readFileSync(new URL('../../../data/examples.json', import.meta.url), 'utf8');
const examples = (JSON.parse(json) as { examples: Array<{ q: string; sections: string[] }> }).examples;
const evalDir = new URL('../../eval/', import.meta.url);
const ranked = (text: string) => {
  const q = parseQuery(text);
  return { q, lexical: rankSections(scoreUnits(q)) };
};

describe('data/examples.json', () => {
  it('is exactly what the build script produces (run npm run build:memory)', () => {
    expect(buildExamplesJson()).toBe(json);
  });
  it('holds no question of any held-out set, so held-out figures stay a measure of unseen questions', () => {
    const heldout = readdirSync(evalDir)
      .filter((f) => /^qa-heldout.*\.jsonl$/.test(f))
      .flatMap((f) => parseEvalRows(readFileSync(new URL(f, evalDir), 'utf8')).map((r) => normalize(r.q)));
    expect(heldout.length).toBeGreaterThan(1000);
    const asked = new Set(heldout);
    expect(examples.filter((e) => asked.has(normalize(e.q)))).toEqual([]);
  });
});

describe('memoryVotes', () => {
  it('an example never votes for its own text (the eval stays leave-one-out)', () => {
    const own = examples.find((e) => e.sections.length === 1 && e.sections[0] === '7.1')!;
    const votes = memoryVotes(parseQuery(own.q));
    const total = [...votes.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 6);
    // Its own example is left out: the same text with a filler added is another question, and the example votes then.
    const withOwn = memoryVotes(parseQuery(`${own.q}啊`));
    expect(withOwn.get('7.1') ?? 0).toBeGreaterThan(votes.get('7.1') ?? 0);
  });
  it('shares sum to 1 over the nearest examples, and a question sharing no term gets none', () => {
    expect(memoryVotes(parseQuery('zzzz qqqq')).size).toBe(0);
  });
});

describe('remember', () => {
  it('reorders near neighbours by managers’ words: 请客送礼 for keeping clients is 7.1 (客户维护的方法), not 7.2', () => {
    const { q, lexical } = ranked('维护客户关系光靠请客送礼够不够');
    expect(lexical.slice(0, 2).map((h) => h.id)).toEqual(['7.2', '7.1']);
    const mine = remember(q, lexical);
    expect(mine[0]!.id).toBe('7.1');
    expect(answerQuestion('维护客户关系光靠请客送礼够不够').sections?.[0]).toBe('7.1');
  });
  it('never adds or drops a section, and the first keeps the handbook’s best score (the answer gate is unchanged)', () => {
    for (const text of ['维护客户关系光靠请客送礼够不够', '谈判的时候对方一直不松口僵住了', '客户资料上哪去找']) {
      const { q, lexical } = ranked(text);
      const mine = remember(q, lexical);
      expect(new Set(mine.map((h) => h.id))).toEqual(new Set(lexical.map((h) => h.id)));
      expect(mine[0]!.score).toBe(Math.max(...lexical.map((h) => h.score)));
    }
  });
  it('an out-of-scope question stays 手册未涉及 whatever its neighbours', () => {
    expect(answerQuestion('注册资本要实缴多少').key).toBe('handbook.not_covered');
  });
});
