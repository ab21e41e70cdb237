/**
 * The phraser port: the LLM may reword a reply the core already made, and draft a visit report
 * from an account manager's notes. Nothing else. It is optional: `NullPhraser` (no API key)
 * answers null at once and the core's own wording is used.
 *
 * Limits: an adapter answers within its deadline or throws a `PhraserError` with a code; it never
 * decides a figure — `phraseReply` (src/usecases/phrase.ts) checks every figure it returns.
 */
import type { Reply } from '../core/reply.js';
import type { ReportField } from '../core/visits/table.js';

export type PhraserErrorCode =
  /** The deadline passed (or the caller aborted) before an answer came. */
  | 'LLM_TIMEOUT'
  /** HTTP error, rate limit, connection error, malformed or empty answer. */
  | 'LLM_FAILED'
  /** The model refused (a `refusal` instead of content). */
  | 'LLM_REFUSED'
  /** The circuit breaker is open: the model is skipped for a while after repeated failures. */
  | 'LLM_CIRCUIT_OPEN'
  /** The reply holds personal data (phone, ID number, birthday): it is not sent to the model. */
  | 'LLM_SKIPPED_PRIVATE';

export class PhraserError extends Error {
  constructor(
    readonly code: PhraserErrorCode,
    message: string = code,
  ) {
    super(message);
    this.name = 'PhraserError';
  }
}

/**
 * Handbook 4.2 step 6: the visit report's parts, one per field of the one table
 * (REPORT_FIELDS, src/core/visits/table.ts). Null where the notes say nothing.
 */
export type VisitDraft = Record<ReportField, string | null> & {
  /** YYYY-MM-DD */
  visitDate: string | null;
  /** YYYY-MM-DD */
  nextFollowUp: string | null;
};

/** What the drafter may know besides the notes: no contact details. */
export interface VisitContext {
  /** Today, YYYY-MM-DD (for 明天, 下周一 …). */
  today: string;
  /** The client's name as the archive has it, if known. */
  clientName?: string;
  /** The account manager's display name, if known. */
  managerName?: string;
}

export interface Phraser {
  /** A rewording of `replyText(reply)`, or null when phrasing is off. Throws PhraserError. */
  phrase(reply: Reply, signal?: AbortSignal): Promise<string | null>;
  /** A visit report drafted from notes (quoted data, never instructions), or null when off. Throws PhraserError. */
  draftVisitReport(notes: string, context: VisitContext, signal?: AbortSignal): Promise<VisitDraft | null>;
}

/** No API key: deterministic wording, at once. */
export class NullPhraser implements Phraser {
  async phrase(): Promise<string | null> {
    return null;
  }
  async draftVisitReport(): Promise<VisitDraft | null> {
    return null;
  }
}
