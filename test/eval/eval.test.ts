/**
 * The evaluation through the DM path (core/intents/respond.ts): the frozen held-out set gates CI on issue #12's
 * targets (ISSUE in ./gates.ts), the tuned set keeps its gates, no out-of-scope reply anywhere shows a fee or amount,
 * and ours beats the MiniSearch baseline on held-out. `npm run eval` prints every failure.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../src/core/intents/respond.js';
import { reply, type Reply } from '../../src/core/reply.js';
import { answerQuestion } from '../../src/core/retrieval/answer.js';
import { evaluate, parseEvalRows } from '../../src/core/retrieval/eval.js';
import { ISSUE, LATER_HELDOUT_SETS } from './gates.js';
import { baselineAnswer } from './minisearch-baseline.js';

const read = (name: string) => parseEvalRows(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));
const ours = (q: string): Reply => answerMessage(q) ?? reply('visit', { title: 'visit' });
const tunedRows = read('qa.jsonl');
const heldoutRows = read('qa-heldout.jsonl');
const tuned = evaluate(tunedRows, ours);
const heldout = evaluate(heldoutRows, ours);
/**
 * The later held-out sets (gates.ts LATER_HELDOUT_SETS), each written by someone who had seen neither the code nor the
 * other sets and committed before its first run; each held at that first run, since the classes it found were fixed
 * (so later figures on it are contaminated: docs/handbook-data.md).
 */
const later = LATER_HELDOUT_SETS.map((set) => ({ ...set, report: evaluate(read(set.file), ours) }));
const baseline = evaluate(heldoutRows, baselineAnswer);

describe('held-out set (frozen before tuning)', () => {
  it('has at least 150 in-scope and 50 out-of-scope questions', () => {
    expect(heldout.inScope).toBeGreaterThanOrEqual(150);
    expect(heldout.outOfScope).toBeGreaterThanOrEqual(50);
  });
  it.each([
    ['top-1 section', heldout.top1Accuracy, ISSUE.top1],
    ['fact recall', heldout.factRecall, ISSUE.factRecall],
    ['out-of-scope precision', heldout.oosPrecision, ISSUE.oosPrecision],
    ['out-of-scope recall', heldout.oosRecall, ISSUE.oosRecall],
  ])('%s ≥ %s', (_name, value, gate) => {
    expect(value).toBeGreaterThanOrEqual(gate);
  });
  it('beats the MiniSearch baseline (same sections, same tokenizer)', () => {
    expect(heldout.top1Accuracy).toBeGreaterThan(baseline.top1Accuracy);
    expect(heldout.factRecall).toBeGreaterThan(baseline.factRecall);
    expect(heldout.oosRecall).toBeGreaterThan(baseline.oosRecall);
  });
});

describe.each(later.map((x) => [x.name, x.report, x.floor] as const))('%s: rows fixed by class since are no longer blind; held at its first run', (_set, r, first) => {
  it.each([
    ['top-1 section', r.top1Accuracy, first.top1],
    ['fact recall', r.factRecall, first.factRecall],
    ['out-of-scope precision', r.oosPrecision, first.oosPrecision],
    ['out-of-scope recall', r.oosRecall, first.oosRecall],
  ])('%s ≥ its first run (%s ≥ %s)', (_name, value, floor) => {
    expect(value).toBeGreaterThanOrEqual(floor);
  });
});

describe('no out-of-scope reply shows a fee or amount', () => {
  const sets: Array<[string, string[]]> = [
    ['tuned', tuned.oosWithFigures],
    ['held-out', heldout.oosWithFigures],
    ...later.filter((x) => x.noFigures).map((x): [string, string[]] => [x.name, x.report.oosWithFigures]),
  ];
  it.each(sets)('%s set', (_name, shown) => {
    expect(shown).toEqual([]);
  });
});

describe('tuned set (test/eval/qa.jsonl)', () => {
  it('has at least 80 in-scope and 15 out-of-scope questions', () => {
    expect(tuned.inScope).toBeGreaterThanOrEqual(80);
    expect(tuned.outOfScope).toBeGreaterThanOrEqual(15);
  });
  it.each([
    ['top-1 section accuracy', tuned.top1Accuracy, 0.92],
    ['fact recall', tuned.factRecall, 0.9],
    ['out-of-scope precision', tuned.oosPrecision, 0.95],
    ['out-of-scope recall', tuned.oosRecall, 0.95],
  ])('%s ≥ %s', (_name, value, gate) => {
    expect(value).toBeGreaterThanOrEqual(gate);
  });
  it('covers every section family', () => {
    const families = new Set([...tunedRows, ...heldoutRows].flatMap((r) => ('sections' in r ? r.sections.map((s) => s.split(/[.(]/)[0]) : [])));
    for (const f of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '12', '15']) expect(families).toContain(f);
  });
});

describe('evaluate', () => {
  it('counts hits, facts and out-of-scope answers, and out-of-scope replies showing figures', () => {
    const r = evaluate(
      [
        { q: '谈判分几个阶段', sections: ['8.3.1'], facts: ['导入阶段', '不存在的事实'] },
        { q: '今天天气怎么样', out_of_scope: true },
      ],
      answerQuestion,
    );
    expect(r).toMatchObject({ inScope: 1, outOfScope: 1, top1Accuracy: 1, factRecall: 0.5, oosPrecision: 1, oosRecall: 1, oosWithFigures: [] });
    const leaky = evaluate([{ q: '融资租赁费率', out_of_scope: true }], () => reply('handbook.answer', { title: '费率1.8%/年' }));
    expect(leaky.oosWithFigures).toEqual(['融资租赁费率']);
  });
});
