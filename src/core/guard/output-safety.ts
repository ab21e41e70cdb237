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

export type Neutralised =
  | 'broadcast'
  | 'mention'
  | 'channel'
  | 'link'
  | 'url'
  | 'truncated'
  | 'control'
  /** A bare domain (evil-bank.cn/renew) the source did not name. */
  | 'domain'
  /** A markdown link `[text](target)`. */
  | 'markdown'
  /** A company or bank name the source did not name. */
  | 'company'
  /** A 系统通知-style instruction (click, transfer, verification code…) the source did not give. */
  | 'instruction';

export interface SafetyOptions {
  /** At most this many characters (a Slack section holds 3000). Default 3000. */
  maxChars?: number;
  /** URLs the core's own text contains: these stay as they are. */
  allowedUrls?: readonly string[];
  /** The text the model was asked to reword: what it names may be named again (rewordHazards). */
  source?: string;
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

const TLD = 'com|cn|net|org|info|top|xyz|io|co|me|cc|biz|vip|site|online|shop|app|ru|hk|tw|edu|gov|link|club|live|pro|work';
const DOMAIN = new RegExp(`(?<![\\w@.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${TLD})(?![a-z0-9-])(?:[/:?#][^\\s，。；）)】」]*)?`, 'gi');
const MARKDOWN_LINK = /\[[^\]\n]*\]\([^)\n]*\)/g;
/** Company legal forms and named banks: a rewording may not bring in a company the source did not name. */
const COMPANY = new RegExp(
  [
    '[\\u4e00-\\u9fa5A-Za-z0-9]{2,20}?(?:股份有限公司|有限责任公司|有限公司|集团)',
    '(?:工商|农业|中国|建设|交通|招商|浦发|民生|兴业|光大|华夏|中信|平安|广发|邮储|邮政储蓄|徽商|恒丰|浙商|渤海|[\\u4e00-\\u9fa5]{2,6}农商|[\\u4e00-\\u9fa5]{2,6}农村商业|[\\u4e00-\\u9fa5]{2,6}村镇)银行',
  ].join('|'),
  'g',
);
/** What phishing and prompt-injection text says: a notice, an order to click, pay or log in. */
const INSTRUCTION =
  /系统通知|系统消息|系统提示|官方通知|管理员通知|紧急通知|重要通知|请立即|立即(?:点击|访问|转账|汇款|登录|回复|处理)|点击(?:链接|下方|以下|此处)|扫码|验证码|账户(?:异常|冻结|被冻结)|密码|转账(?:到|至)|汇款(?:到|至)|请访问|忽略(?:以上|之前|前面)|ignore (?:all |the )?(?:previous|above)/gi;

const squashSpace = (t: string): string => t.replace(/\s+/g, '').toLowerCase();

/**
 * What a rewording adds that the text it rewords did not have: a bare domain, a markdown link,
 * a company or bank name, a 系统通知-style instruction. Any of them → the rewording is refused
 * (the core's wording is sent). Pure.
 * @example rewordHazards('担保费9万元', '担保费9万元，续期请访问 evil-bank.cn/renew') // ['domain', 'instruction']
 * @example rewordHazards('担保费9万元', '担保费为9万元。') // []
 */
export function rewordHazards(source: string, candidate: string): Neutralised[] {
  const src = squashSpace(source);
  const found = new Set<Neutralised>();
  const added = (rx: RegExp, kind: Neutralised): void => {
    for (const m of candidate.matchAll(rx)) if (!src.includes(squashSpace(m[0]))) found.add(kind);
  };
  added(DOMAIN, 'domain');
  added(MARKDOWN_LINK, 'markdown');
  added(COMPANY, 'company');
  added(INSTRUCTION, 'instruction');
  return [...found];
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
  if (opts.source !== undefined) for (const k of rewordHazards(opts.source, t)) found.add(k);
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
    t = `${[...t]
      .slice(0, max - 1)
      .join('')
      .replace(/&[a-z]*$/, '')}…`;
  }
  return { text: t, neutralised: [...found] };
}
