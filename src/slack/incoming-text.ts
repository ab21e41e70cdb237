/**
 * Text as it arrives from Slack in a slash command, a DM or a mention, made fit for the use cases
 * once, here: Slack's `&amp;`/`&lt;`/`&gt;` undone (issue #14; src/blocks/escape.ts), then the one
 * sanitiser (issue #13; src/core/text/sanitize.ts: mention markers, control and bidi characters).
 * Modal values arrive unescaped: they take `sanitizeText` alone.
 * @example fromSlack('合肥A&amp;B 负债率&gt;70%\u202E') // '合肥A&B 负债率>70%'
 */
import { unescapeEntities } from '../blocks/escape.js';
import { sanitizeText } from '../core/text/sanitize.js';

export function fromSlack(text: string): string {
  return sanitizeText(unescapeEntities(text));
}
