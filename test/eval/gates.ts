/**
 * Held-out gates (test/eval/qa-heldout.jsonl, frozen before tuning): issue #12's targets, reached (figures in
 * docs/handbook-data.md). scripts/eval.ts exits 1 and test/eval/eval.test.ts fails under them (and on any
 * out-of-scope reply showing a fee or amount, and when the MiniSearch baseline is not beaten).
 */
export const ISSUE = { top1: 0.9, factRecall: 0.9, oosPrecision: 0.95, oosRecall: 0.95 } as const;

/**
 * Floors of the second held-out set (qa-heldout2.jsonl) at its first run (top-1 87.1 %, fact recall 81.8 %, out-of-scope
 * precision 100 %, recall 92.0 %). Rows fixed by class since (issue #12 follow-up, docs/handbook-data.md) are no longer
 * blind, so its later figures are not a clean measure; CI holds it at least at the first run.
 */
export const HELDOUT2_FIRST_RUN = { top1: 0.87, factRecall: 0.81, oosPrecision: 0.95, oosRecall: 0.92 } as const;

/**
 * Floors of the third held-out set (qa-heldout3.jsonl, 193 + 50 questions written from the handbook alone) at its first
 * run, on the code that met ISSUE on held-out and was tuned on held-out 2: top-1 83.9 %, fact recall 73.2 %,
 * out-of-scope precision 78.2 %, recall 86.0 %, three out-of-scope replies showing a figure. That run is the honest
 * measure of how the answers generalise; rows fixed since are no longer blind. CI holds it at least at the first run.
 */
export const HELDOUT3_FIRST_RUN = { top1: 0.83, factRecall: 0.73, oosPrecision: 0.78, oosRecall: 0.86 } as const;

/**
 * Floors of the fourth held-out set (qa-heldout4.jsonl, 188 + 52, written from the handbook alone) at its first run, on
 * the code tuned on held-out 3: top-1 87.8 %, fact recall 84.4 %, out-of-scope precision 82.0 %, recall 78.8 %, four
 * out-of-scope replies showing a figure. The honest measure of this stop's answers; rows fixed since are no longer blind.
 */
export const HELDOUT4_FIRST_RUN = { top1: 0.87, factRecall: 0.84, oosPrecision: 0.82, oosRecall: 0.78 } as const;

/**
 * Floors of the fifth held-out set (qa-heldout5.jsonl, 196 + 54, written from the handbook alone and committed before the
 * work of this stop) at its first run, after two rounds of fixes found on held-out 3/4 and the development set dev 5:
 * top-1 88.8 %, fact recall 86.7 %, out-of-scope precision 87.5 %, recall 90.7 %, four out-of-scope replies showing a
 * figure (fixed since: docs/handbook-data.md). The honest measure of this stop; rows fixed since are no longer blind.
 */
export const HELDOUT5_FIRST_RUN = { top1: 0.88, factRecall: 0.86, oosPrecision: 0.87, oosRecall: 0.9 } as const;

/**
 * Floors of the sixth held-out set (qa-heldout6.jsonl, 233 + 60, written from the handbook alone and committed before the
 * work of stop 13) at its first run, after three engineers' rounds on held-out 5 and dev 6: top-1 89.7 %, fact recall
 * 85.4 %, out-of-scope precision 89.8 %, recall 88.3 %, three out-of-scope replies showing a figure (a fee asked of a
 * product or charge whose section states none: fixed since, docs/handbook-data.md). The honest measure of stop 13.
 */
export const HELDOUT6_FIRST_RUN = { top1: 0.89, factRecall: 0.85, oosPrecision: 0.89, oosRecall: 0.88 } as const;

/**
 * Floors of the seventh held-out set (qa-heldout7.jsonl, 221 + 60, written from the handbook alone and committed before the
 * work of stop 14) at its first run, after that stop's question memory, four engineers' rounds on held-out 6 and dev 7–9,
 * and the parse probes: top-1 90.0 %, fact recall 89.0 %, out-of-scope precision 93.7 %, recall 98.3 %, one out-of-scope
 * reply showing a figure (a fee compared with another guarantee company, 我们和中小担比哪个费率低: fixed since,
 * docs/handbook-data.md). The honest measure of stop 14: issue #12's top-1 target met, the others not yet.
 */
export const HELDOUT7_FIRST_RUN = { top1: 0.9, factRecall: 0.88, oosPrecision: 0.93, oosRecall: 0.98 } as const;

/**
 * Floors of the eighth held-out set (qa-heldout8.jsonl, 199 + 56, written from the handbook alone after held-out 7 was
 * committed) at its first run, on the same code as held-out 7's first run (5d094aa): top-1 93.0 %, fact recall 91.9 %,
 * out-of-scope precision 96.4 %, recall 96.4 %, no out-of-scope reply showing a figure — issue #12's targets, met on a
 * set nobody had seen. Held-out 7 and 8 pooled (420 + 116): 91.4 / 90.3 / 95.0 (94.96) / 97.4, one figure (held-out 7's).
 */
export const HELDOUT8_FIRST_RUN = { top1: 0.92, factRecall: 0.91, oosPrecision: 0.96, oosRecall: 0.96 } as const;

/**
 * The held-out DM sets written after the first, in order: file, floor (its first run) and whether CI holds it at zero
 * out-of-scope replies showing a figure (held-out 4 has one left: docs/handbook-data.md). The one list test/eval/eval.test.ts
 * and scripts/eval.ts both read; a new blind set is one more row here.
 */
export const LATER_HELDOUT_SETS = [
  { name: 'held-out 2', file: 'qa-heldout2.jsonl', floor: HELDOUT2_FIRST_RUN, noFigures: true },
  { name: 'held-out 3', file: 'qa-heldout3.jsonl', floor: HELDOUT3_FIRST_RUN, noFigures: true },
  { name: 'held-out 4', file: 'qa-heldout4.jsonl', floor: HELDOUT4_FIRST_RUN, noFigures: true },
  { name: 'held-out 5', file: 'qa-heldout5.jsonl', floor: HELDOUT5_FIRST_RUN, noFigures: true },
  { name: 'held-out 6', file: 'qa-heldout6.jsonl', floor: HELDOUT6_FIRST_RUN, noFigures: true },
  { name: 'held-out 7', file: 'qa-heldout7.jsonl', floor: HELDOUT7_FIRST_RUN, noFigures: true },
  { name: 'held-out 8', file: 'qa-heldout8.jsonl', floor: HELDOUT8_FIRST_RUN, noFigures: true },
] as const;

/**
 * Development sets: written blind (from the handbook and the issue alone) but given to the engineers to find classes
 * they had not seen, so never a measure of generalisation. Reported by scripts/eval.ts beside the held-out sets; no floor.
 */
export const DEV_SETS = [
  { name: 'dev 5', file: 'qa-dev5.jsonl' },
  { name: 'dev 6', file: 'qa-dev6.jsonl' },
  { name: 'dev 7', file: 'qa-dev7.jsonl' },
  { name: 'dev 8', file: 'qa-dev8.jsonl' },
  { name: 'dev 9', file: 'qa-dev9.jsonl' },
] as const;
