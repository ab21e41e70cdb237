/**
 * Product table (handbook section 1), checked by zod when the module loads.
 * Owner of figures: core/quote. Aliases are used by core/parse.
 */
import { z } from 'zod';
import raw from '../../../data/products.json' with { type: 'json' };
import type { ProductId } from '../types.js';

export const productIds = [
  'bank_loan',
  'private_lending',
  'bid_bond',
  'performance_bond',
  'advance_payment',
  'payment_guarantee',
  'trade_credit',
  'receivables_financing',
  'equity_financing',
] as const satisfies readonly ProductId[];

const ProductRow = z
  .object({
    id: z.enum(productIds),
    section: z.string().regex(/^\d+(\.\d+)*$/),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).min(1),
  })
  .loose();

export const ProductTable = z.object({ products: z.array(ProductRow).length(9) }).loose();
export type ProductRow = z.infer<typeof ProductRow>;

export const products: ProductRow[] = ProductTable.parse(raw).products;

export function productById(id: ProductId): ProductRow {
  const row = products.find((p) => p.id === id);
  if (!row) throw new Error(`unknown product ${id}`);
  return row;
}
