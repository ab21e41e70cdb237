/**
 * Stands in for the archive when it could not be opened (corrupt file, unreadable directory):
 * every call rejects with the original coded error, so quotes and handbook answers keep working
 * while client features say clearly that the archive is unavailable. Nothing is ever written.
 */
import { AppError } from '../core/errors.js';
import type { WholeArchiveStore } from '../ports/store.js';

export function unavailableStore(cause: unknown): WholeArchiveStore {
  const error =
    cause instanceof AppError ? cause : new AppError('STORE_CORRUPT', `archive unavailable: ${(cause as Error)?.message ?? cause}`, '客户档案暂时无法使用，已停止读写以保护数据，请联系管理员。');
  return {
    read: () => Promise.reject(error),
    update: () => Promise.reject(error),
    close: () => Promise.resolve(),
  };
}
