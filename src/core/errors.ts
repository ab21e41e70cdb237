/** Errors carry codes so callers and tests match on a code, not on wording (as bolt-js does). */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'INPUT_INVALID'
  | 'STORE_LOCKED'
  | 'STORE_CORRUPT'
  | 'STORE_WRITE_FAILED'
  /** The database cannot be reached or the connection was lost (src/ports/store.ts). */
  | 'STORE_UNAVAILABLE'
  | 'SLACK_API_FAILED'
  | 'INTERNAL';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** What the user is told (Chinese); never contains input echoed back. */
    readonly userMessage = '抱歉，处理时出了点问题，请稍后再试。',
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const FRIENDLY_ERROR = '抱歉，担保助手刚才出错了，已记录。请稍后再试，或换个说法；输入 /help 查看用法。';

/** A coded AppError (possibly wrapped by Bolt as `original`) carries its own user message; anything else gets the friendly default. */
export function userMessageOf(error: unknown): string {
  const original = (error as { original?: unknown } | null)?.original ?? error;
  return original instanceof AppError ? original.userMessage : FRIENDLY_ERROR;
}

/** Anything thrown, as an Error with a code (see asCodedError). */
export interface CodedError extends Error {
  code: string;
  /** What was thrown, when it was not an Error with a code of its own. */
  original?: unknown;
}

const CODE = /^[\w.:-]{1,80}$/;

/**
 * The one place that turns anything thrown into a coded error, like bolt-js's `asCodedError`:
 * an Error with a short string code of its own (an AppError, Node's `ECONNRESET`, the Slack SDK's
 * `slack_webapi_platform_error`) is returned as it is; anything else is wrapped with `fallback`
 * as its code and kept as `original`. Codes are machine names only, so they are safe to log.
 * @example asCodedError(new AppError('STORE_LOCKED', 'busy')).code // 'STORE_LOCKED'
 * @example asCodedError('boom').code // 'INTERNAL'
 * @example asCodedError(new Error('x'), 'SLACK_API_FAILED').code // 'SLACK_API_FAILED'
 */
export function asCodedError(err: unknown, fallback: string = 'INTERNAL'): CodedError {
  const code = (err as { code?: unknown } | null | undefined)?.code;
  if (err instanceof Error && typeof code === 'string' && CODE.test(code)) return err as CodedError;
  const message = err instanceof Error ? err.message : typeof err === 'string' ? err : 'unknown error';
  return Object.assign(new Error(message), { code: fallback, original: err });
}
