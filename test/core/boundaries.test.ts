/** The core is pure: nothing in src/core imports Bolt, lowdb, openai, node-cron or node: modules, or reads env/clock. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const core = files(new URL('../../src/core', import.meta.url).pathname);

describe('src/core is pure', () => {
  it('has files to check', () => {
    expect(core.length).toBeGreaterThan(3);
  });
  it.each(core)('%s', (file) => {
    const src = readFileSync(file, 'utf8');
    expect(src).not.toMatch(/from '(@slack\/|lowdb|openai|node-cron|node:|fs|path|http)/);
    expect(src).not.toMatch(/process\.env|Date\.now\(|new Date\(\)/);
  });
});

/**
 * Listeners import no listener: a file under src/listeners/<kind>/ may import from another
 * listeners folder only src/listeners/shared/ (helpers used by several kinds); shared/ imports
 * no listener folder. Each kind's index.ts registers its own folder's handlers; the root
 * index.ts registers the kinds.
 */
describe('listeners import no listener', () => {
  const root = new URL('../../src/listeners', import.meta.url).pathname;
  const listenerFiles = files(root).filter((f) => f !== join(root, 'index.ts'));
  it.each(listenerFiles)('%s', (file) => {
    const kind = file.slice(root.length + 1).split('/')[0]!;
    const targets = [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => join(file, '..', m[1]!));
    for (const t of targets.filter((x) => x.startsWith(`${root}/`))) {
      const other = t.slice(root.length + 1).split('/')[0]!;
      if (other === kind) continue;
      expect(other, `${file} imports ${t}`).toBe('shared');
    }
  });
});

const usecases = files(new URL('../../src/usecases', import.meta.url).pathname);

describe('use cases return domain replies: no Block Kit, no adapters, no Bolt or lowdb (#17, #15)', () => {
  it.each(usecases)('%s', (file) => {
    const src = readFileSync(file, 'utf8');
    expect(src).not.toMatch(/from '\.\.\/(blocks|adapters|listeners|slack)\//);
    expect(src).not.toMatch(/from '(@slack\/|lowdb|mutative|pg)/);
  });
});
