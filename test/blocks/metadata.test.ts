/** private_metadata is capped after JSON encoding (#14.5): Slack refuses a view over 3,000 characters. */
import { describe, expect, it } from 'vitest';
import { encodeMetadata } from '../../src/blocks/metadata.js';
import { quoteModal } from '../../src/blocks/quote-modal.js';
import { fieldSpecs } from '../../src/core/quote-followup.js';
import { reply } from '../../src/core/reply.js';

const RESPONSE_URL = `https://hooks.slack.com/commands/T1/${'1'.repeat(13)}/${'a'.repeat(24)}`;

describe('the quote modal’s private_metadata', () => {
  it.each([
    ['quotes', '"'.repeat(2000)],
    ['backslashes', '\\'.repeat(2000)],
    ['newlines', '银行贷款\n'.repeat(400)],
    ['control characters', '\u0001'.repeat(1500)],
    ['emoji', '😀'.repeat(1500)],
  ])('typed text full of %s stays within 3000 characters once encoded, and decodes', (_, text) => {
    const view = quoteModal(reply('quote.ask', { title: '请补充' }), [fieldSpecs.amount], { text, responseUrl: RESPONSE_URL, channelId: 'C1' });
    expect(view.private_metadata!.length).toBeLessThanOrEqual(3000);
    const meta = JSON.parse(view.private_metadata!) as { text: string; responseUrl: string };
    expect(meta.responseUrl).toBe(RESPONSE_URL);
    expect(text.startsWith(meta.text)).toBe(true);
    expect(meta.text).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('short metadata is kept whole', () => {
    expect(JSON.parse(encodeMetadata({ text: '银行贷款 300万', channelId: 'C1' }, 'text'))).toEqual({ text: '银行贷款 300万', channelId: 'C1' });
  });
});
