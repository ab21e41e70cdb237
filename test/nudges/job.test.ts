/** The cron job: the catch-up rule (a missed run today → once at start), and stop(). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../src/adapters/embedded-store.js';
import { firedEarlierToday, startNudgeJob } from '../../src/jobs/nudges.js';
import { createLogger } from '../../src/logger.js';
import type { DigestSender } from '../../src/ports/digest.js';
import { client } from './helpers.js';

const TZ = 'Asia/Shanghai';

function fired(expr: string, iso: string): boolean {
  const task = cron.createTask(expr, () => {}, { timezone: TZ });
  try {
    return firedEarlierToday((d) => task.match(d), cron.parse(expr).second, new Date(iso), TZ);
  } finally {
    void task.destroy();
  }
}

describe('firedEarlierToday (judged in Asia/Shanghai)', () => {
  it.each([
    ['0 9 * * 1-5', '2026-12-01T02:00:00Z', true], // Tue 10:00
    ['0 9 * * 1-5', '2026-12-01T01:00:00Z', true], // Tue 09:00 exactly
    ['0 9 * * 1-5', '2026-12-01T00:59:00Z', false], // Tue 08:59
    ['0 9 * * 1-5', '2026-12-05T02:00:00Z', false], // Saturday
    ['0 9 * * 1-5', '2026-11-30T16:30:00Z', false], // Tue 00:30 Shanghai (still Monday in UTC)
    ['0 0 * * *', '2026-11-30T16:05:00Z', true], // 00:05 Shanghai: midnight has passed
    ['30 8 1 * *', '2026-12-01T01:00:00Z', true], // the 1st, 08:30
    ['30 8 1 * *', '2026-12-02T01:00:00Z', false],
  ])('%s at %s → %s', (expr, iso, want) => expect(fired(expr, iso)).toBe(want));
});

describe('startNudgeJob', () => {
  it('catches up a missed run once at start; a restart the same day does not run again; stop() waits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gd-nudge-job-'));
    const store = await openEmbeddedStore({ dataDir: dir });
    await store.update((d) => void d.clients.push(client('c1', { owner: 'U0AAA', lastContact: '2026-10-01' })));
    const posts: string[] = [];
    const sender: DigestSender = { openDm: async (u) => `D${u}`, post: async (ch) => void posts.push(ch) };
    const deps = { store, now: () => new Date('2026-12-01T02:00:00Z'), logger: createLogger('error', () => {}), tz: TZ, sender, sleep: async () => {} };
    const options = { cron: '0 9 * * 1-5', tz: TZ, deps, logger: deps.logger };

    await startNudgeJob(options)();
    expect(posts).toEqual(['DU0AAA']);
    expect((await store.read()).nudges.map((l) => l.key)).toContain('run:2026-12-01');

    await startNudgeJob(options)();
    expect(posts).toHaveLength(1);

    // before 09:00 on another day: nothing to catch up
    await startNudgeJob({ ...options, deps: { ...deps, now: () => new Date('2026-12-02T00:30:00Z') } })();
    expect(posts).toHaveLength(1);
    await store.close();
  });
});
