/**
 * The parsing held-out set (test/eval/parse-heldout.jsonl): /quote, /classify and DM inputs in managers'
 * words, each with the figure worked out by hand from the handbook. Written and committed before any
 * tuning and never edited since; its pass rate is reported in docs/parsing.md. Failures are printed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isComputedQuote } from '../../src/core/quote-followup.js';
import type { Reply } from '../../src/core/reply.js';
import { createLogger } from '../../src/logger.js';
import { askUseCase } from '../../src/usecases/ask.js';
import { classifyUseCase } from '../../src/usecases/classify.js';
import type { Actor, Deps } from '../../src/usecases/deps.js';
import { quoteUseCase } from '../../src/usecases/quote.js';

/** The gate (issue #11 target): before the work 37/90 = 41.1%, after 90/90 (docs/parsing.md). */
export const HELDOUT_GATE = 0.95;

interface Case {
  id: string;
  surface: 'quote' | 'classify' | 'dm';
  text: string;
  expect: { key?: string; figure?: number | [number, number]; flags?: Record<string, boolean>; class?: string; asks?: boolean };
  why: string;
}

/** Which vars hold a reply's headline figure (a single figure, or the [min, max] of a fee band). */
const headline: Record<string, (v: Reply['vars']) => [unknown, unknown]> = {
  'quote.bank_loan': (v) => [v.feeMin, v.feeMax],
  'quote.private_lending': (v) => [v.fee, v.fee],
  'quote.bid_bond': (v) => [v.maxAmount, v.maxAmount],
  'quote.performance_bond': (v) => [v.minAmount, v.minAmount],
  'quote.payment_guarantee': (v) => [v.minAmount, v.minAmount],
  'quote.advance_payment': (v) => [v.guaranteeAmount, v.guaranteeAmount],
  'quote.trade_credit': (v) => [v.covered, v.covered],
  'quote.equity_financing': (v) => [v.financingNeed, v.financingNeed],
};

const load = (file: string): Case[] =>
  readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Case);
const cases = load('./parse-heldout.jsonl');
/** Written after the work and committed before its first run (its failures were never seen while tuning). */
const fresh = load('./parse-fresh.jsonl');
/** The QA probe's misread classes (issue #11 follow-up), frozen before the fixes: the tuned set of that work. */
const probe2 = load('./parse-probe2.jsonl');
/** Written after all the work by someone who had not seen the code or the other sets; committed before its first run. */
const heldout2 = load('./parse-heldout2.jsonl');
/** First run 50/50 (docs/parsing.md); the gate is issue #11's 95%, not a figure it was tuned to. */
export const HELDOUT2_FLOOR = 0.95;

// The next line is the runner's line as first committed, frozen with its set; `tz`, required in Deps since #17, is set right after it.
// @ts-expect-error -- tz is assigned on the following line (the frozen line predates the required field)
const deps: Deps = { now: () => new Date('2026-11-28T09:00:00+08:00'), logger: createLogger('error'), adminUserIds: [] };
deps.tz = 'Asia/Shanghai';

async function run(c: Case): Promise<Reply> {
  const actor: Actor = { userId: 'U_EVAL', isAdmin: false, surface: c.surface === 'dm' ? 'dm' : 'ephemeral' };
  if (c.surface === 'quote') return quoteUseCase(deps, { text: c.text, actor });
  if (c.surface === 'classify') return classifyUseCase(deps, { text: c.text, actor });
  return askUseCase(deps, { text: c.text, actor });
}

const close = (a: unknown, b: number): boolean => typeof a === 'number' && Math.abs(a - b) < 0.01;

/** Why a reply misses its case, or null when it passes. */
export function judge(c: Case, r: Reply): string | null {
  const e = c.expect;
  if (e.asks) {
    const stated = r.key.startsWith('quote.') ? isComputedQuote(r) : r.key === 'classify.result';
    return stated ? `stated ${r.key} ${JSON.stringify(r.vars)} instead of asking` : null;
  }
  if (e.class !== undefined) return r.key === 'classify.result' && r.vars.class === e.class ? null : `${r.key} class ${String(r.vars.class)}`;
  if (e.key && r.key !== e.key) return `key ${r.key}`;
  if (e.figure !== undefined) {
    const [lo, hi] = Array.isArray(e.figure) ? e.figure : [e.figure, e.figure];
    const got = headline[r.key]?.(r.vars) ?? [undefined, undefined];
    if (!close(got[0], lo) || !close(got[1], hi)) return `figure ${JSON.stringify(got)} ≠ ${JSON.stringify([lo, hi])}`;
  }
  for (const [k, want] of Object.entries(e.flags ?? {})) if (r.vars[k] !== want) return `${k}=${String(r.vars[k])}`;
  return null;
}

