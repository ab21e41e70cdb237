/** Builds ParsedInput objects by hand (the parser is tested on its own). */
import type { Money, ParsedInput, Place, ProductId } from '../../../src/core/types.js';

export const hefei: Place = { kind: 'hefei', name: '合肥', section: '2.2' };
export const shushan: Place = { kind: 'hefei', name: '蜀山区', section: '2.2' };
export const wuhu: Place = { kind: 'outside', name: '芜湖', section: 'setting' };

export function money(yuan: number): Money {
  return { yuan, source: yuan % 10000 === 0 ? `${yuan / 10000}万` : `${yuan}元` };
}

/** An input with the given products and, if given, one unlabelled amount. */
export function input(products: ProductId[], amount?: number, rest: Partial<ParsedInput> = {}): ParsedInput {
  const amounts = amount === undefined ? [] : [money(amount)];
  return {
    products,
    amounts,
    ...(amount === undefined ? {} : { amount: amounts[0] }),
    figures: {},
    unused: [],
    notes: [],
    errors: [],
    ...rest,
  };
}

export const WAN = 10_000;
