/**
 * Products (handbook 1.1–1.9) by the aliases of data/products.json, longest first.
 * Read before everything else so 预付款保函 is a product and not the figure 预付款,
 * and 国内贸易短期信用担保 does not say 贸易 (an industry).
 */
import { products } from '../tables/products.js';
import type { ProductId } from '../types.js';
import { addProduct, note, type Draft } from './draft.js';
import { sourceOf, view, type Scan } from './scan.js';
import { takeWords } from './words.js';

const byAlias = new Map<string, ProductId>(products.flatMap((p) => p.aliases.map((a) => [a, p.id] as const)));
const aliases = [...byAlias.keys()];

/** Short names for key=value input (product=bank). */
const shortNames: Record<string, ProductId> = {
  bank: 'bank_loan',
  loan: 'bank_loan',
  private: 'private_lending',
  bid: 'bid_bond',
  performance: 'performance_bond',
  advance: 'advance_payment',
  payment: 'payment_guarantee',
  trade: 'trade_credit',
  receivables: 'receivables_financing',
  equity: 'equity_financing',
};

/** A product from an id, a short name, a name or an alias; undefined when unknown. */
export function productFromWord(word: string): ProductId | undefined {
  const w = word.trim();
  const lower = w.toLowerCase();
  return products.find((p) => p.id === lower || p.name === w)?.id ?? shortNames[lower] ?? byAlias.get(w);
}

/** A loan being repaid is the borrowing's purpose (1.2 用于归还银行借款), not a product asked about: 过桥 还银行贷款. */
const REPAID = /(?:归还|偿还|还清|还掉|用于还|用来还|还)\s*$/u;

export function readProducts(s: Scan, d: Draft): void {
  const text = view(s);
  for (const hit of takeWords(s, aliases)) {
    const id = byAlias.get(hit.word);
    if (!id) continue;
    if (id === 'bank_loan' && REPAID.test(text.slice(Math.max(0, hit.start - 4), hit.start))) {
      note(d, `“${sourceOf(s, hit.start, hit.end)}”是借款用途（归还），不是要做的担保产品`);
      continue;
    }
    addProduct(d, id, hit.start);
  }
}
