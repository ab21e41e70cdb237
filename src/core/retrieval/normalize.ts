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

/**
 * Handbook passages are normalised again at every question (sentence scoring, item labels): results are kept, up to
 * CACHE_MAX strings — the handbook's few thousand plus recent questions; past it the cache starts again (bounded memory).
 */
const CACHE_MAX = 20_000;
const cache = new Map<string, string>();

export function normalize(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  let out = '';
  for (const ch of normalizeInput(text).toLowerCase()) out += variants.get(ch) ?? ch;
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(text, out);
  return out;
}