describe('parsing held-out set 2 (never tuned on)', () => {
  it(`pass rate ≥ its first run (${HELDOUT2_FLOOR})`, async () => {
    const failures: string[] = [];
    for (const c of heldout2) {
      const why = judge(c, await run(c));
      if (why) failures.push(`${c.id} ${c.text} → ${why}`);
    }
    const rate = (heldout2.length - failures.length) / heldout2.length;
    console.log(`parse held-out 2: ${heldout2.length - failures.length}/${heldout2.length} = ${(rate * 100).toFixed(1)}%\n${failures.join('\n')}`);
    expect(rate).toBeGreaterThanOrEqual(HELDOUT2_FLOOR);
  });
});

describe('parsing held-out set', () => {
  it('holds at least 60 cases, quotes and classifications both', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(cases.some((c) => c.surface === 'classify')).toBe(true);
  });

  it.each([
    ['held-out', cases],
    ['fresh', fresh],
  ])(`%s pass rate ≥ ${HELDOUT_GATE}`, async (name, set) => {
    const failures: string[] = [];
    for (const c of set) {
      const why = judge(c, await run(c));
      if (why) failures.push(`${c.id} ${c.text} → ${why}`);
    }
    const rate = (set.length - failures.length) / set.length;
    console.log(`parse ${name}: ${set.length - failures.length}/${set.length} = ${(rate * 100).toFixed(1)}%\n${failures.join('\n')}`);
    expect(rate).toBeGreaterThanOrEqual(HELDOUT_GATE);
  });
});

/**
 * The probe's cases still missed, each with why; the run fails if any other case fails, or if one of
 * these starts passing (then it leaves the list). p27–p29: the frozen expectation `missing: "revenue"`
 * was too strict — the reply does ask for 销售收入, but 2.3 also lists 总资产 (missing "totalAssets,revenue").
 * p40–p42 (利润不到N, a loss with no figure) pass since the 2.3 profit bounds (classify/profit-bound.ts).
 */
const PROBE2_KNOWN_MISSES = ['p27', 'p28', 'p29'];

describe("probe2 (the QA probe's classes; tuned on, so reported apart)", () => {
  it('misses only the known cases', async () => {
    const missed: string[] = [];
    for (const c of probe2) {
      const why = judge(c, await run(c));
      if (why) missed.push(`${c.id} ${c.text} → ${why}`);
    }
    console.log(`parse probe2 (tuned): ${probe2.length - missed.length}/${probe2.length}\n${missed.join('\n')}`);
    expect(missed.map((m) => m.split(' ')[0])).toEqual(PROBE2_KNOWN_MISSES);
  });
});

/**
 * probe3 (test/eval/parse-probe3.jsonl): 183 inputs written blind in this stop by someone who saw neither the code nor the
 * sets (given the kinds of wording to cover), run once (147/183), then tuned on: a tuned set, reported apart. Its
 * `verdict` expectation (eligibility) is checked here. Known misses, each a reading chosen on purpose (docs/parsing.md):
 * p3-014/015/026 (an amount over 1.1's cap is priced on the full amount and flagged, as two earlier blind sets expect),
 * p3-053 (投保 is not 投标保函), p3-163 (conditions the manager only claims stay 需核实, never 符合), p3-164 (figures
 * without a question are classified, with the checklists), p3-182 (two unlabelled amounts for 1.9 are not asked yet:
 * 1.9 prices nothing from them).
 */
const probe3 = load('./parse-probe3.jsonl');
const PROBE3_KNOWN_MISSES = ['p3-014', 'p3-015', 'p3-026', 'p3-053', 'p3-163', 'p3-164', 'p3-182'];

describe('probe3 (blind, then tuned on; reported apart)', () => {
  it('misses only the known cases', async () => {
    const missed: string[] = [];
    for (const c of probe3) {
      const r = await run(c);
      const verdict = (c.expect as { verdict?: string }).verdict;
      const why = judge(c, r) ?? (verdict !== undefined && r.vars.verdict !== verdict ? `verdict ${String(r.vars.verdict)}` : null);
      if (why) missed.push(`${c.id} ${c.text} → ${why}`);
    }
    console.log(`parse probe3 (tuned): ${probe3.length - missed.length}/${probe3.length}\n${missed.join('\n')}`);
    expect(missed.map((m) => m.split(' ')[0])).toEqual(PROBE3_KNOWN_MISSES);
  });
});

/**
 * probe4 (test/eval/parse-probe4.jsonl): 190 inputs written blind in stop 13 by someone who saw neither the code nor the sets
 * and was told no kinds of wording to cover, run once (141/190), then tuned on: a tuned set, reported apart (docs/parsing.md).
 * Known misses: asked where the probe expects a figure — a second amount (p4-018 上次贷了800万; p4-109/114 a recovered
 * amount beside 1.7's sales), a unit left out after
 * another amount (p4-099 一千二, p4-125 一千五), no product named (p4-065); readings
 * chosen — a unitless amount is read as 万元 with a note (p4-035/091/149), conditions only claimed stay 需核实 (p4-163/177),
 * a fact sheet with no failing fact gets /classify's reply, class and checklists (p4-169/179/183/186).
 */
