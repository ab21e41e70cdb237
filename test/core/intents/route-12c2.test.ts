/**
 * Issue #12 (round 2), routing: three classes that reached the wrong use case.
 * - A named product asked in the A不A form (民间借贷做不做) is a question about that product, not a need to match.
 * - A question asking a client's class (算几类客户) is 2.3's, even when the client is described with a need's words (不缺钱).
 * - An amount next to a client's own figure (净资产 … 5000万) is the client's, not a guarantee to quote.
 */
import { describe, expect, it } from 'vitest';
import { answerMessage } from '../../../src/core/intents/respond.js';
import { route } from '../../../src/core/intents/route.js';

describe('routing round 2', () => {
  it('民间借贷做不做 → the 1.2 section, not the needs table', () => {
    expect(route('客户想借钱压点货 民间借贷做不做').kind).toBe('handbook');
    expect(answerMessage('客户想借钱压点货 民间借贷做不做')!.sections[0]).toBe('1.2');
  });

  it('不缺钱的大企业算几类客户 → 2.3', () => {
    expect(route('不缺钱的大企业算几类客户').kind).toBe('handbook');
    expect(answerMessage('不缺钱的大企业算几类客户')!.sections[0]).toBe('2.3');
  });

  it('目标客户净资产得多少 5000万够了吧 → 2.5, no quote', () => {
    expect(route('目标客户净资产得多少 5000万够了吧').kind).toBe('handbook');
    expect(answerMessage('目标客户净资产得多少 5000万够了吧')!.sections[0]).toBe('2.5');
  });

  it('an amount with a fee cue and a product is still a quote', () => {
    expect(route('贷款担保500万 多少钱').kind).toBe('quote');
  });
});
