/**
 * Slack text escaping. Every string from a Reply is escaped before it reaches Slack, so text a
 * user typed can never become `<!channel>`, `<!here>`, `<@U…>` or a link. The only mentions that
 * survive are the core's own (src/core/mention.ts), whose markers are stripped from typed text.
 */
import { MENTION_TOKEN } from '../core/mention.js';
import { graphemeCut, graphemes } from '../core/text/graphemes.js';

export function escapeSlack(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(MENTION_TOKEN, '<@$1>');
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

/**
 * Cuts a string to at most `max` UTF-16 units (Block Kit limits), marking the cut, between
 * graphemes: never half an emoji or a lone surrogate, never half a mention or an entity.
 * @example clip('客户👨‍👩‍👧', 4) // '客户…'
 */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const kept = s.slice(0, graphemeCut(s, max - 1));
  // Escaped text is cut before a token it would split: half a mention (`<@U12`) is a raw `<` in mrkdwn, half an entity
  // (`&am`) shows as garbage.
  return `${kept.replace(/<[^>]*$|&[a-z]{0,3}$/u, '')}…`;
}

/**
 * Splits text into pieces whose Slack-escaped form fits `max` UTF-16 units, between graphemes,
 * preferring line ends; nothing is dropped. Returns the pieces escaped.
 * @example chunkEscaped('A&B', 5) // ['A', '&amp;', 'B']
 */
export function chunkEscaped(s: string, max: number): string[] {
  const out: string[] = [];
  let piece = '';
  let lastBreak = -1;
  for (const g of graphemes(s)) {
    const e = escapeSlack(g);
    if (piece.length + e.length > max && piece) {
      if (lastBreak > 0 && piece.length - lastBreak + e.length <= max) {
        out.push(piece.slice(0, lastBreak));
        piece = piece.slice(lastBreak);
      } else {
        out.push(piece);
        piece = '';
      }
      lastBreak = -1;
    }
    piece += e;
    if (g === '\n') lastBreak = piece.length;
  }
  if (piece) out.push(piece);
  return out;
}
