/** The evaluation set holds its metrics at their gates (test/eval/qa.jsonl; npm run eval prints the failures). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/retrieval/answer.js';
import { evaluate, parseEvalRows } from '../../src/core/retrieval/eval.js';

const rows = parseEvalRows(readFileSync(new URL('./qa.jsonl', import.meta.url), 'utf8'));
const report = evaluate(rows, answerQuestion);

describe('evaluation set', () => {
  it('has at least 80 in-scope and 15 out-of-scope questions', () => {
    expect(report.inScope).toBeGreaterThanOrEqual(80);
    expect(report.outOfScope).toBeGreaterThanOrEqual(15);
  });
  // Gates sit at least 3 points under what is reached (docs/handbook-data.md): top-1 reached 94.2% on the
  // whole file (held-out questions included), so its gate is 91%; the others stay at 90%.
  it.each([
    ['top-1 section accuracy', report.top1Accuracy, 0.91],
    ['fact recall', report.factRecall, 0.9],
    ['out-of-scope precision', report.oosPrecision, 0.9],
    ['out-of-scope recall', report.oosRecall, 0.9],
  ])('%s ≥ %s', (_name, value, gate) => {
    expect(value).toBeGreaterThanOrEqual(gate);
  });
  it('covers every section family', () => {
    const families = new Set(rows.flatMap((r) => ('sections' in r ? r.sections.map((s) => s.split(/[.(]/)[0]) : [])));
    for (const f of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '15']) expect(families).toContain(f);
  });
});

describe('evaluate', () => {
  it('counts hits, facts and out-of-scope answers', () => {
    const r = evaluate([
      { q: '谈判分几个阶段', sections: ['8.3.1'], facts: ['导入阶段', '不存在的事实'] },
      { q: '今天天气怎么样', out_of_scope: true },
    ], answerQuestion);
    expect(r).toMatchObject({ inScope: 1, outOfScope: 1, top1Accuracy: 1, factRecall: 0.5, oosPrecision: 1, oosRecall: 1 });
  });
});
