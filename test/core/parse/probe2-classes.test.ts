/**
 * The misread classes of the QA probe (issue #11 follow-up, /work/probe11/report.md), one table per class,
 * each row citing the section it follows (docs/parsing.md). The probe's own inputs are in
 * test/eval/parse-probe2.jsonl; these tables hold other members of each class.
 */
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/core/parse/index.js';

describe('万一: a Chinese amount ending in 万 before 一年/一个月/一周 is an amount and a term (1.1, 1.2)', () => {
  it.each([
    ['七百万一年', 7_000_000, { months: 12 }],
    ['两千万一年半', 20_000_000, { months: 18 }],
    ['五十万一个月', 500_000, { months: 1 }],
    ['八百万一周', 8_000_000, { days: 7 }],
    ['一千二百万一年', 12_000_000, { months: 12 }],
    ['三百万一期', 3_000_000, undefined],
  ])('%s → amount %d, no rate', (text, yuan, term) => {
    const p = parseInput(`银行贷款 ${text}`);
    expect(p.amount?.yuan).toBe(yuan);
    expect(p.rate).toBeUndefined();
    if (term) expect(p.term).toMatchObject(term);
  });

  it.each([
    ['营收四千万一年', 'revenue', 40_000_000],
    ['净资产一千五百万一年', 'netAssets', 15_000_000],
    ['利润两百万一年', 'profit', 2_000_000],
  ] as const)('labelled %s → %s %d (2.3), the 一 is the term', (text, key, yuan) => {
    expect(parseInput(text).figures[key]).toBe(yuan);
  });

  it.each([
    ['日息万一', 0.01, 'day'],
    ['每天万五', 0.05, 'day'],
    ['日息万五一个月', 0.05, 'day'],
  ])('a rate word keeps its form: %s → %d%%/%s (1.2)', (text, percent, per) => {
    expect(parseInput(`民间借贷 100万 ${text}`).rate).toMatchObject({ percent, per });
  });

  it('一万五 alone is still 15000 (colloquial)', () => {
    expect(parseInput('一万五元').amount?.yuan).toBe(15_000);
  });
});
