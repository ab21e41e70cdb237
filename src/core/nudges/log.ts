/**
 * Changes to the nudge log, made on a store draft inside `store.update` (so they are atomic
 * and serialised across processes). Pure: `at` and `today` are passed in; no I/O.
 *
 * Exactly-once (docs/nudges.md): a run *claims* what it will send by recording it 'sent' in
 * the same atomic update that computes it, then sends, then marks what could not be sent
 * 'failed' (tried again next run). Two runs, two instances or a CLI beside the app cannot
 * claim the same key. The cost: a crash between the claim and the send loses that reminder
 * (at most once), instead of sending it twice.
 */
import type { Archive, NudgeLog } from '../archive/model.js';
import { addDays } from '../dates.js';
import { pendingNudges, type EngineInput, type Nudge } from './engine.js';
import { nudgeSettings } from './settings.js';

/** Sets the one record of `key` (the log keeps one record per key: its latest state). */
export function putLog(draft: Archive, entry: NudgeLog): void {
  const i = draft.nudges.findIndex((l) => l.key === entry.key);
  if (i >= 0) draft.nudges[i] = entry;
  else draft.nudges.push(entry);
}

/** The key recording that the scheduled run of `today` happened. */
export const runKey = (today: string): string => `run:${today}`;

/** Whether a run was recorded for `today`. */
export const hasRun = (archive: Archive, today: string): boolean => archive.nudges.some((l) => l.key === runKey(today));

/**
 * Computes the pending nudges on the draft and records each 'sent' (the claim), with the run
 * of `today`; drops log entries older than the retention. Returns what this run must send.
 * @example store.update((d) => claimNudges(d, { today: '2026-12-01', tz, at: now.toISOString() }))
 */
export function claimNudges(draft: Archive, input: Omit<EngineInput, 'archive'> & { at: string }): Nudge[] {
  const settings = input.settings ?? nudgeSettings;
  const keep = addDays(input.today, -settings.logRetentionDays.value);
  draft.nudges = draft.nudges.filter((l) => l.at.slice(0, 10) >= keep || (l.until ?? '').slice(0, 10) > input.today);
  const claimed = pendingNudges({ ...input, archive: draft, settings });
  for (const n of claimed) putLog(draft, { key: n.key, status: 'sent', at: input.at });
  putLog(draft, { key: runKey(input.today), status: 'sent', at: input.at });
  return claimed;
}

/** A send failed: the claimed keys go back to 'failed', to be tried at the next run. */
export function markFailed(draft: Archive, keys: readonly string[], at: string): void {
  const failed = new Set(keys);
  for (const [i, l] of draft.nudges.entries()) {
    // Only a claim is released: a snooze or dismissal made meanwhile stays.
    if (failed.has(l.key) && l.status === 'sent') draft.nudges[i] = { key: l.key, status: 'failed', at };
  }
}

/** 稍后提醒: hold this reminder back until `today + days` (default 7). Returns the until date. */
export function snoozeNudge(draft: Archive, key: string, today: string, at: string, days = nudgeSettings.snoozeDays.value): string {
  const until = addDays(today, days);
  putLog(draft, { key, status: 'snoozed', at, until });
  return until;
}

/** 不再提醒: dismiss this occurrence (both its reminders: ahead and on the day). */
export function dismissNudge(draft: Archive, occurrence: string, at: string): void {
  putLog(draft, { key: occurrence, status: 'dismissed', at });
}

