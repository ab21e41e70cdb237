/**
 * Runs the evaluation set: npm run eval. Prints top-1 section accuracy, fact recall, out-of-scope
 * precision/recall, every failure, and the in-process answer latency. Exits 1 if a metric is under 90%.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { answerQuestion } from '../src/core/retrieval/answer.js';
import { evaluate, parseEvalRows } from '../src/core/retrieval/eval.js';

const MIN = 0.9;
const rows = parseEvalRows(readFileSync(new URL('../test/eval/qa.jsonl', import.meta.url), 'utf8'));
const report = evaluate(rows);
const original = evaluate(rows.filter((r) => r.set === undefined));
const heldout = evaluate(rows.filter((r) => r.set === 'heldout'));
const heldoutQs = new Set(rows.filter((r) => r.set === 'heldout').map((r) => r.q));
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

for (const f of report.failures) {
  const expected = f.expected === 'out_of_scope' ? '手册未涉及' : f.expected.join('|');
  const got = f.got === 'not_covered' ? '手册未涉及' : f.got.join(',');
  const missing = f.missingFacts.length > 0 ? `  missing facts: ${f.missingFacts.join('、')}` : '';
  console.log(`✗ ${heldoutQs.has(f.q) ? '[held-out] ' : ''}${f.q}  expected ${expected}  got ${got}${missing}`);
}

const times: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const r of rows) {
    const t = performance.now();
    answerQuestion(r.q);
    times.push(performance.now() - t);
  }
}
times.sort((a, b) => a - b);
const q = (p: number): string => `${times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2)} ms`;

console.log('');
const col = (get: (r: typeof report) => number | string): string =>
  [report, original, heldout].map((r) => String(typeof get(r) === 'number' ? pct(get(r) as number) : get(r)).padEnd(14)).join('');
console.log(`                     ${['all', 'original', 'held-out'].map((h) => h.padEnd(14)).join('')}`);
console.log(`questions            ${col((r) => `${r.inScope} + ${r.outOfScope} oos`)}`);
console.log(`top-1 accuracy       ${col((r) => r.top1Accuracy)}`);
console.log(`fact recall          ${col((r) => r.factRecall)}`);
console.log(`out-of-scope prec.   ${col((r) => r.oosPrecision)}`);
console.log(`out-of-scope recall  ${col((r) => r.oosRecall)}`);
console.log(`latency              p50 ${q(0.5)}, p99 ${q(0.99)} (${times.length} answers)`);

const low = [report.top1Accuracy, report.factRecall, report.oosPrecision, report.oosRecall].some((x) => x < MIN);
process.exitCode = low ? 1 : 0;
