/** Errors carry codes so callers and tests match on a code, not on wording (as bolt-js does). */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'INPUT_INVALID'
  | 'STORE_LOCKED'
  | 'STORE_CORRUPT'
  | 'STORE_WRITE_FAILED'
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
