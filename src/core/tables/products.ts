/**
 * Product table (handbook section 1), checked by zod when the module loads.
 * Owner of figures: core/quote. Aliases are used by core/parse.
 * Every figure row carries its own section and the handbook words it comes from.
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

const Section = z.string().regex(/^\d+(\.\d+)*$/);

/** One handbook figure: its value, unit, section and the words it is read from. */
const Figure = z.object({
  value: z.number().finite().nonnegative(),
  unit: z.enum(['percent_per_year', 'percent', 'yuan', 'days', 'months', 'weeks']),
  section: Section,
  quote: z.string().min(1),
});
export type Figure = z.infer<typeof Figure>;

/** The figures each product must carry; checked at load so a missing one fails fast. */
export const requiredFigures = {
  bank_loan: ['hefeiMinPercent', 'hefeiMaxPercent', 'outsideNewPercent', 'outsideReturningMinPercent', 'outsideReturningMaxPercent', 'singleCapYuan', 'processingWeeksMin', 'processingWeeksMax'],
  private_lending: ['normalTermMonths', 'maxTermMonths', 'earlyRepaymentMinDays'],
  bid_bond: ['maxPercentOfBid', 'capYuan'],
  performance_bond: ['minPercent', 'minPercentLowestBid'],
  advance_payment: ['equalPercent'],
  payment_guarantee: ['equalToPerformancePercent'],
  trade_credit: ['coveredPercent', 'sellerPercent'],
  receivables_financing: [],
  equity_financing: ['caseTotalYuan', 'caseOwnFundsYuan', 'caseFinancedYuan', 'caseMonths'],
} as const satisfies Record<ProductId, readonly string[]>;

export type FigureKey<P extends ProductId> = (typeof requiredFigures)[P][number];

const ProductRow = z
  .object({
    id: z.enum(productIds),
    section: Section,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).min(1),
    /** One-paragraph definition, in the handbook's words. */
    summary: z.string().min(1),
    /** 产品特点. */
    features: z.array(z.string().min(1)),
    /** Client / product conditions named by the handbook. */
    conditions: z.array(z.string().min(1)),
    /** What to ask the client (derived from the definition; not handbook figures). */
    ask: z.array(z.string().min(1)),
    figures: z.record(z.string(), Figure),
  })
  .loose();

export const ProductTable = z
  .object({ products: z.array(ProductRow).length(9) })
  .loose()
  .superRefine((t, ctx) => {
    for (const id of productIds) {
      const rows = t.products.filter((p) => p.id === id);
      if (rows.length !== 1) {
        ctx.addIssue({ code: 'custom', message: `product ${id} must appear exactly once` });
        continue;
      }
      for (const key of requiredFigures[id]) {
        if (!rows[0]!.figures[key]) ctx.addIssue({ code: 'custom', message: `product ${id} lacks figure ${key}` });
      }
    }
    const fig = (id: ProductId, key: string) => t.products.find((p) => p.id === id)?.figures[key]?.value;
    // 1.7: the two shares are one loss split in two.
    if ((fig('trade_credit', 'coveredPercent') ?? 0) + (fig('trade_credit', 'sellerPercent') ?? 0) !== 100) {
      ctx.addIssue({ code: 'custom', message: 'trade_credit covered + seller must be 100' });
    }
    // 1.9 case: own funds + financing = total.
    if ((fig('equity_financing', 'caseOwnFundsYuan') ?? 0) + (fig('equity_financing', 'caseFinancedYuan') ?? 0) !== fig('equity_financing', 'caseTotalYuan')) {
      ctx.addIssue({ code: 'custom', message: 'equity_financing case own + financed must equal total' });
    }
  });
export type ProductRow = z.infer<typeof ProductRow>;

export const products: ProductRow[] = ProductTable.parse(raw).products;

export function productById(id: ProductId): ProductRow {
  const row = products.find((p) => p.id === id);
  if (!row) throw new Error(`unknown product ${id}`);
  return row;
}

/** A product's figure row (value, unit, section, quote); the key is checked at load. */
export function productFigureRow<P extends ProductId>(id: P, key: FigureKey<P>): Figure {
  const f = productById(id).figures[key];
  if (!f) throw new Error(`product ${id} lacks figure ${key}`);
  return f;
}

/**
 * A product's figure value.
 * @example productFigure('bid_bond', 'capYuan') // 800000
 */
export function productFigure<P extends ProductId>(id: P, key: FigureKey<P>): number {
  return productFigureRow(id, key).value;
}

/**
 * A product's amount rules as the handbook prints them (caps, shares of a bid or contract; not fee rates, not the 1.9
 * case): what /quote's asking replies and the cap answer quote. Empty for a product whose section states none.
 * @example amountRules(productById('bid_bond')) // ['「一般不得超过投标总价的2%」', '「最高不得超过80万元人民币」'] (with sections)
 */
export function amountRules(row: ProductRow): { quotes: string[]; sections: string[] } {
  const figures = Object.entries(row.figures).filter(([key, f]) => (f.unit === 'yuan' || f.unit === 'percent') && !key.startsWith('case'));
  return {
    quotes: [...new Set(figures.map(([, f]) => `${f.section === row.section ? '' : `${f.section} `}「${f.quote}」`))],
    sections: [...new Set(figures.map(([, f]) => f.section))],
  };
}
