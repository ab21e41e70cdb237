/**
 * The one sanitiser for text entering the assistant: slash-command and DM text, modal values,
 * CSV cells, the model's output, and archive text as it is stored (the archive schema applies it,
 * so text stored before this existed is cleaned when read). Pure.
 *
 * Removes what must never be stored or shown:
 * - the core's private-use mention markers U+E000/U+E001 (src/core/mention.ts): only the core may
 *   make a mention, so typed or imported text can never become `<@U…>`;
 * - ANSI escape sequences (`ESC[31m`, OSC `ESC]…BEL`) whole, not just their ESC;
 * - C0 and C1 control characters, NUL and DEL (tab and line feed stay; CR LF / CR → LF);
 * - bidi embeddings, overrides and isolates U+202A–U+202E, U+2066–U+2069 (and U+061C, U+200E,
 *   U+200F marks), which can make a name display reversed (`‮gpj.exe`);
 * - U+2028/U+2029 become a line feed.
 * With `singleLine`, line breaks and tabs become one space (a name, a CSV cell).
 *
 * What it does not do: Slack escaping (`&<>`: the block builders) and Slack's own `&amp;`
 * unescaping at the edge (src/slack).
 * @example sanitizeText('\uE000U1\uE001 ok\u202E') // 'U1 ok'
 * @example sanitizeText('a\u001b[31mb\u0000c') // 'abc'
 * @example sanitizeText('第一行\r\n第二行', { singleLine: true }) // '第一行 第二行'
 */
export interface SanitizeOptions {
  /** Line breaks and tabs → one space. */
  singleLine?: boolean;
}

// eslint-disable-next-line no-control-regex -- matching escape and control characters is this module's job
const ANSI = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[@-Z\\-_]|\u009B[0-?]*[ -/]*[@-~]/g;
// eslint-disable-next-line no-control-regex -- matching escape and control characters is this module's job
const STRIP = /[\uE000\uE001\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function sanitizeText(text: string, opts: SanitizeOptions = {}): string {
  let t = text
    .replace(ANSI, '')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(STRIP, '');
  if (opts.singleLine) t = t.replace(/[\n\t]+/g, ' ');
  return t;
}
