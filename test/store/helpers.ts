import { AppError } from '../../src/core/errors.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client, ContactLog } from '../../src/core/archive/model.js';

export const T0 = '2025-03-01T08:00:00.000Z';

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'gd-store-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export function client(id: string, name: string, extra: Partial<Client> = {}): Client {
  return { id, name, owner: 'U01OWNER', figures: {}, contacts: [], guarantees: [], createdAt: T0, updatedAt: T0, ...extra };
}

export function log(id: string, clientId = 'c1'): ContactLog {
  return { id, clientId, date: '2025-03-01', note: `note ${id}`, by: 'U01OWNER' };
}

/** The AppError code a promise rejects with (undefined when it resolves). */
export async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return e instanceof AppError ? e.code : `not an AppError: ${String(e)}`;
  }
}
