/**
 * Slack event ids already handled (Slack retries a delivery when our ack was slow, and may send a
 * message both as `message` and `app_mention`). Kept out of the client archive: one small
 * record per event, O(1) work per event, forgotten after a fixed window.
 *
 * Shaped by the one question the dedupe middleware asks; a database table (a primary key on the
 * event key, a timestamp column, a periodic DELETE of old rows) implements it the same way.
 *
 * What any implementation must guarantee:
 * - `claim(key, now)` resolves true the first time `key` is claimed within `EVENT_MEMORY_MS`
 *   before `now`, false for every later claim in that window — also after a restart of the
 *   process, once a claim has resolved.
 * - The work and the storage per claim are bounded, whatever the number of events seen.
 * - Failures reject (the caller handles the event anyway: better twice than never).
 */
export interface EventLedger {
  /** True when `key` was not claimed in the last EVENT_MEMORY_MS; records it. */
  claim(key: string, now: Date): Promise<boolean>;
  /** Flushes and releases resources. */
  close(): Promise<void>;
}

/** How long an event key is remembered; Slack retries within minutes. */
export const EVENT_MEMORY_MS = 24 * 60 * 60 * 1000;
