/**
 * The safety properties every fuzzed reply must have, once rendered as Slack would receive it:
 * non-empty; no special mention (`<!channel>`, `<!here>`, `<!everyone>` or any other `<!…>`);
 * no user mention `<@…>` except those the core made on purpose with src/core/mention.ts;
 * and every mrkdwn string free of `<` apart from those deliberate mentions (no links, no channels).
 * These apply to what Slack parses: the `text` fallback and every mrkdwn object. plain_text objects
 * (the header, button labels) are shown verbatim by Slack, never parsed for mentions, and must
 * not be escaped (`&lt;` would show as such), so a client named `<!here>` may appear there as typed.
 * Also the Block Kit limits Slack enforces (a message over them is refused outright).
 */
import { expect } from 'vitest';
import { replyBlocks, type SlackMessage } from '../../src/blocks/reply-blocks.js';
import { MENTION_TOKEN } from '../../src/core/mention.js';
import type { Reply } from '../../src/core/reply.js';

/** The user ids the core deliberately mentions in a reply (marker pairs in escaped strings). */
export function deliberateMentions(r: Reply): string[] {
  const escaped = [...r.body, ...r.fields.flatMap((f) => [f.label, f.value]), ...r.context];
  return escaped.flatMap((s) => [...s.matchAll(MENTION_TOKEN)].map((m) => m[1]!));
}

function mrkdwnTexts(m: SlackMessage): string[] {
  const out = [m.text];
  for (const b of m.blocks) {
    if (b.type === 'section') {
      if (b.text?.type === 'mrkdwn') out.push(b.text.text);
      for (const f of b.fields ?? []) if (f.type === 'mrkdwn') out.push(f.text);
    }
    if (b.type === 'context') for (const e of b.elements) if ('type' in e && e.type === 'mrkdwn') out.push(e.text);
  }
  return out;
}

/** Asserts the reply is well formed; `allowed` = user ids the caller may legitimately see mentioned. */
export function expectSafeReply(r: Reply, allowed: ReadonlySet<string> = new Set()): SlackMessage {
  expect(typeof r.key).toBe('string');
  expect(r.title.trim() !== '' || r.body.some((b) => b.trim() !== '')).toBe(true);
  const deliberate = deliberateMentions(r);
  for (const id of deliberate) expect(allowed.has(id), `mentions ${id}, who is not allowed here`).toBe(true);
  const m = replyBlocks(r);
  expectSafeMessage(m, deliberate);
  return m;
}

export function expectSafeMessage(m: SlackMessage, deliberate: readonly string[] = []): void {
  expect(m.text.trim()).not.toBe('');
  for (const t of mrkdwnTexts(m)) {
    expect(t).not.toMatch(/<!/);
    for (const x of t.matchAll(/<@([UW][A-Z0-9]+)>/g)) expect(deliberate, `<@${x[1]}> is not a mention the core made`).toContain(x[1]);
    // A mention cut short by clip() at a Block Kit limit (`<@U12…`) is still the core's own.
    const stray = t.replace(/<@[UW][A-Z0-9]+(?:>|…$)/g, '');
    expect(stray, 'raw < in mrkdwn').not.toContain('<');
  }
  // Block Kit limits.
  expect(m.blocks.length).toBeGreaterThan(0);
  expect(m.blocks.length).toBeLessThanOrEqual(50);
  expect(m.text.length).toBeLessThanOrEqual(40_000);
  for (const b of m.blocks) {
    if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(150);
    if (b.type === 'section') {
      if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
      expect((b.fields ?? []).length).toBeLessThanOrEqual(10);
      for (const f of b.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(2000);
    }
    if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(10);
    if (b.type === 'actions') for (const e of b.elements) if (e.type === 'button') expect((e.value ?? '').length).toBeLessThanOrEqual(2000);
  }
}
