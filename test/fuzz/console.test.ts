/**
 * Fuzz family 3, continued — the console front end (1 000 sessions of two lines = 2 000 turns): consoleTurn
 * over any line, with the session carried between lines (a quote waiting for fields, a visit draft
 * waiting for 保存). No exception escapes; every non-blank line gets a non-empty answer (null only
 * for /exit and /quit); no mention marker ever reaches the terminal.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { consoleTurn, type ConsoleSession } from '../../src/console/console.js';
import { createLogger } from '../../src/logger.js';
import type { Actor, Deps } from '../../src/usecases/deps.js';
import { clientLine, line, runs, visitLine } from './arbitraries.js';
import { seededStore } from './seed.js';
import { sanitizeText } from '../../src/core/text/sanitize.js';

let deps: Deps;
beforeAll(() => {
  deps = { now: () => new Date('2026-11-28T02:00:00Z'), logger: createLogger('error', () => {}), adminUserIds: ['UCONSOLE'], store: seededStore(), tz: 'Asia/Shanghai' };
});

const consoleLine = fc.oneof(
  { weight: 4, arbitrary: line },
  { weight: 1, arbitrary: line.map((l) => `/quote ${l}`) },
  { weight: 1, arbitrary: line.map((l) => `/classify ${l}`) },
  { weight: 1, arbitrary: clientLine.map((l) => `/client ${l}`) },
  { weight: 1, arbitrary: visitLine.map((l) => `/visit ${l}`) },
  { weight: 1, arbitrary: fc.constantFrom('保存', '保存草稿', '/exit', '/help', '/QUOTE', '/nope x', '合肥', '新客户', '500万', '拜访报告 合肥某某 参加人员：王总') },
);

describe('consoleTurn', () => {
  it('answers every line, never throws, never prints a mention marker', async () => {
    const actor: Actor = { userId: 'UCONSOLE', isAdmin: true, surface: 'console' };
    await fc.assert(
      fc.asyncProperty(consoleLine, consoleLine, async (first, second) => {
        const session: ConsoleSession = {};
        for (const l of [first, second]) {
          const out = await consoleTurn(deps, actor, l, session);
          // What is left once the one sanitiser removed markers, controls and bidi characters.
          const typed = sanitizeText(l).trim();
          if (typed === '/exit' || typed === '/quit') expect(out).toBeNull();
          else if (typed === '') expect(out).toBe('');
          else {
            expect(typeof out).toBe('string');
            expect(out!.trim()).not.toBe('');
            expect(out).not.toMatch(/[\uE000\uE001]/);
          }
        }
      }),
      runs(1000),
    );
  }, 120_000);
});
