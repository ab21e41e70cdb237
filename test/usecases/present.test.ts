import { describe, expect, it } from 'vitest';
import { reply } from '../../src/core/reply.js';
import { shouldPhrase } from '../../src/usecases/present.js';

describe('shouldPhrase: answers are reworded, fixed texts, questions and client data are not', () => {
  it.each([
    ['quote.bid_bond', false, true],
    ['quote.bank_loan', false, true],
    ['quote.missing', false, false],
    ['quote.need_product', false, false],
    ['quote.which_amount', false, false],
    ['product.facts', false, true],
    ['needs.products', false, true],
    ['handbook.answer', false, true],
    ['handbook.not_covered', false, false],
    ['usage.quote', false, false],
    ['help', false, false],
    ['classify.result', true, false],
    ['client.card', true, false],
  ])('%s (confidential: %s) → %s', (key, confidential, expected) => {
    expect(shouldPhrase(reply(key, { title: 't', confidential }))).toBe(expected);
  });
});
