/**
 * The nudge log's rules (src/core/nudges/log.ts) applied to a whole plain archive, as the store
 * adapters apply them inside a transaction: the engine tests' reference, without a store.
 */
import type { Archive, NudgeLog } from '../../src/core/archive/model.js';
import { dismissRecord, failedRecord, keptInLog, logKeepFrom, pendingNudges, runKey, sentRecord, snoozeRecord, type EngineInput, type Nudge } from '../../src/core/nudges/index.js';

function putLog(a: Archive, entry: NudgeLog): void {
  const i = a.nudges.findIndex((l) => l.key === entry.key);
  if (i >= 0) a.nudges[i] = entry;
  else a.nudges.push(entry);
}

/** A run: prune, compute the pending nudges, record each 'sent' and the run; returns what it claimed. */
export function claimNudges(a: Archive, input: Omit<EngineInput, 'archive'> & { at: string }): Nudge[] {
  const keep = logKeepFrom(input.today, input.settings?.logRetentionDays.value);
  a.nudges = a.nudges.filter((l) => keptInLog(l, keep, input.today));
  const claimed = pendingNudges({ ...input, archive: a });
  for (const n of claimed) putLog(a, sentRecord(n.key, input.at));
  putLog(a, sentRecord(runKey(input.today), input.at));
  return claimed;
}

export function markFailed(a: Archive, keys: readonly string[], at: string): void {
  for (const key of keys) {
    const r = failedRecord(
      a.nudges.find((l) => l.key === key),
      at,
    );
    if (r) putLog(a, r);
  }
}

export function snoozeNudge(a: Archive, key: string, today: string, at: string, days?: number): string {
  const r = snoozeRecord(key, today, at, days);
  putLog(a, r);
  return r.until;
}

export function dismissNudge(a: Archive, occurrence: string, at: string): void {
  putLog(a, dismissRecord(occurrence, at));
}
