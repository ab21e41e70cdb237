/**
 * Stands in for the archive when it could not be opened (corrupt file, unreadable directory, a
 * database that cannot be reached at start): every operation rejects with the original coded
 * error, so quotes and handbook answers keep working while client features say clearly that the
 * archive is unavailable. Nothing is ever written.
 */
import { AppError } from '../core/errors.js';
import type { ArchiveStore } from '../ports/store.js';

export function unavailableStore(cause: unknown): ArchiveStore {
  const error =
    cause instanceof AppError ? cause : new AppError('STORE_CORRUPT', `archive unavailable: ${(cause as Error)?.message ?? cause}`, '客户档案暂时无法使用，已停止读写以保护数据，请联系管理员。');
  const reject = (): Promise<never> => Promise.reject(error);
  return new Proxy({} as ArchiveStore, {
    get: (_target, op) => (op === 'close' ? () => Promise.resolve() : op === 'then' ? undefined : reject),
  });
}
