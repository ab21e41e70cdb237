/**
 * Metamorphic properties of reading (issue #11), over the parser's own generators (arbitraries.ts):
 * (a) the traditional-script form and (b) the full-width form of an input give the same decision;
 * (c) an unknown unit-like character inserted after any number never yields a computed quote;
 * (d) every figure a computed 1.1 headline rests on is an input figure or a stated assumption.
 */
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/classify/index.js';
import { parseInput } from '../../src/core/parse/index.js';
import { isComputedQuote } from '../../src/core/quote-followup.js';
import { bankLoanFee, bankLoanRate, quote } from '../../src/core/quote/index.js';
import type { Reply } from '../../src/core/reply.js';
import { classifyLine, quoteCase, runs } from './arbitraries.js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' }) as (text: string) => string; // its types do not resolve under NodeNext
/** ASCII → full-width (the comma stays: the Chinese comma ， is a separator, not a thousands mark). */
const toFullWidth = (s: string): string => [...s].map((c) => (c === ' ' ? '\u3000' : c > ' ' && c <= '~' && c !== ',' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');

const decision = (r: Reply) => ({ key: r.key, vars: r.vars });
const quoteOf = (text: string) => quote(parseInput(text));
const classifyOf = (text: string) => classify(parseInput(text));

describe('(a) traditional script, (b) full width: the same decision', () => {
  it.each([
    ['traditional', toTraditional],
    ['full-width', toFullWidth],
  ])('%s /quote', (_name, transform) => {
    fc.assert(
      fc.property(quoteCase, (c) => {
        expect(decision(quoteOf(transform(c.text)))).toEqual(decision(quoteOf(c.text)));
      }),
      runs(300),
    );
  });

  it.each([
    ['traditional', toTraditional],
    ['full-width', toFullWidth],
  ])('%s /classify', (_name, transform) => {
    fc.assert(
      fc.property(classifyLine, (text) => {
        expect(decision(classifyOf(transform(text)))).toEqual(decision(classifyOf(text)));
      }),
      runs(300),
    );
  });
});

describe('(c) an unknown unit-like character after a number: never a computed quote', () => {
  it('holds for every number of every generated quote', () => {
    fc.assert(
      fc.property(quoteCase, fc.nat(), fc.constantFrom('k', 'K', '兆', '刀', '镑', '米', '斤', 'x', '美元'), (c, pick, unit) => {
        const runsOfDigits = [...c.text.matchAll(/\d[\d.,]*/g)];
        fc.pre(runsOfDigits.length > 0);
        const m = runsOfDigits[pick % runsOfDigits.length]!;
        const at = m.index + m[0].length;
        const text = c.text.slice(0, at) + unit + c.text.slice(at);
        expect(isComputedQuote(quoteOf(text))).toBe(false);
      }),
      runs(500),
    );
  });
});

describe('(d) a computed 1.1 headline rests only on input figures or stated assumptions', () => {
  it('amount, term and rate of the fee are the ones written, or the reply says what it assumed', () => {
    fc.assert(
      fc.property(quoteCase, (c) => {
        const r = quoteOf(c.text);
        expect(r.key).toBe('quote.bank_loan');
        expect(r.vars.amount).toBe(c.amountYuan);
        const body = r.body.join('\n');
        const years = c.years ?? 1;
        if (c.years === null) expect(body).toContain('未给出期限，按1年计算');
        const bands = c.status === null && c.place === 'outside' ? [bankLoanRate('outside', 'new'), bankLoanRate('outside', 'returning')] : [bankLoanRate(c.place, c.status ?? 'returning')];
        const lo = Math.min(...bands.map((b) => b.min));
        const hi = Math.max(...bands.map((b) => b.max));
        const inBand = c.agreed !== null && c.agreed >= lo && c.agreed <= hi;
        const [rMin, rMax] = inBand ? [c.agreed!, c.agreed!] : [lo, hi];
        expect(r.vars.feeMin).toBeCloseTo(bankLoanFee(c.amountYuan, rMin, years), 2);
        expect(r.vars.feeMax).toBeCloseTo(bankLoanFee(c.amountYuan, rMax, years), 2);
        if (c.agreed !== null && !inBand) expect(body).toContain('不在手册1.1区间');
      }),
      runs(500),
    );
  });
});

describe('(e) negation and conflicting places (issue #11 follow-up, 1.1)', () => {
  it('不是/非/并非 before a status word never yields that status', () => {
    fc.assert(
      fc.property(quoteCase, fc.constantFrom('不是', '非', '并非'), (c, neg) => {
        fc.pre(c.status !== null);
        const word = c.status === 'new' ? '新客户' : '老客户';
        const r = quoteOf(c.text.replace(word, `${neg}${word}`));
        expect(r.vars.clientStatus).not.toBe(c.status);
      }),
      runs(300),
    );
  });

  it('a second place of the other kind never gives a computed quote', () => {
    fc.assert(
      fc.property(quoteCase, (c) => {
        const other = c.place === 'hefei' ? '芜湖' : '合肥';
        expect(isComputedQuote(quoteOf(`${c.text} ${other}`))).toBe(false);
      }),
      runs(300),
    );
  });
});
