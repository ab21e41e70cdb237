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
import { HELDOUT2_FIRST_RUN, HELDOUT3_FIRST_RUN, HELDOUT4_FIRST_RUN, ISSUE } from './gates.js';
import { baselineAnswer } from './minisearch-baseline.js';

const read = (name: string) => parseEvalRows(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));
const ours = (q: string): Reply => answerMessage(q) ?? reply('visit', { title: 'visit' });
const tunedRows = read('qa.jsonl');
const heldoutRows = read('qa-heldout.jsonl');
const tuned = evaluate(tunedRows, ours);
const heldout = evaluate(heldoutRows, ours);
/**
 * A second held-out set (qa-heldout2.jsonl), written after all tuning by someone who had not seen the code or the
 * other sets, committed before its first run. First run: top-1 87.1%, fact recall 81.8%, out-of-scope precision
 * 100%, recall 92.0%, one out-of-scope reply showing a fee (a competitor's rate). Its floors are that first run
 * (HELDOUT2_FIRST_RUN); its failures were since fixed by class, so later figures on it are contaminated
 * (docs/handbook-data.md).
 */
const heldout2 = evaluate(read('qa-heldout2.jsonl'), ours);
/**
 * A third blind set (qa-heldout3.jsonl, 193 + 50), written from the handbook alone, run once (HELDOUT3_FIRST_RUN). Its
 * failure classes were fixed since (issue #12, docs/handbook-data.md): later figures on it are contaminated.
 */
const heldout3 = evaluate(read('qa-heldout3.jsonl'), ours);
/**
 * A fourth blind set (qa-heldout4.jsonl, 188 + 52), written from the handbook alone while held-out 3's classes were
 * fixed, run once (HELDOUT4_FIRST_RUN). Four of its out-of-scope replies showed a figure; three classes were fixed
 * since (scope.json), so it is no longer blind either. One remains (an eligibility question about a legal matter, see
 * docs/handbook-data.md), which is why it is not in the zero-figure check below yet.
 */
const heldout4 = evaluate(read('qa-heldout4.jsonl'), ours);
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

describe.each([
  ['second held-out set (written after tuning)', heldout2, HELDOUT2_FIRST_RUN],
  ['third held-out set (run once blind)', heldout3, HELDOUT3_FIRST_RUN],
  ['fourth held-out set (run once blind)', heldout4, HELDOUT4_FIRST_RUN],
] as const)('%s: rows fixed by class since are no longer blind; held at its first run', (_set, r, first) => {
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
  it.each([
    ['tuned', tuned.oosWithFigures],
    ['held-out', heldout.oosWithFigures],
    ['held-out 2', heldout2.oosWithFigures],
    ['held-out 3', heldout3.oosWithFigures],
  ])('%s set', (_name, shown) => {
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
    for (const f of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '15']) expect(families).toContain(f);
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
