/**
 * The nudge log's rules, on single records: what a claim writes, what a failed send releases,
 * what a snooze or a dismissal records, what the retention drops. Pure: `at` and `today` are
 * passed in; both store adapters apply these inside their own transaction (src/ports/store.ts).
 *
 * Exactly-once (docs/nudges.md): a run *claims* what it will send by recording it 'sent' in one
 * atomic store operation (claimNudges: only a reminder whose own record and occurrence do not
 * hold it back — core `heldByOwnRecords`), then sends, then marks what could not be sent 'failed'
 * (tried again next run). Two runs, two instances or a CLI beside the app cannot claim the same
 * key. The cost: a crash between the claim and the send loses that reminder (at most once),
 * instead of sending it twice.
 */
import type { NudgeLog } from '../archive/model.js';
import { addDays } from '../dates.js';
import { nudgeSettings } from './settings.js';

/** The key recording that the scheduled run of `today` happened. */
export const runKey = (today: string): string => `run:${today}`;

/** The record a claim writes. */
export const sentRecord = (key: string, at: string): NudgeLog => ({ key, status: 'sent', at });

/** A send failed: a claim goes back to 'failed' (tried at the next run); a snooze or dismissal made meanwhile stays (undefined). */
export function failedRecord(current: NudgeLog | undefined, at: string): NudgeLog | undefined {
  return current?.status === 'sent' ? { key: current.key, status: 'failed', at } : undefined;
}

/** 稍后提醒: the record holding `key` back until `today + days` (default 7, data/nudges.json). */
export function snoozeRecord(key: string, today: string, at: string, days = nudgeSettings.snoozeDays.value): NudgeLog & { until: string } {
  return { key, status: 'snoozed', at, until: addDays(today, days) };
}

/** 不再提醒: dismisses this occurrence (both its reminders: ahead and on the day). */
export const dismissRecord = (occurrence: string, at: string): NudgeLog => ({ key: occurrence, status: 'dismissed', at });

/** The first day the log keeps, as of `today` (logRetentionDays, data/nudges.json). */
export const logKeepFrom = (today: string, days = nudgeSettings.logRetentionDays.value): string => addDays(today, -days);

/** Whether the retention keeps `l`: recorded on or after `keepFrom`, or snoozed past `today`. */
export const keptInLog = (l: NudgeLog, keepFrom: string, today: string): boolean => l.at.slice(0, 10) >= keepFrom || (l.until ?? '').slice(0, 10) > today;
