/**
 * The OpenAI phraser: the Phraser port over the openai SDK (any OpenAI-compatible server via
 * OPENAI_BASE_URL). It rewords a reply and drafts visit reports; it never decides a figure.
 *
 * Per call: one deadline (`deadlineMs`, default 4000) covers everything, retry included; at most
 * one retry (429, 408, 5xx, connection errors), only when the wait (retry-after or 200 ms) still
 * leaves room before the deadline — the SDK's own retries are off because its back-off sleep does
 * not listen to the abort signal. A circuit breaker skips the model for 60 s after 3 failed calls.
 *
 * Limits: chat completions only; structured output needs a server that supports
 * `response_format: json_schema` (OpenAI does; some compatible servers do not — the draft then
 * fails with LLM_FAILED and the manager writes the report by hand).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import type { Config } from '../config.js';
import { modelInput, redactPrivate } from '../core/guard/model-input.js';
import { defang } from '../core/guard/output-safety.js';
import type { Reply } from '../core/reply.js';
import { NullPhraser, PhraserError, type Phraser, type VisitContext, type VisitDraft } from '../ports/phraser.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { loadPrompts, type Prompts } from './prompts.js';
import { REPORT_FIELDS, type ReportField } from '../core/visits/table.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const text = () => z.string().nullable();

/** Handbook 4.2 step 6, as the model must answer it (every field of REPORT_FIELDS present, null when unknown). */
export const VisitDraftSchema = z.object({
  ...(Object.fromEntries(REPORT_FIELDS.map((f) => [f, text()])) as Record<ReportField, ReturnType<typeof text>>),
  visitDate: z.string().regex(DATE).nullable(),
  nextFollowUp: z.string().regex(DATE).nullable(),
});

/** Longest text a draft field keeps (a Slack modal input holds 3000). */
const MAX_FIELD = 2000;
/** Below this much time left, a retry is not worth starting. */
const MIN_ATTEMPT_MS = 50;

export interface OpenAIPhraserOptions {
  prompts?: Prompts;
  breaker?: CircuitBreaker;
  /** Wait before the one retry when the server gives no retry-after. Default 200 ms. */
  retryDelayMs?: number;
}

type OpenAIConfig = Config['openai'];

function isValidDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Milliseconds the server asked us to wait (retry-after-ms, retry-after seconds or date), if any. */
function retryAfterMs(err: unknown): number | undefined {
  const headers = err instanceof OpenAI.APIError ? (err.headers as Headers | undefined) : undefined;
  if (!headers) return undefined;
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.get('retry-after-ms') !== null && Number.isFinite(ms)) return Math.max(0, ms);
  const raw = headers.get('retry-after');
  if (raw === null) return undefined;
  const secs = Number(raw);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function retryable(err: unknown): boolean {
  if (err instanceof OpenAI.APIConnectionTimeoutError) return false;
  if (err instanceof OpenAI.APIConnectionError) return true;
  if (err instanceof OpenAI.APIError) {
    const s = (err.status as number | undefined) ?? 0;
    return s === 408 || s === 429 || s >= 500;
  }
  return false;
}

export class OpenAIPhraser implements Phraser {
  private readonly client: OpenAI;
  private readonly prompts: Prompts;
  private readonly breaker: CircuitBreaker;
  private readonly retryDelayMs: number;

  constructor(
    private readonly config: OpenAIConfig & { apiKey: string },
    opts: OpenAIPhraserOptions = {},
  ) {
    this.client = new OpenAI({
      apiKey: config.apiKey,
      ...(config.baseUrl ? { baseURL: config.baseUrl } : {}),
      maxRetries: 0,
      timeout: config.deadlineMs,
    });
    this.prompts = opts.prompts ?? loadPrompts();
    this.breaker = opts.breaker ?? new CircuitBreaker();
    this.retryDelayMs = opts.retryDelayMs ?? 200;
  }

  async phrase(reply: Reply, signal?: AbortSignal): Promise<string | null> {
    const input = modelInput(reply);
    if (!input) throw new PhraserError('LLM_SKIPPED_PRIVATE');
    const p = this.prompts.render('phrase-reply', {
      key: input.key,
      vars: JSON.stringify(input.vars),
      text: JSON.stringify(input.text),
    });
    return this.call(signal, async (sig, timeout) => {
      const completion = await this.client.chat.completions.create(
        {
          model: this.config.model,
          messages: [
            { role: 'system', content: p.system },
            { role: 'user', content: p.user },
          ],
        },
        { signal: sig, timeout, maxRetries: 0 },
      );
      const msg = completion.choices?.[0]?.message;
      if (msg?.refusal) throw new PhraserError('LLM_REFUSED');
      const content = typeof msg?.content === 'string' ? msg.content.trim() : '';
      if (content === '') throw new PhraserError('LLM_FAILED', 'empty answer');
      return content;
    });
  }

