/**
 * The product an everyday word names when no product name is written (data/product-cues.json):
 * 贷/贷款/借款 → 1.1 unless 民间/私人/个人借 (→ 1.2), 标/投标 → 1.3, 履约 → 1.4, 预付款 → 1.5,
 * 支付/工程款 → 1.6, 赊销/贸易信用 → 1.7, 应收 → 1.8, 股权 → 1.9.
 * Two products cued (and neither overriding the other) → none: the caller asks.
 * @example cuedProduct('帮我算下贷650万一年担保费') // { product: 'bank_loan', word: '贷' }
 * @example cuedProduct('民间借款100万') // { product: 'private_lending', word: '民间借' }
 */
import { z } from 'zod';
import raw from '../../../data/product-cues.json' with { type: 'json' };
import { normalize } from '../parse/normalize.js';
import type { ParsedInput, ProductId } from '../types.js';
import { productById, productIds } from '../tables/products.js';

const ProductIdSchema = z.enum(productIds);
const CueTable = z.object({
  section: z.literal('setting'),
  cues: z.array(
    z.object({
      product: ProductIdSchema,
      section: z.string().regex(/^1\.\d$/),
      words: z.array(z.string().min(1)).min(1),
      shields: z.array(z.string().min(1)).optional(),
      overrides: z.array(ProductIdSchema).optional(),
    }),
  ),
});
export const productCues = CueTable.parse(raw).cues;

function firstCue(text: string, words: readonly string[], shields: readonly string[]): string | undefined {
  const masked = shields.reduce((t, s) => t.split(s).join('\u0001'.repeat(s.length)), text);
  return [...words].sort((a, b) => b.length - a.length).find((w) => masked.includes(w));
}

export function cuedProduct(text: string): { product: ProductId; word: string } | null {
  const t = normalize(text);
  const hits = productCues.flatMap((row) => {
    const word = firstCue(t, row.words, row.shields ?? []);
    return word ? [{ row, word }] : [];
  });
  const overridden = new Set(hits.flatMap((h) => h.row.overrides ?? []));
  const left = hits.filter((h) => !overridden.has(h.row.product));
  const only = left.length === 1 ? left[0] : undefined;
  return only ? { product: only.row.product, word: only.word } : null;
}

/** 1.9's own figures (项目总投资, 自筹): no other product uses them, so they name it when no word does. */
function figureProduct(input: ParsedInput): { product: ProductId; word: string } | null {
  const f = input.figures;
  return f.projectInvestment !== undefined || f.ownFunds !== undefined ? { product: 'equity_financing', word: f.projectInvestment !== undefined ? '总投资' : '自筹' } : null;
}

/**
 * A guarantee fee written per day (担保费日万四, 每天千分之一) with a sum and nothing else naming a product: only 1.2 is charged
 * by the day (担保费和利息按日计算); 1.1 and the bonds are priced per year or by amount.
 */
function dailyFeeProduct(input: ParsedInput): { product: ProductId; word: string } | null {
  const r = input.rate;
  return r && r.per === 'day' && !r.perAssumed && input.amount !== undefined ? { product: 'private_lending', word: r.source } : null;
}

/** The input with the cued product, and a note saying how it was read; unchanged when no single cue. */
export function withCuedProduct(input: ParsedInput, text: string): ParsedInput {
  if (input.products.length > 0) return input;
  const cue = cuedProduct(text) ?? figureProduct(input) ?? dailyFeeProduct(input);
  if (!cue) return input;
  const row = productById(cue.product);
  return { ...input, products: [cue.product], notes: [...input.notes, `“${cue.word}”按${row.section} ${row.name}理解`] };
}
