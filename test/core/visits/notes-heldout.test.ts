/**
 * The no-model extractor on the frozen sets of managers' notes (never edited after their commit;
 * docs/rules.md “Visit reports”). Reported apart: notes-heldout.jsonl (written before the extractor;
 * first run 84.5%, then tuned on), notes-heldout2.jsonl (written after that run; 85.7% before the cue
 * words were tuned, then tuned on), notes-heldout3.jsonl (below).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDateWords } from '../../../src/core/dates.js';
import { checkFigures } from '../../../src/core/guard/figures.js';
import { extractVisit } from '../../../src/core/visits/extract.js';
import { REPORT_FIELDS } from '../../../src/core/visits/table.js';

interface Case {
  id: string;
  today: string;
  notes: string;
  expect: Array<[string, string]>;
  visitDate: string;
  nextFollowUp: string | null;
  people: string[];
  place: string | null;
}

const load = (name: string): Case[] =>
  readFileSync(new URL(name, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Case);

/**
 * notes-heldout3.jsonl was written after all tuning and measured once: 55/62 = 88.7% (dates 10/10);
 * it has not been tuned on since (one bug it showed, 没问题 read as a problem, was fixed as a class).
 * Its floor is that first measurement, not the 90% target the tuned sets meet.
 */
const FLOOR: Record<string, number> = { 'notes-heldout.jsonl': 0.9, 'notes-heldout2.jsonl': 0.9, 'notes-heldout3.jsonl': 0.88 };

describe.each(['notes-heldout.jsonl', 'notes-heldout2.jsonl', 'notes-heldout3.jsonl'])('%s', (file) => {
  const cases = load(file);
  const runs = cases.map((c) => ({ c, d: extractVisit(c.notes, c.today, '合肥某客户') }));

  it('places the sentences in the expected field (≥ 90% on the tuned sets)', () => {
    let ok = 0;
    let n = 0;
    for (const { c, d } of runs)
      for (const [frag, field] of c.expect) {
        n++;
        if (d.placed!.find((p) => p.text.includes(frag) || frag.includes(p.text))?.field === field) ok++;
      }
    console.log(`${file}: ${ok}/${n} sentences = ${((ok / n) * 100).toFixed(1)}%`);
    expect(ok / n).toBeGreaterThanOrEqual(FLOOR[file]!);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: every clause lands in one field; nothing dropped', (_id, c) => {
    const d = runs.find((r) => r.c === c)!.d;
    // Labels (下一步：…) are structure, not content.
    const bare = (t: string) => t.replace(/[。！？!?；;，,\s]+/g, '');
    expect(bare(d.placed!.map((p) => p.text).join(''))).toBe(bare(c.notes.replace(/[\u4e00-\u9fa5]{2,12}[：:]/g, '')));
    for (const p of d.placed!) expect(REPORT_FIELDS).toContain(p.field);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s: no figure is dropped, changed or added (figure guard)', (_id, c) => {
    const d = runs.find((r) => r.c === c)!.d;
    // A who-met-where clause's date went to 拜访日期, as written.
    const frameDates = d.placed!.filter((p) => p.field === '参加人员' && !p.labelled).map((p) => readDateWords(p.text, c.today, { direction: 'past' })?.text ?? '');
    const out = [...REPORT_FIELDS.filter((f) => f !== '拜访对象').map((f) => d[f] ?? ''), ...frameDates].join('。');
    expect(checkFigures(c.notes, out, { counts: 'exact' })).toEqual({ ok: true });
  });

  it('reads the visit date and the follow-up from words', () => {
    const wrong = runs.filter(({ c, d }) => d.visitDate !== c.visitDate || (d.followUpFromNotes ? d.nextFollowUp : null) !== c.nextFollowUp).map(({ c }) => c.id);
    expect(wrong.length).toBeLessThanOrEqual(Math.floor(cases.length * 0.1));
  });

  it('finds the people named with a title', () => {
    const want = runs.flatMap(({ c }) => c.people.map((p) => [c, p] as const));
    const found = want.filter(([c, p]) => runs.find((r) => r.c === c)!.d.people!.some((m) => m.name === p));
    expect(found.length / want.length).toBeGreaterThanOrEqual(0.9);
  });
});
