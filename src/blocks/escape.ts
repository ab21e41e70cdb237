/**
 * Slack text escaping. Every string from a Reply is escaped before it reaches Slack, so text a
 * user typed can never become `<!channel>`, `<!here>`, `<@U…>` or a link. The only mentions that
 * survive are the core's own (src/core/mention.ts), whose markers are stripped from typed text.
 */
import { MENTION_TOKEN } from '../core/mention.js';

export function escapeSlack(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(MENTION_TOKEN, '<@$1>');
}

export function unescapeSlack(s: string): string {
  return s
    .replace(/<@([UW][A-Z0-9]+)>/g, '@$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Cuts a string to at most `max` characters (Block Kit limits), marking the cut. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
