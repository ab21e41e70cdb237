/**
 * The one shape every use case returns. Core decides `key` + `vars` (what is said);
 * wording lives in `title`/`body`/`fields`/`context`. Tests assert key and vars, not wording.
 * Blocks (src/blocks) and the console render from this; the LLM phraser may reword `text` only.
 */
export interface ReplyField {
  label: string;
  value: string;
}

export interface ReplyAction {
  /** Bolt action_id, e.g. 'share_quote' */
  id: string;
  label: string;
  value: string;
  style?: 'primary' | 'danger';
}

export interface Reply {
  /** Template key, e.g. 'quote.bank_loan', 'usage.quote', 'classify.result'. */
  key: string;
  /** Variables the reply was built from (figures as numbers, plus formatted strings). */
  vars: Record<string, string | number | boolean | null>;
  /** Header line (plain text, no mrkdwn). */
  title: string;
  /** Body paragraphs/lines in Slack mrkdwn (lists as "• ..." lines). */
  body: string[];
  /** Key figures, shown as Block Kit fields. */
  fields: ReplyField[];
  /** Rule + section lines, shown in a context block, e.g. '1.3 投标保函：不超过投标总价的2%，最高80万元'. */
  context: string[];
  /** Handbook sections this reply relies on, e.g. ['1.3']. */
  sections: string[];
  /** Buttons. */
  actions?: ReplyAction[];
  /** True when the reply carries client data: never post it in a channel. */
  confidential?: boolean;
}

/** Builds a Reply with empty defaults. */
export function reply(key: string, parts: Partial<Omit<Reply, 'key'>> & { title: string }): Reply {
  return {
    key,
    vars: parts.vars ?? {},
    title: parts.title,
    body: parts.body ?? [],
    fields: parts.fields ?? [],
    context: parts.context ?? [],
    sections: parts.sections ?? [],
    ...(parts.actions ? { actions: parts.actions } : {}),
    ...(parts.confidential ? { confidential: true } : {}),
  };
}

/** Plain-text rendering (Slack `text` fallback, notifications, logs of shape, LLM input). */
export function replyText(r: Reply): string {
  const lines: string[] = [r.title];
  for (const b of r.body) lines.push(b);
  for (const f of r.fields) lines.push(`${f.label}：${f.value}`);
  for (const c of r.context) lines.push(c);
  return lines.join('\n');
}
