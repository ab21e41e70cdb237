/**
 * Products (handbook 1.1–1.9) by the aliases of data/products.json, longest first.
 * Read before everything else so 预付款保函 is a product and not the figure 预付款,
 * and 国内贸易短期信用担保 does not say 贸易 (an industry).
 */
import { products } from '../tables/products.js';
import type { ProductId } from '../types.js';
import { addProduct, note, type Draft } from './draft.js';
import { MONEY, readMoney } from './amounts.js';
import { sourceOf, take, view, type Scan } from './scan.js';
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

/** 投标保函已开80万, 履约保函开了450万: a bond already issued is the project's history, not the product asked (with its amount). */
const ISSUED = new RegExp(`^\\s*(?:我们|咱们|他们|客户|对方|那边)?\\s*(?:之前|以前|前面|上次|早就|早)?\\s*(?:已经|已)?\\s*(?:开了|开过|开出|已开|出了|办了)\\s*(?:${MONEY})?`, 'u');

const NOT_PRODUCT = /(?:不是要?|不要|不做|不用|并非|而不是)\s*$/u;
/** 履约保函另算, 投标保函先不管: a product set aside after its name is not the one asked. */
const SET_ASIDE = /^\s*(?:另算|另外算|单独算|另外报|另开|另外开|另说|先不管|先不算|不用管)/u;

export function readProducts(s: Scan, d: Draft): void {
  const text = view(s);
  for (const hit of takeWords(s, aliases)) {
    const id = byAlias.get(hit.word);
    if (!id) continue;
    if (id === 'bank_loan' && REPAID.test(text.slice(Math.max(0, hit.start - 4), hit.start))) {
      note(d, `“${sourceOf(s, hit.start, hit.end)}”是借款用途（归还），不是要做的担保产品`);
      continue;
    }
    // 不是投标保函, 不要应收账款融资: a product denied is not the one asked.
    const denied = NOT_PRODUCT.exec(text.slice(Math.max(0, hit.start - 4), hit.start));
    if (denied) {
      take(s, hit.start - denied[0].length, hit.end);
      note(d, `“${sourceOf(s, hit.start - denied[0].length, hit.end)}”：不是这个产品，没有使用`);
      continue;
    }
    const aside = SET_ASIDE.exec(text.slice(hit.end));
    if (aside) {
      take(s, hit.start, hit.end + aside[0].length);
      note(d, `“${sourceOf(s, hit.start, hit.end + aside[0].length)}”：这次不报这个产品，没有使用`);
      continue;
    }
    const issued = ISSUED.exec(text.slice(hit.end));
    // Issued means said so: an amount after it, or 已 (投标保函已开); 贸易信用担保 出了坏账 is no issued bond.
    if (issued && (issued.groups?.num !== undefined || /已/u.test(issued[0]))) {
      take(s, hit.end, hit.end + issued[0].length);
      // 履约保函开了450万: 1.6's payment bond equals it (与履约担保数额等额).
      const money = id === 'performance_bond' && issued.groups?.num !== undefined ? readMoney(issued[0].trim(), issued.groups) : null;
      if (money && 'money' in money) d.out.issuedPerformanceBond = { yuan: money.money.yuan, source: sourceOf(s, hit.start, hit.end + issued[0].length) };
      note(d, `“${sourceOf(s, hit.start, hit.end + issued[0].length)}”是已经开出的保函，不是这次要报价的产品`);
      continue;
    }
    addProduct(d, id, hit.start);
  }
  // 1.6 is defined by 1.4 (与履约担保数额等额): a payment-bond question naming the performance bond asks the payment bond.
  const ids = new Set(d.productHits.map((h) => h.value));
  if (ids.size === 2 && ids.has('payment_guarantee') && ids.has('performance_bond')) {
    d.productHits = d.productHits.filter((h) => h.value !== 'performance_bond');
    note(d, '支付保函与履约担保数额等额（1.6）：按工程支付保函报价');
  }
}
