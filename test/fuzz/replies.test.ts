/**
 * Fuzz family 2 — the pure answers, rendered (10 000 runs in all): answerQuestion, quote and
 * classify over parseInput, each through replyBlocks. None of these answers mentions anyone, so no
 * `<@` may appear. The text has the mention markers stripped, as every Slack front end and the
 * console do (src/core/mention.ts); what happens where one does not is in regressions.test.ts.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { classify } from '../../src/core/classify/index.js';
import { sanitizeText } from '../../src/core/text/sanitize.js';
import { parseInput } from '../../src/core/parse/index.js';
import { quote } from '../../src/core/quote/index.js';
import { answerQuestion } from '../../src/core/retrieval/index.js';
import { line as rawLine, runs } from './arbitraries.js';
import { expectSafeReply } from './check.js';

const line = rawLine.map((t) => sanitizeText(t));

describe('pure answers are safe to post', () => {
  it('answerQuestion → replyBlocks', () => {
    fc.assert(
      fc.property(line, (text) => void expectSafeReply(answerQuestion(text))),
      runs(2500),
    );
  }, 120_000);

  it('quote(parseInput) → replyBlocks', () => {
    fc.assert(
      fc.property(line, (text) => void expectSafeReply(quote(parseInput(text)))),
      runs(4000),
    );
  }, 120_000);

  it('classify(parseInput) → replyBlocks', () => {
    fc.assert(
      fc.property(line, (text) => void expectSafeReply(classify(parseInput(text)))),
      runs(3500),
    );
  }, 120_000);
});
