/** The handbook parser is a build step (scripts/handbook/), its heading titles data: the runtime loads the built sections.json only. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('handbook build step', () => {
  it('nothing under src/ imports the build step, the handbook text or its title map', () => {
    const offenders = files('src').filter((f) => /from '[^']*(?:scripts\/|handbook\.txt|handbook\/titles\.json|handbook\/parse)/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the title map lives in data/handbook/titles.json, not in code', () => {
    const titles = (JSON.parse(readFileSync('data/handbook/titles.json', 'utf8')) as { titles: Record<string, unknown[]> }).titles;
    expect(titles['4.2']).toEqual(['拜访客户']);
    expect(readFileSync('scripts/handbook/parse.ts', 'utf8')).not.toContain("'拜访客户'");
  });
});
