/** Builds ParsedInput objects by hand for classification. */
import type { LabelledFigures, ParsedInput } from '../../../src/core/types.js';

export const WAN = 10_000;
export const YI = 100_000_000;

export function figures(f: LabelledFigures, rest: Partial<ParsedInput> = {}): ParsedInput {
  return { products: [], amounts: [], figures: f, unused: [], notes: [], errors: [], ...rest };
}
