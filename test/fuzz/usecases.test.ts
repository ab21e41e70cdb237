/**
 * Fuzz family 3 — the use cases behind every slash command and DM (8 000 runs; with the console's
 * 2 000 turns in console.test.ts, 10 000 in all), on one
 * in-memory archive opened once and shared by every run (so adds, contacts and hand-overs pile up
 * as they would in use). Text reaches them as the Slack listeners pass it: mention markers
 * stripped, at most 4 000 (slash command) or 8 000 (DM) characters. Every call must resolve (no
 * exception reaches app.error) with a reply that is safe to post (./check.ts); a `<@U…>` is allowed
 * only for the actor, an owner in the archive, or a user the line itself named.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { userIdOf } from '../../src/core/clients/command.js';
import { sanitizeText } from '../../src/core/text/sanitize.js';
import type { Reply } from '../../src/core/reply.js';
import { createLogger } from '../../src/logger.js';
import { askUseCase } from '../../src/usecases/ask.js';
import { classifyUseCase } from '../../src/usecases/classify.js';
import { clientUseCase } from '../../src/usecases/client.js';
import type { Actor, Deps } from '../../src/usecases/deps.js';
import { quoteUseCase } from '../../src/usecases/quote.js';
import { visitUseCase } from '../../src/usecases/visit.js';
import { clientLine, line, runs, visitLine } from './arbitraries.js';
import { expectSafeReply } from './check.js';
import { seededStore } from './seed.js';
import type { MemoryStore } from '../helpers/memory-store.js';

let store: MemoryStore;
let deps: Deps;

beforeAll(() => {
  store = seededStore();
  deps = { now: () => new Date('2026-11-28T02:00:00Z'), logger: createLogger('error', () => {}), adminUserIds: ['UADMIN'], store, tz: 'Asia/Shanghai' };
});

const users = fc.constantFrom('UZHANG', 'ULI', 'UADMIN', 'UNEW');
/** Anyone, anywhere: a DM, the console, an @mention in a channel. */
const actor = fc.record<Actor>({ userId: users, isAdmin: fc.boolean(), surface: fc.constantFrom('dm', 'ephemeral', 'channel', 'console') });
/** Slash commands answer ephemerally (listeners/commands) or in the console. */
const commandActor = fc.record<Actor>({ userId: users, isAdmin: fc.boolean(), surface: fc.constantFrom('ephemeral', 'console') });

/** The ids a reply may mention: the actor, every owner before and after, and ids typed in the line. */
async function allowedFor(text: string, a: Actor, before: Set<string>): Promise<Set<string>> {
  const after = (await store.read()).clients.map((c) => c.owner);
  const typed = text
    .split(/\s+/)
    .map(userIdOf)
    .filter((x): x is string => Boolean(x));
  return new Set([a.userId, ...before, ...after, ...typed]);
}

async function check(call: () => Promise<Reply>, text: string, a: Actor): Promise<void> {
  const before = new Set((await store.read()).clients.map((c) => c.owner));
  let r: Reply;
  try {
    r = await call();
  } catch (e) {
    throw new Error(`escaped: ${(e as { code?: string }).code ?? ''} ${(e as Error).message}`, { cause: e });
  }
  const m = expectSafeReply(r, await allowedFor(text, a, before));
  if (a.surface === 'channel') expect(r.confidential ?? false, 'client data in a channel').toBe(false);
  expect(m.blocks.length).toBeGreaterThan(0);
}

const slash = (raw: string) => sanitizeText(raw.slice(0, 4000));
const dm = (raw: string) => sanitizeText(raw.slice(0, 8000));

describe('use cases resolve with safe replies', () => {
  it('askUseCase (DM, console, @mention)', async () => {
    await fc.assert(
      fc.asyncProperty(line, actor, async (raw, a) => check(() => askUseCase(deps, { text: dm(raw), actor: a }), dm(raw), a)),
      runs(3000),
    );
  }, 120_000);

  it('quoteUseCase (/quote)', async () => {
    await fc.assert(
      fc.asyncProperty(line, commandActor, async (raw, a) => check(() => quoteUseCase(deps, { text: slash(raw), actor: a }), slash(raw), a)),
      runs(1500),
    );
  }, 120_000);

  it('classifyUseCase (/classify)', async () => {
    await fc.assert(
      fc.asyncProperty(line, commandActor, async (raw, a) => check(() => classifyUseCase(deps, { text: slash(raw), actor: a }), slash(raw), a)),
      runs(1000),
    );
  }, 120_000);

  it('clientUseCase (/client)', async () => {
    await fc.assert(
      fc.asyncProperty(clientLine, commandActor, async (raw, a) => check(() => clientUseCase(deps, { text: slash(raw), actor: a }), slash(raw), a)),
      runs(1500),
    );
  }, 120_000);

  it('visitUseCase (/visit)', async () => {
    await fc.assert(
      fc.asyncProperty(visitLine, commandActor, async (raw, a) => check(() => visitUseCase(deps, { text: slash(raw), actor: a }), slash(raw), a)),
      runs(1000),
    );
  }, 120_000);
});
