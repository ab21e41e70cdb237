/**
 * Fuzz family 1 — the pure parsers (10 000 runs in all): parseInput, route, parseClientCommand,
 * extractVisit never throw and return well-formed results on any line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsoDate } from '../../src/core/archive/model.js';
import { parseClientCommand } from '../../src/core/clients/command.js';
import { route } from '../../src/core/intents/route.js';
import { parseInput } from '../../src/core/parse/index.js';
import { extractVisit } from '../../src/core/visits/extract.js';
import { clientLine, line, runs, visitLine } from './arbitraries.js';

const finite = (n: unknown) => n === undefined || (typeof n === 'number' && Number.isFinite(n));

describe('parsers never throw and stay well formed', () => {
  it('parseInput: arrays of strings, finite figures, deterministic', () => {
    fc.assert(
      fc.property(line, (text) => {
        const p = parseInput(text);
        for (const k of ['products', 'notes', 'errors', 'unused'] as const) {
          expect(Array.isArray(p[k])).toBe(true);
          for (const s of p[k]) expect(typeof s).toBe('string');
        }
        expect(finite(p.amount?.yuan)).toBe(true);
        for (const v of Object.values(p.figures)) expect(finite(v)).toBe(true);
        expect(parseInput(text)).toEqual(p);
      }),
      runs(4000),
    );
  }, 120_000);

  it('route: one of the known intents, deterministic', () => {
    const kinds = ['help', 'greeting', 'classify', 'eligibility', 'quote', 'product_facts', 'caps', 'needs', 'visit', 'handbook'];
    fc.assert(
      fc.property(line, (text) => {
        const intent = route(text);
        expect(kinds).toContain(intent.kind);
        if (intent.kind === 'needs') expect(intent.matches.length).toBeGreaterThan(0);
        expect(route(text).kind).toBe(intent.kind);
      }),
      runs(3000),
    );
  }, 120_000);

  it('parseClientCommand: a known subcommand; names non-empty; user ids are Slack ids', () => {
    const subs = ['help', 'add', 'show', 'list', 'contact', 'stage', 'assign', 'handover', 'invalid'];
    const id = /^[UW][A-Z0-9]+$/;
    fc.assert(
      fc.property(clientLine, (text) => {
        const c = parseClientCommand(text);
        expect(subs).toContain(c.sub);
        if ('name' in c) expect(c.name.trim()).not.toBe('');
        if (c.sub === 'assign') expect(c.to).toMatch(id);
        if (c.sub === 'handover') {
          expect(c.from).toMatch(id);
          expect(c.to).toMatch(id);
        }
        if (c.sub === 'invalid') expect(c.usage).not.toBe('');
      }),
      runs(2000),
    );
  }, 120_000);

  it('extractVisit: real dates, the visit not after today, follow-up not before the visit', () => {
    fc.assert(
      fc.property(
        visitLine,
        fc.constantFrom('2026-11-28', '2024-02-29', '2026-01-01'),
        fc.option(fc.constantFrom('合肥某某科技有限公司', '<!channel>'), { nil: undefined }),
        (notes, today, clientName) => {
          const d = extractVisit(notes, today, clientName);
          expect(IsoDate.safeParse(d.visitDate).success).toBe(true);
          expect(d.visitDate <= today).toBe(true);
          expect(IsoDate.safeParse(d.nextFollowUp).success).toBe(true);
          expect(d.nextFollowUp >= d.visitDate).toBe(true);
        },
      ),
      runs(1000),
    );
  }, 120_000);
});
