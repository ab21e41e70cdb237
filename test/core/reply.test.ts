import { describe, expect, it } from 'vitest';
import { reply, replyText } from '../../src/core/reply.js';

describe('replyText', () => {
  it('renders title, body, fields and context in order', () => {
    const r = reply('t.x', { title: 'T', body: ['b'], fields: [{ label: 'L', value: 'V' }], context: ['c'] });
    expect(replyText(r)).toBe('T\nb\nL：V\nc');
  });
});
