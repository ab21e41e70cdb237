/**
 * The send-nudges use case against a real lowdb store in a temp DATA_DIR: one digest per
 * manager, exactly once across re-runs and restarts, failed sends retried, 429 honoured.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/adapters/embedded-store.js';
import type { SlackMessage } from '../../src/blocks/reply-blocks.js';
import { loadConfig } from '../../src/config.js';
import { digestMessage } from '../../src/blocks/nudge-blocks.js';
import { jobClient, slackDigestSender } from '../../src/jobs/slack-sender.js';
import { createLogger } from '../../src/logger.js';

import type { DigestSender } from '../../src/ports/digest.js';
import { previewNudges, sendNudges } from '../../src/usecases/send-nudges.js';
import { claimNudges } from './log-helpers.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { client } from './helpers.js';

const TZ = 'Asia/Shanghai';
const TODAY = '2026-12-01';
const logger = createLogger('error', () => {});
const now = () => new Date('2026-12-01T01:00:00.000Z');

let dir: string;
let store: EmbeddedStore;

async function seed(s: EmbeddedStore): Promise<void> {
  await s.update((d) => {
    d.clients.push(
      client('c1', {
        name: '合肥甲公司',
        owner: 'U0AAA',
        class: 'B',
        lastContact: '2026-10-20',
        contacts: [{ name: '张三', birthday: '12-04' }],
        guarantees: [{ product: 'bank_loan', amount: 5e6, due: '2026-12-31' }],
      }),
      client('c2', { name: '乙公司 <!channel>', owner: 'U0BBB', lastContact: '2026-11-25', contacts: [{ name: '李四', birthday: '12-01' }] }),
      client('c3', { name: '丙公司', owner: 'U0BBB', lastContact: '2026-11-30' }),
    );
  });
}

/** Records posts, rendered as the Slack sender renders them; `failFor` owners' DMs fail to post. */
function fakeSender(failFor: string[] = []): DigestSender & { posts: Array<{ channel: string; message: SlackMessage }> } {
  const posts: Array<{ channel: string; message: SlackMessage }> = [];
  return {
    posts,
    openDm: async (user) => `D${user}`,
    post: async (channel, digest) => {
      if (failFor.some((u) => channel === `D${u}`)) throw Object.assign(new Error('boom'), { code: 'slack_webapi_platform_error', data: { error: 'channel_not_found' } });
      posts.push({ channel, message: digestMessage(digest.nudges, digest.today) });
    },
  };
}

const keysIn = (m: SlackMessage): string[] => m.blocks.flatMap((b) => (b.type === 'actions' ? [String((b.elements[0] as { value?: string }).value)] : []));
const deps = (sender: DigestSender, s = store) => ({ store: s, now, logger, tz: TZ, sender, sleep: async () => {} });

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gd-nudges-'));
  store = await openEmbeddedStore({ dataDir: dir });
  await seed(store);
});
afterEach(async () => {
  await store.close();
});

