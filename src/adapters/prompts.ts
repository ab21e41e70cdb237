/**
 * Prompt loader. Every prompt lives in prompts/<name>.md as a `# system` and a `# user` part with
 * `{{variables}}`. `loadPrompts` reads and checks them once at start: each file exists, has both
 * parts, and uses exactly the variables declared below (an unknown or unused one is an error).
 * `render` fills them in one pass (a value's own `{{…}}` is never expanded) and refuses a missing one.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The variables each prompt takes. */
export const PROMPT_VARS = {
  'phrase-reply': ['key', 'vars', 'text'],
  'draft-visit-report': ['today', 'context', 'notes'],
} as const;

export type PromptName = keyof typeof PROMPT_VARS;
export type PromptVars<N extends PromptName> = Record<(typeof PROMPT_VARS)[N][number], string>;

export interface RenderedPrompt {
  system: string;
  user: string;
}

export interface Prompts {
  render<N extends PromptName>(name: N, vars: PromptVars<N>): RenderedPrompt;
}

export class PromptError extends Error {
  readonly code = 'PROMPT_INVALID';
}

const VAR = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
export const DEFAULT_PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url));

function parts(name: string, src: string): RenderedPrompt {
  const m = /^# system\s*\n([\s\S]*?)\n# user\s*\n([\s\S]*)$/m.exec(src.replace(/\r\n/g, '\n'));
  if (!m) throw new PromptError(`prompts/${name}.md: needs a "# system" part followed by a "# user" part.`);
  return { system: (m[1] ?? '').trim(), user: (m[2] ?? '').trim() };
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(VAR, (_m, v: string) => vars[v] ?? '');
}

/** Reads and checks prompts/*.md; throws PromptError naming the file and the variable. */
export function loadPrompts(dir: string = DEFAULT_PROMPTS_DIR): Prompts {
  const loaded = new Map<PromptName, RenderedPrompt>();
  for (const name of Object.keys(PROMPT_VARS) as PromptName[]) {
    let src: string;
    try {
      src = readFileSync(`${dir.replace(/\/?$/, '/')}${name}.md`, 'utf8');
    } catch {
      throw new PromptError(`prompts/${name}.md is missing.`);
    }
    const p = parts(name, src);
    const declared = new Set<string>(PROMPT_VARS[name]);
    const used = new Set([...`${p.system}\n${p.user}`.matchAll(VAR)].map((m) => m[1] ?? ''));
    for (const v of used) {
      if (!declared.has(v)) throw new PromptError(`prompts/${name}.md uses {{${v}}}, which is not provided (known: ${[...declared].join(', ')}).`);
    }
    for (const v of declared) {
      if (!used.has(v)) throw new PromptError(`prompts/${name}.md does not use {{${v}}}.`);
    }
    loaded.set(name, p);
  }
  return {
    render(name, vars) {
      const p = loaded.get(name);
      if (!p) throw new PromptError(`Unknown prompt ${name}.`);
      for (const v of PROMPT_VARS[name]) {
        if (typeof (vars as Record<string, unknown>)[v] !== 'string') throw new PromptError(`Prompt ${name}: {{${v}}} was not given.`);
      }
      return { system: fill(p.system, vars), user: fill(p.user, vars) };
    },
  };
}
