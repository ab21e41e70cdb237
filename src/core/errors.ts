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
