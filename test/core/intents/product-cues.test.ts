/** Everyday product words (data/product-cues.json), each row with the section of the product it names. */
import { describe, expect, it } from 'vitest';
import { cuedProduct } from '../../../src/core/intents/product-cues.js';
import { route } from '../../../src/core/intents/route.js';

describe('cuedProduct', () => {
  it.each([
    ['帮我算下贷650万一年担保费', 'bank_loan', '1.1'],
    ['借款300万 合肥', 'bank_loan', '1.1'],
    ['民间借款100万 20天', 'private_lending', '1.2 (民间 overrides 借款)'],
    ['个人借款50万', 'private_lending', '1.2'],
    ['这个标3000万', 'bid_bond', '1.3'],
    ['客户要做履约 合同价2000万', 'performance_bond', '1.4'],
    ['预付款300万', 'advance_payment', '1.5'],
    ['工程款支付 合同价2000万', 'payment_guarantee', '1.6'],
    ['赊销损失200万', 'trade_credit', '1.7'],
    ['应收800万想融资', 'receivables_financing', '1.8'],
    ['股权融资 总投资2000万', 'equity_financing', '1.9'],
    ['貸款300萬', 'bank_loan', '1.1 (traditional)'],
  ])('%s → %s (%s)', (text, product) => {
    expect(cuedProduct(text)?.product).toBe(product);
  });

  // 招标 is the tender, not 1.3's 投标 (合同价2个亿 公开招标 was quoted as a bid bond).
  it.each(['今年目标3000万', '指标500万', '贷款 投标 500万', '合同价2个亿 公开招标', '你好'])('%s → no single product', (text) => {
    expect(cuedProduct(text)).toBeNull();
  });
});

describe('route: a cue word plus a figure is a quote', () => {
  it.each([
    ['帮我算下贷650万一年担保费 包河 老客户', 'bank_loan'],
    ['借款300万 合肥 一年 担保费多少', 'bank_loan'],
    ['客户要做履约 合同价2000万 要开多少', 'performance_bond'],
    ['民间借款100万 20天 日息万五 担保费多少', 'private_lending'],
    ['履约 合同价2个亿 公开招标', 'performance_bond'],
  ])('%s', (text, product) => {
    const intent = route(text);
    expect(intent.kind).toBe('quote');
    if (intent.kind === 'quote') expect(intent.input.products).toEqual([product]);
  });

  it('a product with an unclear amount is a quote (which asks), not product facts', () => {
    expect(route('贷款500k 合肥 一年 担保费多少').kind).toBe('quote');
  });

  it('a cue word without a figure is not a quote', () => {
    expect(route('履约保函有什么要求').kind).not.toBe('quote');
  });
});
