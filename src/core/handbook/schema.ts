/**
 * Shape of `data/handbook/sections.json` (built by scripts/build-handbook.ts from
 * data/handbook/handbook.txt; see docs/handbook-data.md). Checked by zod wherever it is loaded.
 */
import { z } from 'zod';

/**
 * One passage of a section.
 * - `text`: a group of whole sentences (long paragraphs are cut into groups of about 120 characters);
 * - `list`: numbered items (`1、…`, `(1)…`, `一是…`, `第一，…`, or `;`-separated after a label such as `产品特点:`),
 *   `lead` is the sentence that introduces them;
 * - `flow`: the flow chart of 7.2, its box labels in order;
 * - `table`: the table of 15.3.2.1, one item per row as `类型：特征`.
 */
export const PassageSchema = z.object({
  kind: z.enum(['text', 'list', 'flow', 'table']),
  /** Introducing sentence or label (lists, flow, table); '' for text. */
  lead: z.string(),
  /** Text passages: one entry (the sentence group). Others: the items, marker removed. */
  items: z.array(z.string().min(1)).min(1),
});
export type Passage = z.infer<typeof PassageSchema>;

export const SectionSchema = z.object({
  /** Unique id: the printed number, except '5(产品的营销)' (see docs/handbook-data.md). */
  id: z.string().min(1),
  /** The number as printed in the handbook (may repeat: '5'). */
  number: z.string().min(1),
  title: z.string().min(1),
  /** Id of the enclosing section, null for top-level sections. */
  parent: z.string().nullable(),
  /** 1 for '4', 2 for '4.2', … */
  level: z.number().int().min(1),
  /** Position in the document (0-based). */
  order: z.number().int().min(0),
  /** The section's own body text as in the handbook (heading removed, child sections excluded). */
  text: z.string(),
  passages: z.array(PassageSchema),
  /** The text breaks off inside this section (15.3.3.2): quote it with "原文到此中断". */
  truncated: z.boolean().optional(),
  /** How a defect of the original was handled here. */
  notes: z.array(z.string()).optional(),
});
export type Section = z.infer<typeof SectionSchema>;

export const HandbookSchema = z.object({
  source: z.string(),
  sections: z.array(SectionSchema).min(1),
});
export type Handbook = z.infer<typeof HandbookSchema>;
