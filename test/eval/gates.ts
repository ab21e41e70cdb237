/** The held-out gates of issue #12 (test/eval/eval.test.ts, scripts/eval.ts). */
export const GATES = { top1: 0.9, factRecall: 0.9, oosPrecision: 0.95, oosRecall: 0.95 } as const;