describe('sendNudges', () => {
  it('one digest per manager, grouped by kind, the right items to the right manager', async () => {
    const sender = fakeSender();
    const r = await sendNudges(deps(sender));
    expect(r.key).toBe('nudges.run');
    expect(r.vars).toMatchObject({ today: TODAY, claimed: 4, sent: 4, failed: 0, managers: 2, messages: 2 });
    expect(sender.posts.map((p) => [p.channel, keysIn(p.message)])).toEqual([
      ['DU0AAA', ['due:c1:2026-12-31:ahead', 'birthday:c1:0:2026-12-04:ahead', 'dormant:c1:2026-11-26']],
      ['DU0BBB', ['birthday:c2:0:2026-12-01']],
    ]);
    const text = JSON.stringify(sender.posts[1]!.message);
    expect(text).toContain('乙公司 &lt;!channel&gt;');
    expect(text).not.toContain('<!channel>');
  });

  it('a re-run the same day, or after a restart, sends nothing new', async () => {
    const sender = fakeSender();
    await sendNudges(deps(sender));
    await sendNudges(deps(sender));
    await store.close();
    store = await openEmbeddedStore({ dataDir: dir });
    const again = await sendNudges(deps(sender, store));
    expect(again.vars).toMatchObject({ claimed: 0, sent: 0 });
    expect(sender.posts).toHaveLength(2);
  });

  it('a restart between the claim and the send does not send twice (at most once)', async () => {
    // The first run claims and dies before sending.
    await store.update((d) => claimNudges(d, { today: TODAY, tz: TZ, at: now().toISOString() }));
    await store.close();
    store = await openEmbeddedStore({ dataDir: dir });
    const sender = fakeSender();
    const r = await sendNudges(deps(sender, store));
    expect(r.vars.claimed).toBe(0);
    expect(sender.posts).toEqual([]);
    const log = (await store.read()).nudges.filter((l) => !l.key.startsWith('run:'));
    expect(log.map((l) => l.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
  });

  it('a failed send is marked failed and sent at the next run, only it', async () => {
    const r1 = await sendNudges(deps(fakeSender(['U0BBB'])));
    expect(r1.vars).toMatchObject({ sent: 3, failed: 1 });
    expect((await store.read()).nudges.find((l) => l.key === 'birthday:c2:0:2026-12-01')!.status).toBe('failed');
    const sender = fakeSender();
    const r2 = await sendNudges(deps(sender));
    expect(r2.vars).toMatchObject({ claimed: 1, sent: 1 });
    expect(sender.posts.map((p) => keysIn(p.message))).toEqual([['birthday:c2:0:2026-12-01']]);
  });

  it('a failed send logs the Slack error code, and INTERNAL when the error carries no string code (never [object Object])', async () => {
    const lines: string[] = [];
    const base = fakeSender(['U0AAA']);
    const sender: DigestSender = {
      post: (channel, message) => base.post(channel, message),
      openDm: async (user) => {
        if (user === 'U0BBB') throw Object.assign(new Error('boom'), { code: 42, data: { error: { reason: 'not a string' } } });
        return base.openDm(user);
      },
    };
    await sendNudges({ ...deps(sender), logger: createLogger('warn', (l) => lines.push(l)) });
    const failures = lines.map((l) => JSON.parse(l) as { msg: string; owner?: string; code?: string }).filter((l) => l.msg.startsWith('nudge digest'));
    expect(failures.map((l) => [l.owner, l.code])).toEqual([
      ['U0AAA', 'channel_not_found'],
      ['U0BBB', 'INTERNAL'],
    ]);
  });

  it('--now: computes as of another date', async () => {
    const keys = (await previewNudges({ store, now, tz: TZ }, { today: '2026-12-04' })).map((n) => n.key);
    expect(keys).toEqual(['due:c1:2026-12-31:ahead', 'birthday:c1:0:2026-12-04', 'dormant:c1:2026-12-03']);
  });

  it('a contact logged after the first run stops the dormant reminder the next week', async () => {
    await sendNudges(deps(fakeSender()));
    await store.update((d) => void d.contacts.push({ id: 'l1', clientId: 'c1', date: '2026-12-02', note: '电话', by: 'U0AAA' }));
    const keys = (await previewNudges({ store, now, tz: TZ }, { today: '2026-12-08' })).map((n) => n.key);
    expect(keys.filter((k) => k.startsWith('dormant'))).toEqual([]);
  });

  it('many items → ONE message per manager per run; every item claimed once (#14.7)', async () => {
    await store.update((d) => {
      for (let i = 0; i < 25; i += 1) d.clients.push(client(`m${i}`, { owner: 'U0CCC', lastContact: '2026-10-01' }));
    });
    const sender = fakeSender();
    const r = await sendNudges(deps(sender));
    const toC = sender.posts.filter((p) => p.channel === 'DU0CCC');
    expect(toC).toHaveLength(1);
    expect(keysIn(toC[0]!.message)).toHaveLength(20);
    expect(JSON.stringify(toC[0]!.message.blocks)).toContain('还有5条');
    expect(toC[0]!.message.blocks.length).toBeLessThanOrEqual(50);
    expect(r.vars).toMatchObject({ claimed: 29, sent: 29, failed: 0, managers: 3, messages: 3 });
  });

  it('a failed digest marks all of that manager’s items failed, shown or not', async () => {
    await store.update((d) => {
      for (let i = 0; i < 25; i += 1) d.clients.push(client(`m${i}`, { owner: 'U0CCC', lastContact: '2026-10-01' }));
    });
    const r = await sendNudges(deps(fakeSender(['U0CCC'])));
    expect(r.vars).toMatchObject({ failed: 25 });
  });
});

describe('rate limits through the real WebClient', () => {
  let slack: FakeSlack;
  beforeEach(async () => {
    slack = await new FakeSlack().start();
    slack.on('conversations.open', (c) => ({ body: { ok: true, channel: { id: `D${String(c.body.users)}` } } }));
  });
  afterEach(async () => slack.stop());

  it('429 with Retry-After: 1 is waited out; each digest delivered exactly once', async () => {
    let limited = 0;
    slack.on('chat.postMessage', () => (limited++ === 0 ? { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } } : {}));
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: slack.apiUrl });
    const r = await sendNudges({ store, now, logger, tz: TZ, sender: slackDigestSender(jobClient(config, logger)) });
    expect(r.vars).toMatchObject({ sent: 4, failed: 0, messages: 2 });
    const posts = slack.callsTo('chat.postMessage');
    expect(posts).toHaveLength(3); // one 429, then the two digests
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(950);
    expect(posts.map((p) => p.body.channel)).toEqual(['DU0AAA', 'DU0AAA', 'DU0BBB']);
    expect(slack.callsTo('conversations.open').map((c) => c.body.users)).toEqual(['U0AAA', 'U0BBB']);
  });
});
