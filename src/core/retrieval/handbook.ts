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

/** Punctuation the company's tables write full-width where the handbook prints it half-width (，vs ,). */
const PUNCT_CLASS: Record<string, string> = { '，': '[，,]', ',': '[，,]', '；': '[；;]', ';': '[；;]', '：': '[：:]', ':': '[：:]', '（': '[（(]', '(': '[（(]', '）': '[）)]', ')': '[）)]' };

/**
 * `text` as the handbook prints it inside section `id`: the same words with the handbook's own punctuation
 * (the tables in data/ write `净资产1000万元以上，年销售收入…`; 2.5 prints `净资产1000万元以上,年销售收入…`), so a
 * criterion is quoted verbatim. `text` unchanged when the section does not hold it.
 *
 * @example asPrinted('2.5', '净资产1000万元以上，年销售收入3000万元以上') // → '净资产1000万元以上,年销售收入3000万元以上'
 */
export function asPrinted(id: string, text: string): string {
  const s = byId.get(id);
  if (!s) return text;
  // A full stop the table adds where the handbook's item has none (…定为公司的准客户) is optional.
  const pattern = [...text.trim().replace(/。$/u, '')].map((ch) => (/\s/u.test(ch) ? '' : (PUNCT_CLASS[ch] ?? ch.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')) + '\\s*')).join('');
  return new RegExp(`${pattern}。?`, 'u').exec(s.text)?.[0].trim() ?? text;
}