const probe4 = load('./parse-probe4.jsonl');
const PROBE4_KNOWN_MISSES = ['p4-018', 'p4-035', 'p4-065', 'p4-091', 'p4-099', 'p4-109', 'p4-114', 'p4-125', 'p4-149', 'p4-163', 'p4-169', 'p4-177', 'p4-179', 'p4-183', 'p4-186'];

describe('probe4 (blind, then tuned on; reported apart)', () => {
  it('misses only the known cases', async () => {
    const missed: string[] = [];
    for (const c of probe4) {
      const r = await run(c);
      const verdict = (c.expect as { verdict?: string }).verdict;
      const why = judge(c, r) ?? (verdict !== undefined && r.vars.verdict !== verdict ? `verdict ${String(r.vars.verdict)}` : null);
      if (why) missed.push(`${c.id} ${c.text} → ${why}`);
    }
    console.log(`parse probe4 (tuned): ${probe4.length - missed.length}/${probe4.length}\n${missed.join('\n')}`);
    expect(missed.map((m) => m.split(' ')[0])).toEqual(PROBE4_KNOWN_MISSES);
  });
});

/**
 * probe5 (test/eval/parse-probe5.jsonl): 184 inputs written blind in stop 13, after the probe4 fixes, by someone who saw
 * neither the code nor the sets; run once (127/184 strictly; 140/184 counting /classify's reply — class and the 2.5/1.1
 * checklists with their verdict — as the answer to an eligibility expectation), then tuned on: reported apart. The same
 * counting here. Known misses: asked where the probe expects a figure — 肥城/舒城 are no place we know (p5-007/008), a
 * second amount (p5-015 其中500万是房产抵押, p5-072 招标控制价 beside 报价, p5-111 a recovered amount), a status corrected in
 * words (p5-020 哦不对 是老客户), pinyin places (p5-046), a fragment with no product (p5-047), 借款担保 with a year's term
 * (p5-052: 1.2 asks its rate), two products (p5-100 另外履约保函, p5-128 银行贷款 beside 1.9), 预计 without 投入 (p5-130);
 * readings chosen — a unitless amount is 万元 with a note (p5-017), 365天 is 365/360 years (p5-051: the day-count setting),
 * one unlabelled amount of 1.5 is the advance, said (p5-099), 1.8/1.9 replies echo an amount without pricing it
 * (p5-120/121/127), a provisional class with what is missing (p5-149), conditions only claimed stay 需核实
 * (p5-168/169), and p5-184 (a question answered by itself: 不超过70%吗？不，是78%).
 */
const probe5 = load('./parse-probe5.jsonl');
const PROBE5_KNOWN_MISSES = ['p5-007', 'p5-008', 'p5-015', 'p5-017', 'p5-020', 'p5-046', 'p5-047', 'p5-051', 'p5-052', 'p5-072', 'p5-099', 'p5-100', 'p5-111', 'p5-120', 'p5-121', 'p5-127', 'p5-128', 'p5-130', 'p5-149', 'p5-168', 'p5-169', 'p5-184'];

describe('probe5 (blind, then tuned on; reported apart)', () => {
  it('misses only the known cases', async () => {
    const missed: string[] = [];
    for (const c of probe5) {
      const r = await run(c);
      const verdict = (c.expect as { verdict?: string }).verdict;
      // /classify answers an eligibility question with the same checklists and their verdict.
      const byClassify = c.expect.key === 'eligibility.result' && r.key === 'classify.result';
      const why = (byClassify ? null : judge(c, r)) ?? (verdict !== undefined && r.vars.verdict !== verdict ? `verdict ${String(r.vars.verdict)}` : null);
      if (why) missed.push(`${c.id} ${c.text} → ${why}`);
    }
    console.log(`parse probe5 (tuned): ${probe5.length - missed.length}/${probe5.length}\n${missed.join('\n')}`);
    expect(missed.map((m) => m.split(' ')[0])).toEqual(PROBE5_KNOWN_MISSES);
  });
});

/**
 * Fixed since stop 13 (stop 14, after probe 6): a recovered amount beside 1.7's sales or receivables is subtracted
 * (赊销500万 收回100万 → 损失400万; 只追回100万): p4-109, p4-114 and p5-111 now pass. The lists above are frozen with this file,
 * so the fixed ids are taken off them here, before the tests run.
 */
