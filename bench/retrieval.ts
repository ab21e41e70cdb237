/**
 * DM handbook answers in-process: the DM core path (route → respond, as ask.ts answers a DM) over every
 * question of the tuned and held-out evaluation sets, in turn, after a warm-up round. The baseline is the
 * MiniSearch search of the same sections with the same tokenizer (test/eval/minisearch-baseline.ts).
 * Part of `npm run bench` (bench/run.ts); alone: `npx tsx bench/retrieval.ts [--quick]` prints its figures.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { answerMessage } from '../src/core/intents/respond.js';
import { parseEvalRows } from '../src/core/retrieval/eval.js';
import { baselineAnswer } from '../test/eval/minisearch-baseline.js';
import { pct } from './lib.js';

export interface RetrievalFigures {
  calls: number;
  p50: number;
  p99: number;
  baselineP99: number;
}

export function measureRetrieval(rounds: number): RetrievalFigures {
  const read = (name: string) => parseEvalRows(readFileSync(new URL(`../test/eval/${name}`, import.meta.url), 'utf8'));
  const questions = [...read('qa.jsonl'), ...read('qa-heldout.jsonl')].map((r) => r.q);
  let sink = 0;
  for (const q of questions) sink += (answerMessage(q)?.key.length ?? 0) + baselineAnswer(q).key.length;
  const ours: number[] = [];
  const base: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    for (const q of questions) {
      let t = performance.now();
      sink += baselineAnswer(q).key.length;
      base.push(performance.now() - t);
      t = performance.now();
      sink += answerMessage(q)?.key.length ?? 0;
      ours.push(performance.now() - t);
    }
  }
  if (sink < 0) process.stderr.write('\n');
  return { calls: ours.length, p50: pct(ours, 50), p99: pct(ours, 99), baselineP99: pct(base, 99) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const f = measureRetrieval(process.argv.includes('--quick') ? 2 : 5);
  console.log(`DM answer (route → respond), ${f.calls} calls: p50 ${f.p50.toFixed(2)} ms, p99 ${f.p99.toFixed(2)} ms; MiniSearch p99 ${f.baselineP99.toFixed(2)} ms`);
}
