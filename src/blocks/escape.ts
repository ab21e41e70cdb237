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

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/**
 * Undoes Slack's escaping of message and command text (`&` `<` `>` arrive as `&amp;` `&lt;`
 * `&gt;`), in one pass so `&amp;lt;` stays the `&lt;` the user typed. Applied once, where text
 * arrives from Slack (slash commands, DMs, mentions); modal values arrive unescaped and are not
 * passed through it. Real mentions (`<@U…>`) are left as they are.
 * @example unescapeEntities('合肥A&amp;B 负债率&gt;70%') // '合肥A&B 负债率>70%'
 */
export function unescapeEntities(s: string): string {
  return s.replace(/&(?:amp|lt|gt);/g, (e) => ENTITIES[e]!);
}

export function unescapeSlack(s: string): string {
  return unescapeEntities(s.replace(/<@([UW][A-Z0-9]+)>/g, '@$1'));
}

/** Cuts a string to at most `max` characters (Block Kit limits), marking the cut. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
