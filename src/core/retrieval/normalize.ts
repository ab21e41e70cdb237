/**
 * Text normalisation shared by the index and the questions: the core's one normaliser
 * (src/core/parse/normalize.ts: traditional → simplified by OpenCC, full-width → half-width),
 * lower case, and the handbook's own variant spellings (帐 → 账; data/t2s.json `variants`).
 * @example normalize('拜訪報告ＣＲＭ') // → '拜访报告crm'
 */
import { z } from 'zod';
import raw from '../../../data/t2s.json' with { type: 'json' };
import { normalize as normalizeInput } from '../parse/normalize.js';

const VariantsSchema = z.object({ variants: z.record(z.string().length(1), z.string().length(1)) });

const variants = new Map<string, string>(Object.entries(VariantsSchema.parse(raw).variants));

export function normalize(text: string): string {
  let out = '';
  for (const ch of normalizeInput(text).toLowerCase()) out += variants.get(ch) ?? ch;
  return out;
}
