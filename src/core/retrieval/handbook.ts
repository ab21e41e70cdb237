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

/** Section titles of four or more characters outside chapter 1 (the products), normalised by the caller's reader. */
const topicTitles = sections.filter((s) => s.id !== '1' && s.parent !== '1' && [...s.title.replace(/的/g, '')].length >= 4).map((s) => ({ id: s.id, title: s.title.replace(/的/g, '') }));

/**
 * The section whose title a question repeats word for word (中小企业的融资建议一般给啥 → 12.8 融资建议), or
 * undefined: such a question asks about that topic of the handbook. Products (chapter 1) are left to the
 * router's product rules. `text` must be normalised.
 *
 * @example sectionTitled('中小企业的融资建议一般给啥')?.id   // → '12.8'
 */
export function sectionTitled(text: string): string | undefined {
  const t = text.replace(/的/g, '');
  return topicTitles.find((s) => t.includes(s.title))?.id;
}
