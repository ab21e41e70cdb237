/**
 * `/client …` text → a subcommand. Pure. Names are the first word, or a quoted phrase
 * (“…”, "…", 「…」) when they contain spaces. Users are `<@U…>` / `<@U…|name>` (Slack escapes
 * mentions for /client) or a bare `U…` id (console).
 */
import { sanitizeText } from '../text/sanitize.js';
import { stages, relationshipTypes, classIds, type Stage, type RelationshipType, type ClientClass } from '../archive/model.js';

export type ClientCommand =
  | { sub: 'help' }
  | { sub: 'add'; name: string; rest: string }
  | { sub: 'show'; name: string }
  | { sub: 'list'; classes: ClientClass[]; stages: Stage[]; dormantOnly: boolean; unused: string[] }
  | { sub: 'contact'; name: string; date?: string; note: string }
  | { sub: 'stage'; name: string; stage?: Stage; relationship?: RelationshipType; unused: string[] }
  | { sub: 'assign'; name: string; to: string }
  | { sub: 'handover'; from: string; to: string }
  | { sub: 'invalid'; reason: string; usage: string };

/** A Slack user id (`U…`/`W…`, a few to ~20 characters; longer is not an id) as `<@U…>`, `<@U…|name>` or bare. */
const USER = /^<@([UW][A-Z0-9]{1,20})(?:\|[^>]*)?>$|^@?([UW][A-Z0-9]{2,20})$/;

export function userIdOf(token: string): string | undefined {
  const m = USER.exec(token.trim());
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Splits off the first name: a quoted phrase or the first whitespace-separated word. */
export function takeName(text: string): { name: string; rest: string } {
  const t = text.trim();
  const q = /^[“"「『]([^”"」』]+)[”"」』]\s*([\s\S]*)$/.exec(t);
  if (q) return { name: q[1]!.trim(), rest: q[2]!.trim() };
  const i = t.search(/\s/);
  return i < 0 ? { name: t, rest: '' } : { name: t.slice(0, i), rest: t.slice(i + 1).trim() };
}

const DATE_WORD = /^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}月\d{1,2}[日号]?|\d{1,2}-\d{1,2}|今天|今日|昨天|昨日|前天)$/;

export function parseClientCommand(text: string): ClientCommand {
  const t = sanitizeText(text).trim();
  if (t === '' || t === 'help' || t === '帮助') return { sub: 'help' };
  const { name: head, rest } = takeName(t);
  const word = head.toLowerCase();
  switch (word) {
    case 'add':
    case '新增':
    case '添加': {
      const { name, rest: figures } = takeName(rest);
      if (!name) return { sub: 'invalid', reason: '缺少客户名称。', usage: '/client add 合肥某某科技有限公司 净资产1200万 销售收入3500万' };
      return { sub: 'add', name, rest: figures };
    }
    case 'list':
    case '列表': {
      const words = rest.split(/\s+/).filter(Boolean);
      const classes: ClientClass[] = [];
      const st: Stage[] = [];
      const unused: string[] = [];
      let dormantOnly = false;
      for (const w of words) {
        const c = w.toUpperCase().replace(/类$/, '');
        if ((classIds as readonly string[]).includes(c)) classes.push(c as ClientClass);
        else if ((stages as readonly string[]).includes(w)) st.push(w as Stage);
        else if (w === '沉睡' || w === '未联系' || w === 'dormant') dormantOnly = true;
        else unused.push(w);
      }
      return { sub: 'list', classes, stages: st, dormantOnly, unused };
    }
    case 'contact':
    case '联系':
    case '记录': {
      const { name, rest: after } = takeName(rest);
      if (!name || !after) return { sub: 'invalid', reason: '需要客户名称和联系内容。', usage: '/client contact 某某科技 2026-11-20 电话沟通续保意向' };
      const [first = '', ...others] = after.split(/\s+/);
      if (DATE_WORD.test(first)) {
        const note = others.join(' ').trim();
        if (!note) return { sub: 'invalid', reason: '需要联系内容。', usage: '/client contact 某某科技 2026-11-20 电话沟通续保意向' };
        return { sub: 'contact', name, date: first, note };
      }
      return { sub: 'contact', name, note: after };
    }
    case 'stage':
    case '阶段':
    case 'type':
    case '关系': {
      const { name, rest: after } = takeName(rest);
      const words = after.split(/\s+/).filter(Boolean);
      const stage = words.find((w): w is Stage => (stages as readonly string[]).includes(w));
      const relationship = words.find((w): w is RelationshipType => (relationshipTypes as readonly string[]).includes(w));
      const unused = words.filter((w) => w !== stage && w !== relationship);
      if (!name || (!stage && !relationship))
        return { sub: 'invalid', reason: `需要客户名称，以及阶段（${stages.join('、')}）或关系类型（${relationshipTypes.join('、')}）。`, usage: '/client stage 某某科技 形成期 伙伴型' };
      return { sub: 'stage', name, ...(stage ? { stage } : {}), ...(relationship ? { relationship } : {}), unused };
    }
    case 'assign':
    case '移交':
    case '分配': {
      const words = rest.split(/\s+/).filter(Boolean);
      const users = words.map(userIdOf);
      // Hand over all of a departing manager's clients: `/client assign @from @to` (both users).
      if (words.length === 2 && users[0] && users[1]) return { sub: 'handover', from: users[0], to: users[1] };
      const { name, rest: target } = takeName(rest);
      const to = userIdOf(target);
      if (!name || !to) return { sub: 'invalid', reason: '需要客户名称和接手的客户经理（@某人）。', usage: '/client assign 某某科技 @李经理 ，或 /client assign @离职经理 @接手经理' };
      return { sub: 'assign', name, to };
    }
    default:
      return { sub: 'show', name: head };
  }
}
