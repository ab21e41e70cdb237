/**
 * Phrasing with the guard: the model may reword a reply the core made; the user sees the model's
 * words only when every figure is the core's (changed, added or dropped → the core's wording),
 * and nothing in it is a mention, a link or too long. Any failure, refusal or timeout → the core's
 * wording. Logs carry a code and counts, never the text.
 *
 * Not on the ack path: call it after `ack()`, and post what it returns.
 */
import { checkFigures } from '../core/guard/figures.js';
import { escapeSlackText, makeSlackSafe, rewordHazards, urlsIn } from '../core/guard/output-safety.js';
import { replyText, type Reply } from '../core/reply.js';
import type { AppLogger } from '../logger.js';
import { PhraserError, type Phraser, type PhraserErrorCode, type VisitContext, type VisitDraft } from '../ports/phraser.js';
import { REPORT_FIELDS } from '../core/visits/table.js';

export type PhraseCode = PhraserErrorCode | 'LLM_FIGURE_MISMATCH' | 'LLM_UNSAFE_OUTPUT';

export interface PhraseResult {
  /**
   * Slack-escaped plain text (`&`, `<`, `>` escaped): post it as a message's `text` or in a mrkdwn
   * block as is — do not escape it again (the console shows it through `unescapeSlack`).
   */
  text: string;
  /** True when the model's wording is used; false when it is the core's (`replyText`). */
  phrased: boolean;
  /** Why the core's wording was used, when the model was asked and failed. */
  code?: PhraseCode;
}

export interface PhraseOptions {
  /** The caller's abort (e.g. the request was cancelled). */
  signal?: AbortSignal;
  /**
   * A hard upper bound in ms on waiting for the phraser, on top of its own deadline (a phraser that
   * ignores its signal still cannot hold the reply back). Default 10 000.
   */
  deadlineMs?: number;
  /** Longest model text kept. Default 3000. */
  maxChars?: number;
}

/** Waits for the phraser at most `ms`; then aborts it and reports LLM_TIMEOUT. */
async function within<T>(ms: number, outer: AbortSignal | undefined, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const ctl = new AbortController();
  const onAbort = () => ctl.abort();
  outer?.addEventListener('abort', onAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      ctl.abort();
      reject(new PhraserError('LLM_TIMEOUT'));
    }, ms);
  });
  try {
    return await Promise.race([run(ctl.signal), timeout]);
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onAbort);
  }
}

/**
 * @example await phraseReply(new NullPhraser(), r, logger) // { text: escapeSlackText(replyText(r)), phrased: false }
 */
export async function phraseReply(phraser: Phraser, reply: Reply, logger: AppLogger, opts: PhraseOptions = {}): Promise<PhraseResult> {
  const core = replyText(reply);
  const started = Date.now();
  const fallback = (code?: PhraseCode, fields: Record<string, unknown> = {}): PhraseResult => {
    if (code) logger.event('warn', 'llm.fallback', { code, key: reply.key, ms: Date.now() - started, ...fields });
    return { text: escapeSlackText(core), phrased: false, ...(code ? { code } : {}) };
  };

  let raw: string | null;
  try {
    raw = await within(opts.deadlineMs ?? 10_000, opts.signal, (signal) => phraser.phrase(reply, signal));
  } catch (err) {
    return fallback(err instanceof PhraserError ? err.code : 'LLM_FAILED');
  }
  if (raw === null) return fallback();

  const safe = makeSlackSafe(raw, { allowedUrls: urlsIn(core), source: core, ...(opts.maxChars ? { maxChars: opts.maxChars } : {}) });
  if (safe.neutralised.length > 0) return fallback('LLM_UNSAFE_OUTPUT', { found: safe.neutralised });

  const check = checkFigures(core, raw);
  if (!check.ok) {
    return fallback('LLM_FIGURE_MISMATCH', { changed: check.changed.length, added: check.added.length, dropped: check.dropped.length });
  }
  logger.event('debug', 'llm.phrased', { key: reply.key, ms: Date.now() - started });
  return { text: safe.text, phrased: true };
}

export interface DraftResult {
  /** The draft, or null: the manager writes the report by hand. */
  draft: VisitDraft | null;
  code?: PhraseCode;
}

/**
 * A visit report drafted from notes. The draft's text may hold no figure the notes do not
 * (a changed or invented amount, rate or date → no draft); leaving figures out is allowed.
 * `visitDate`/`nextFollowUp` are the model's reading of the notes (明天 → a date) for the
 * manager to confirm, so they are not checked against the notes.
 */
export async function draftVisit(phraser: Phraser, notes: string, context: VisitContext, logger: AppLogger, opts: Pick<PhraseOptions, 'signal' | 'deadlineMs'> = {}): Promise<DraftResult> {
  const started = Date.now();
  const fail = (code: PhraseCode, fields: Record<string, unknown> = {}): DraftResult => {
    logger.event('warn', 'llm.draft_failed', { code, ms: Date.now() - started, ...fields });
    return { draft: null, code };
  };
  let draft: VisitDraft | null;
  try {
    draft = await within(opts.deadlineMs ?? 10_000, opts.signal, (signal) => phraser.draftVisitReport(notes, context, signal));
  } catch (err) {
    return fail(err instanceof PhraserError ? err.code : 'LLM_FAILED');
  }
  if (draft === null) return { draft: null };
  const text = REPORT_FIELDS.map((f) => draft[f] ?? '').join('\n');
  const hazards = rewordHazards(`${notes}\n${context.clientName ?? ''}`, text);
  if (hazards.length > 0) return fail('LLM_UNSAFE_OUTPUT', { found: hazards });
  const check = checkFigures(notes, text);
  if (!check.ok && (check.changed.length > 0 || check.added.length > 0)) {
    return fail('LLM_FIGURE_MISMATCH', { changed: check.changed.length, added: check.added.length });
  }
  return { draft };
}
