/**
 * Metrics of an evaluation set (test/eval/qa.jsonl, the tuned set; test/eval/qa-heldout.jsonl, the frozen
 * held-out set), shared by scripts/eval.ts and test/eval/eval.test.ts. Pure: the caller reads the rows and
 * passes the answering function (the DM path, core/intents/respond.ts `answerMessage`, by default).
 *
 * - top-1 accuracy: in-scope questions whose first cited section is one of the expected ones;
 * - fact recall: expected facts found in the reply's text (replyText), over all in-scope facts;
 * - declined: answered "手册未涉及", or with the greeting / small-talk reply (谢谢啦 辛苦 → 不客气): it cites no
 *   section and shows no figure. For an in-scope question it is a miss all the same (no section, no fact);
 * - out-of-scope precision: of the questions declined, the share that are out of scope;
 * - out-of-scope recall: of the out-of-scope questions, the share declined;
 * - out-of-scope figures: out-of-scope questions whose reply shows a fee or an amount (money or percent),
 *   answered or not — a manager could quote it to a client as ours. Must be none.
 *
 * Rows marked `set: 'heldout'` were added later and written before being run; scripts/eval.ts also reports
 * them on their own.
 */
import { z } from 'zod';
import { type Reply, replyText } from '../reply.js';
import { extractFigures } from '../guard/figures.js';
import { normalize } from './normalize.js';

/** `set: 'heldout'` marks questions written after the others, to check that tuning generalises. */
const EvalSet = z.literal('heldout').optional();
export const EvalRowSchema = z.union([
  z.object({
    q: z.string().min(1),
    sections: z.array(z.string().min(1)).min(1),
    facts: z.array(z.string().min(1)),
    set: EvalSet,
  }),
  z.object({ q: z.string().min(1), out_of_scope: z.literal(true), set: EvalSet }),
]);
export type EvalRow = z.infer<typeof EvalRowSchema>;

export interface EvalFailure {
  q: string;
  expected: string[] | 'out_of_scope';
  got: string[] | 'not_covered';
  missingFacts: string[];
}

export interface EvalReport {
  inScope: number;
  outOfScope: number;
  top1Accuracy: number;
  factRecall: number;
  oosPrecision: number;
  oosRecall: number;
  failures: EvalFailure[];
  /** Out-of-scope questions whose reply shows money or a percentage. */
  oosWithFigures: string[];
  /** Characters of quoted handbook text (the body of every handbook answer or overview), ascending: answers stay readable. */
  quotedChars: number[];
}

/** Mean and 95th percentile of a report's quoted lengths, as `mean / p95`. */
export function quotedLength(r: EvalReport): string {
  const xs = r.quotedChars;
  if (xs.length === 0) return '–';
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return `${Math.round(mean)} / ${xs[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))]!}`;
}

/** Reply keys that decline: 手册未涉及, and the greeting / small talk (no section, no figure). */
const DECLINED_KEYS: ReadonlySet<string> = new Set(['handbook.not_covered', 'greeting']);

const FEE_KINDS = new Set(['money', 'money-range', 'percent', 'percent-range']);

/** True when the text states a fee or an amount (money or a percentage). */
export function showsFeeOrAmount(text: string): boolean {
  return extractFigures(text).some((f) => FEE_KINDS.has(f.kind));
}

/**
 * A reply or a fact as the fact matcher compares them: normalised, without white space and without the arrows
 * a flow chart is shown with (7.2: the handbook prints its box labels run together, 客户定位选择渠道…; the reply
 * shows 客户定位 → 选择渠道 → …: the same content). Every other character counts.
 *
 * @example factText('客户定位 → 选择渠道')   // → '客户定位选择渠道'
 */
export function factText(text: string): string {
  return normalize(text).replace(/[\s→]+/gu, '');
}

/** Parses JSON Lines text into rows (blank lines skipped); throws on a malformed row. */
export function parseEvalRows(jsonl: string): EvalRow[] {
  return jsonl
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const r = EvalRowSchema.safeParse(JSON.parse(l));
      if (!r.success) throw new Error(`qa.jsonl line ${i + 1}: ${r.error.message}`);
      return r.data;
    });
}

export function evaluate(rows: readonly EvalRow[], answer: (q: string) => Reply): EvalReport {
  let inScope = 0;
  let hits = 0;
  let facts = 0;
  let factsFound = 0;
  let oos = 0;
  let rejected = 0;
  let rejectedOos = 0;
  const failures: EvalFailure[] = [];
  const oosWithFigures: string[] = [];
  const quotedChars: number[] = [];
  for (const row of rows) {
    const r = answer(row.q);
    if (r.key === 'handbook.answer' || r.key === 'handbook.overview') quotedChars.push([...r.body.join('')].length);
    const notCovered = DECLINED_KEYS.has(r.key);
    if (notCovered) rejected++;
    const got = notCovered ? ('not_covered' as const) : r.sections;
    if ('out_of_scope' in row) {
      oos++;
      if (showsFeeOrAmount(replyText(r))) oosWithFigures.push(row.q);
      if (notCovered) rejectedOos++;
      else failures.push({ q: row.q, expected: 'out_of_scope', got, missingFacts: [] });
      continue;
    }
    inScope++;
    const text = factText(replyText(r));
    const missingFacts = notCovered ? row.facts : row.facts.filter((f) => !text.includes(factText(f)));
    facts += row.facts.length;
    factsFound += row.facts.length - missingFacts.length;
    const hit = !notCovered && row.sections.includes(r.sections[0] ?? '');
    if (hit) hits++;
    if (!hit || missingFacts.length > 0) failures.push({ q: row.q, expected: row.sections, got, missingFacts });
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    inScope,
    outOfScope: oos,
    top1Accuracy: ratio(hits, inScope),
    factRecall: ratio(factsFound, facts),
    oosPrecision: ratio(rejectedOos, rejected),
    oosRecall: ratio(rejectedOos, oos),
    failures,
    oosWithFigures,
    quotedChars: quotedChars.sort((a, b) => a - b),
  };
}
