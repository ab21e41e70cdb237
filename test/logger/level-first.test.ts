/** The logger decides the level before it touches a library's arguments (Bolt calls debug() per request). */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';

/** An argument that counts how often the logger looks at it (serialise asks `instanceof Error`). */
function watched(): { arg: object; looks: () => number } {
  let n = 0;
  const arg = new Proxy(
    {},
    {
      getPrototypeOf() {
        n += 1;
        return Object.prototype;
      },
    },
  );
  return { arg, looks: () => n };
}

describe('logger: below its level a call costs nothing', () => {
  it.each(['debug', 'info', 'warn'] as const)('at level error, %s() neither writes nor reads its arguments', (lvl) => {
    const lines: string[] = [];
    const log = createLogger('error', (l) => lines.push(l));
    const w = watched();
    log[lvl]('http request body: {"text":"客户 张三"}', w.arg);
    expect(lines).toEqual([]);
    expect(w.looks()).toBe(0);
  });

  it('at or above its level a call is written, a library payload redacted', () => {
    const lines: string[] = [];
    const log = createLogger('debug', (l) => lines.push(l));
    const w = watched();
    log.debug('http request body: {"text":"客户 张三"}', w.arg);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('http request body: [redacted]');
    expect(lines[0]).not.toContain('张三');
    expect(w.looks()).toBeGreaterThan(0);
  });
});
