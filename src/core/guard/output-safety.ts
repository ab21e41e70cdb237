/**
 * Output safety for model text on its way to Slack. Pure.
 *
 * Slack reads `<!channel>`, `<!here>`, `<!everyone>`, `<!subteam^…>`, `<@U…>`, `<#C…>` and
 * `<http…|…>` as mentions and links. The core never produces them (its strings are escaped
 * before Slack), so in model text each is an injection: it is neutralised and reported.
 * `&`, `<`, `>` are escaped, `@channel`/`@here`/`@everyone` (and @所有人/@全体成员) are
 * defanged with a zero-width space, URLs the core did not write are defanged (hxxps://x[.]com),
 * and the text is capped.
 */
import { sanitizeText } from '../text/sanitize.js';

export type Neutralised = 'broadcast' | 'mention' | 'channel' | 'link' | 'url' | 'truncated' | 'control';

export interface SafetyOptions {
  /** At most this many characters (a Slack section holds 3000). Default 3000. */
  maxChars?: number;
  /** URLs the core's own text contains: these stay as they are. */
  allowedUrls?: readonly string[];
}

export interface SafeText {
  /** Slack-escaped text: post as is, do not escape again. */
  text: string;
  /** What was found and neutralised (kinds only, never the text). Empty when the text was clean. */
  neutralised: Neutralised[];
}

export const MAX_MODEL_CHARS = 3000;
const ZWSP = '\u200B';

const SPECIAL = /<(!(?:channel|here|everyone|subteam\^)[^>]*|@[UW][A-Z0-9]*[^>]*|#C[A-Z0-9]*[^>]*|(?:https?|mailto|ftp):[^>]*)>/gi;
const BROADCAST = /@(channel|here|everyone|所有人|全体成员|全体)/gi;
const URL = /\b(?:https?|ftp):\/\/[^\s<>|）)】」，。]+|\bwww\.[^\s<>|）)】」，。]+/gi;

/** The one sanitiser (src/core/text/sanitize.ts); what it removed is reported as 'control'. */
function sanitized(text: string, found: Set<Neutralised>): string {
  const t = sanitizeText(text);
  if (t !== text.replace(/\r\n?/g, '\n')) found.add('control');
  return t;
}

function kindOf(inner: string): Neutralised {
  if (inner.startsWith('!')) return 'broadcast';
  if (inner.startsWith('@')) return 'mention';
  if (inner.startsWith('#')) return 'channel';
  return 'link';
}

/** Escapes the three characters Slack treats as markup. @example escapeSlackText('a<b') // 'a&lt;b' */
export function escapeSlackText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** URLs in a text (for `allowedUrls`). */
export function urlsIn(text: string): string[] {
  return text.match(URL) ?? [];
}

/**
 * Defangs without escaping, for text that goes where Slack does not parse markup but a person may
 * copy it on (modal inputs, a draft): `<!channel>` → `@​channel`, `<@U1>` → `@​U1`,
 * `<url|label>` → `label`, `@here` → `@​here`, foreign URLs → `hxxps://x[.]com`.
 */
export function defang(text: string, opts: Pick<SafetyOptions, 'allowedUrls'> = {}): SafeText {
  const allowed = new Set(opts.allowedUrls ?? []);
  const found = new Set<Neutralised>();
  let t = sanitized(text, found);
  t = t.replace(SPECIAL, (_m, inner: string) => {
    const kind = kindOf(inner);
    found.add(kind);
    const [target = '', label] = inner.split('|');
    if (kind === 'link') return label ?? target;
    if (kind === 'channel') return label ?? target.slice(1);
    return `@${(label ?? target.slice(1)).replace(/^@/, '').replace(/\^.*$/, '')}`;
  });
  t = t.replace(/[<>]/g, (c) => (c === '<' ? '‹' : '›'));
  t = t.replace(BROADCAST, (_m, word: string) => {
    found.add('broadcast');
    return `@${word}`;
  });
  t = t.replace(/@(?!\u200B)/g, `@${ZWSP}`);
  t = t.replace(URL, (u) => {
    if (allowed.has(u)) return u;
    found.add('url');
    return u.replace(/^http/i, 'hxxp').replace(/^ftp/i, 'fxp').replace(/\./g, '[.]');
  });
  return { text: t, neutralised: [...found] };
}

/**
 * @example makeSlackSafe('<!channel> 费率1.8%').text // '&lt;!channel&gt; 费率1.8%' (neutralised: ['broadcast'])
 */
export function makeSlackSafe(modelText: string, opts: SafetyOptions = {}): SafeText {
  const max = opts.maxChars ?? MAX_MODEL_CHARS;
  const allowed = new Set(opts.allowedUrls ?? []);
  const found = new Set<Neutralised>();

  // Control and bidi characters, ANSI escapes and mention markers have no place in a reply.
  let t = sanitized(modelText, found);
  for (const m of t.matchAll(SPECIAL)) found.add(kindOf(m[1] ?? ''));
  t = t.replace(BROADCAST, (_m, word: string) => {
    found.add('broadcast');
    return `@${ZWSP}${word}`;
  });
  t = t.replace(URL, (u) => {
    if (allowed.has(u)) return u;
    found.add('url');
    return u.replace(/^http/i, 'hxxp').replace(/^ftp/i, 'fxp').replace(/\./g, '[.]');
  });
  t = escapeSlackText(t);
  if ([...t].length > max) {
    found.add('truncated');
    t = `${[...t].slice(0, max - 1).join('').replace(/&[a-z]*$/, '')}…`;
  }
  return { text: t, neutralised: [...found] };
}
