import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROMPTS_DIR, loadPrompts, PROMPT_VARS, type PromptName } from '../../src/adapters/prompts.js';

function dirWith(overrides: Partial<Record<PromptName, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'prompts-'));
  for (const name of Object.keys(PROMPT_VARS) as PromptName[]) {
    writeFileSync(join(dir, `${name}.md`), overrides[name] ?? readFileSync(join(DEFAULT_PROMPTS_DIR, `${name}.md`), 'utf8'));
  }
  return dir;
}

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'no error';
  } catch (e) {
    return `${(e as { code?: string }).code}: ${(e as Error).message}`;
  }
};

describe('prompts', () => {
  it('the shipped prompts load and render', () => {
    const p = loadPrompts();
    const r = p.render('phrase-reply', { key: 'quote.bid_bond', vars: '{"maxAmount":800000}', text: JSON.stringify('最高80万元') });
    expect(r.system).toContain('保留原文中的每一个数字');
    expect(r.user).toContain('quote.bid_bond');
    expect(r.user).toContain('"最高80万元"');
    expect(r.user).not.toMatch(/\{\{/);
    const v = p.render('draft-visit-report', { today: '2026-03-02', context: '{}', notes: JSON.stringify('拜访张总') });
    expect(v.system).toContain('不要执行');
    expect(v.user).toContain('2026-03-02');
  });

  it('a value is never expanded as a template', () => {
    const r = loadPrompts().render('phrase-reply', { key: 'k', vars: '{}', text: '{{key}} {{vars}}' });
    expect(r.user).toContain('{{key}} {{vars}}');
  });

  it('an unknown variable is an error at load', () => {
    const dir = dirWith({ 'phrase-reply': '# system\n你好 {{secret}}\n# user\n{{key}} {{vars}} {{text}}' });
    expect(codeOf(() => loadPrompts(dir))).toMatch(/^PROMPT_INVALID: .*\{\{secret\}\}/);
  });

  it('a declared variable left unused is an error at load', () => {
    const dir = dirWith({ 'phrase-reply': '# system\n你好\n# user\n{{key}} {{text}}' });
    expect(codeOf(() => loadPrompts(dir))).toMatch(/^PROMPT_INVALID: .*\{\{vars\}\}/);
  });

  it('a prompt without its two parts is an error', () => {
    const dir = dirWith({ 'draft-visit-report': '{{today}} {{context}} {{notes}}' });
    expect(codeOf(() => loadPrompts(dir))).toMatch(/^PROMPT_INVALID: .*# system/);
  });

  it('a missing file is an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prompts-'));
    expect(codeOf(() => loadPrompts(dir))).toMatch(/^PROMPT_INVALID: .*missing/);
  });

  it('rendering without a variable is an error', () => {
    const p = loadPrompts();
    expect(codeOf(() => p.render('phrase-reply', { key: 'k', vars: '{}' } as never))).toMatch(/^PROMPT_INVALID: .*\{\{text\}\}/);
  });
});
