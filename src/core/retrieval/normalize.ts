/**
 * Text normalisation shared by the index and the questions: NFKC (full-width → half-width),
 * lower case, traditional → simplified (data/t2s.json) and the handbook's own variants (帐 → 账).
 * @example normalize('拜訪報告ＣＲＭ') // → '拜访报告crm'
 */
import { z } from 'zod';
import raw from '../../../data/t2s.json' with { type: 'json' };

const T2sSchema = z.object({
  chars: z.record(z.string().length(1), z.string().length(1)),
  variants: z.record(z.string().length(1), z.string().length(1)),
});

const t2s = T2sSchema.parse(raw);
const charMap = new Map<string, string>([...Object.entries(t2s.chars), ...Object.entries(t2s.variants)]);

export function normalize(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC').toLowerCase()) out += charMap.get(ch) ?? ch;
  return out;
}
