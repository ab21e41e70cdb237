import { describe, expect, it } from 'vitest';
import { productFacts, quote } from '../../../src/core/quote/index.js';
import { productIds } from '../../../src/core/tables/products.js';
import type { ProductId } from '../../../src/core/types.js';
import { input, WAN, wuhu } from './input.js';

describe('productFacts', () => {
  it.each(productIds.map((id) => [id]))('%s → product.facts with its section', (id: ProductId) => {
    const r = productFacts(id);
    expect({ key: r.key, product: r.vars.product }).toEqual({ key: 'product.facts', product: id });
  });

  it.each<[ProductId, string, string]>([
    ['bank_loan', '合肥以外 老客户', '2.4%–3%/年'],
    ['bank_loan', '合肥以外 新客户', '一般3%/年'],
    ['bank_loan', '单笔担保金额', '可达3000万元'],
    ['bid_bond', '担保金额上限（绝对）', '80万元'],
    ['performance_bond', '经评审的最低投标价法中标', '合同价款的15%'],
    ['trade_credit', '承保比例', '90%'],
    ['private_lending', '借款期限', '一般1个月以内，最长3个月'],
  ])('%s: %s = %s', (id, label, value) => {
    expect(productFacts(id).fields.find((f) => f.label === label)?.value).toBe(value);
  });

  it('facts and quotes share their rule lines (one source)', () => {
    const q = quote(input(['bank_loan'], 100 * WAN, { place: wuhu, clientStatus: 'returning' }));
    expect(productFacts('bank_loan').context).toEqual(q.context);
  });
});