  async draftVisitReport(notes: string, context: VisitContext, signal?: AbortSignal): Promise<VisitDraft | null> {
    const known = {
      ...(context.clientName ? { 客户: context.clientName } : {}),
      ...(context.managerName ? { 客户经理: context.managerName } : {}),
    };
    const p = this.prompts.render('draft-visit-report', {
      today: context.today,
      context: JSON.stringify(known),
      notes: JSON.stringify(redactPrivate(notes)),
    });
    const parsed = await this.call(signal, async (sig, timeout) => {
      const completion = await this.client.chat.completions.parse(
        {
          model: this.config.model,
          messages: [
            { role: 'system', content: p.system },
            { role: 'user', content: p.user },
          ],
          response_format: zodResponseFormat(VisitDraftSchema, 'visit_report'),
        },
        { signal: sig, timeout, maxRetries: 0 },
      );
      const msg = completion.choices?.[0]?.message;
      if (msg?.refusal) throw new PhraserError('LLM_REFUSED');
      if (!msg?.parsed) throw new PhraserError('LLM_FAILED', 'no structured answer');
      return msg.parsed;
    });
    const draft = { ...parsed } as VisitDraft;
    for (const f of REPORT_FIELDS) {
      const v = parsed[f];
      draft[f] = v === null ? null : defang(v).text.trim().slice(0, MAX_FIELD) || null;
    }
    draft.visitDate = parsed.visitDate && isValidDate(parsed.visitDate) ? parsed.visitDate : null;
    draft.nextFollowUp = parsed.nextFollowUp && isValidDate(parsed.nextFollowUp) ? parsed.nextFollowUp : null;
    return draft;
  }

  /** One call under the breaker and the deadline, with at most one retry. Throws PhraserError. */
  private async call<T>(signal: AbortSignal | undefined, attempt: (sig: AbortSignal, timeoutMs: number) => Promise<T>): Promise<T> {
    if (signal?.aborted) throw new PhraserError('LLM_TIMEOUT', 'aborted before the call');
    if (!this.breaker.allow()) throw new PhraserError('LLM_CIRCUIT_OPEN');
    const deadlineAt = Date.now() + this.config.deadlineMs;
    const deadline = AbortSignal.timeout(this.config.deadlineMs);
    const sig = signal ? AbortSignal.any([signal, deadline]) : deadline;
    const left = () => deadlineAt - Date.now();
    let retried = false;
    for (;;) {
      try {
        const result = await attempt(sig, Math.max(1, left()));
        this.breaker.success();
        return result;
      } catch (err) {
        if (err instanceof PhraserError && err.code === 'LLM_REFUSED') {
          // The service answered: it is up.
          this.breaker.success();
          throw err;
        }
        if (sig.aborted || err instanceof OpenAI.APIConnectionTimeoutError) {
          if (signal?.aborted && !deadline.aborted) this.breaker.release();
          else this.breaker.failure();
          throw new PhraserError('LLM_TIMEOUT');
        }
        if (!retried && retryable(err)) {
          const wait = retryAfterMs(err) ?? this.retryDelayMs;
          if (left() - wait >= MIN_ATTEMPT_MS) {
            retried = true;
            try {
              await sleep(wait, undefined, { signal: sig });
            } catch {
              this.breaker.failure();
              throw new PhraserError('LLM_TIMEOUT');
            }
            continue;
          }
        }
        this.breaker.failure();
        if (err instanceof PhraserError) throw err;
        const status = err instanceof OpenAI.APIError && err.status ? ` ${err.status}` : '';
        throw new PhraserError('LLM_FAILED', `model call failed${status}`);
      }
    }
  }
}

/** No API key → NullPhraser (deterministic wording); else the OpenAI phraser. Loads and checks the prompts. */
export function createPhraser(config: OpenAIConfig, opts: OpenAIPhraserOptions = {}): Phraser {
  if (!config.apiKey) return new NullPhraser();
  return new OpenAIPhraser({ ...config, apiKey: config.apiKey }, opts);
}