for (const id of ['p4-109', 'p4-114']) PROBE4_KNOWN_MISSES.splice(PROBE4_KNOWN_MISSES.indexOf(id), 1);
PROBE5_KNOWN_MISSES.splice(PROBE5_KNOWN_MISSES.indexOf('p5-111'), 1);

/**
 * probe6 (test/eval/parse-probe6.jsonl): 190 inputs written blind in stop 14 by someone who saw neither the code nor the
 * sets, committed before its first run (159/190 strictly, 162 counting /classify's reply as the answer to an eligibility
 * expectation, as for probe5), then tuned on: reported apart (docs/parsing.md). Known misses: PROBE6_KNOWN_MISSES below.
 */
const probe6 = load('./parse-probe6.jsonl');
/**
 * Readings chosen: a unitless amount is 万元 with a note (p6-048), a provisional class with what is missing (p6-083/092),
 * conditions only claimed stay 需核实 (p6-160), an amount beside 应收账款 with neither 1.7's loss nor 1.8's named gets 1.8's
 * facts with the amount echoed, never priced (p6-070/152/153: no figure either way); asked where the probe expects a
 * figure: 工程预算 beside 我们报价 (p6-141, two amounts for 1.3's bid total).
 */
const PROBE6_KNOWN_MISSES = ['p6-048', 'p6-070', 'p6-083', 'p6-092', 'p6-141', 'p6-152', 'p6-153', 'p6-160'];

describe('probe6 (blind, then tuned on; reported apart)', () => {
  it('misses only the known cases', async () => {
    const missed: string[] = [];
    for (const c of probe6) {
      const r = await run(c);
      const verdict = (c.expect as { verdict?: string }).verdict;
      const byClassify = c.expect.key === 'eligibility.result' && r.key === 'classify.result';
      const why = (byClassify ? null : judge(c, r)) ?? (verdict !== undefined && r.vars.verdict !== verdict ? `verdict ${String(r.vars.verdict)}` : null);
      if (why) missed.push(`${c.id} ${c.text} → ${why}`);
    }
    console.log(`parse probe6 (tuned): ${probe6.length - missed.length}/${probe6.length}\n${missed.join('\n')}`);
    expect(missed.map((m) => m.split(' ')[0])).toEqual(PROBE6_KNOWN_MISSES);
  });
});

/**
 * probe7 (test/eval/parse-probe7.jsonl): 188 inputs written blind in stop 14 after probe 6's fixes, by someone who saw
 * neither the code nor the sets; committed before its first run (165/188 strictly, 166 counted as probe5), then tuned on:
 * reported apart (176/188 here). Known misses: readings chosen — a unitless amount is 万元 with a note (p7-023), a term not given is one
 * year with a note (p7-024), outside Hefei with new/old unsaid both bands are shown (p7-017), 1.8/1.9 replies echo an amount
 * without pricing it (p7-113/122; 1.8's fee asked with an amount is 手册未涉及 since 14a), a provisional class (p7-144), claimed conditions stay 需核实 (p7-163/173);
 * asked where the probe expects a figure — 肥城 is no place we know (p7-005), two loans summed (p7-063), 两成 with no label
 * (p7-094); and p7-028, whose expectation is wrong (0.3亿 is 3000万, as quoted).
 */
const probe7 = load('./parse-probe7.jsonl');
const PROBE7_KNOWN_MISSES = ['p7-005', 'p7-017', 'p7-023', 'p7-024', 'p7-028', 'p7-063', 'p7-094', 'p7-113', 'p7-122', 'p7-144', 'p7-163', 'p7-173'];

describe('probe7 (blind, then tuned on; reported apart)', () => {
  it('misses only the known cases', async () => {
    const missed: string[] = [];
    for (const c of probe7) {
      const r = await run(c);
      const verdict = (c.expect as { verdict?: string }).verdict;
      const byClassify = c.expect.key === 'eligibility.result' && r.key === 'classify.result';
      const why = (byClassify ? null : judge(c, r)) ?? (verdict !== undefined && r.vars.verdict !== verdict ? `verdict ${String(r.vars.verdict)}` : null);
      if (why) missed.push(`${c.id} ${c.text} → ${why}`);
    }
    console.log(`parse probe7 (tuned): ${probe7.length - missed.length}/${probe7.length}\n${missed.join('\n')}`);
    expect(missed.map((m) => m.split(' ')[0])).toEqual(PROBE7_KNOWN_MISSES);
  });
});

// 14a (issue #12): a fee asked of a product whose section states none, with an amount and no rate given, is answered
// 手册未涉及 before the quote (route.ts), so p5-121 (1.8's 担保费怎么收) now says the rate is unstated: no longer a miss.
PROBE5_KNOWN_MISSES.splice(PROBE5_KNOWN_MISSES.indexOf('p5-121'), 1);
