/**
 * The handbook sections, loaded as a JSON module and checked by zod when the module loads.
 * Regenerate the JSON with `npm run build:handbook` (docs/handbook-data.md).
 */
import raw from '../../../data/handbook/sections.json' with { type: 'json' };
import { HandbookSchema, type Section } from '../handbook/schema.js';

export const sections: readonly Section[] = HandbookSchema.parse(raw).sections;

const byId = new Map(sections.map((s) => [s.id, s]));

export function sectionById(id: string): Section | undefined {
  return byId.get(id);
}

/** The child sections of `id`, in document order. */
export function childrenOf(id: string): Section[] {
  return sections.filter((s) => s.parent === id);
}

/** Titles from the top-level section down to `s` itself. */
export function titlePath(s: Section): string[] {
  const out: string[] = [];
  for (let cur: Section | undefined = s; cur; cur = cur.parent === null ? undefined : byId.get(cur.parent)) {
    out.unshift(cur.title);
  }
  return out;
}
