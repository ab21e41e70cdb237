/** The exact JSON text of data/handbook/sections.json for a handbook text (pure). */
import { parseHandbook } from './parse.js';
import { HandbookSchema } from '../../src/core/handbook/schema.js';

export const HANDBOOK_SOURCE = 'data/handbook/handbook.txt';

export function buildHandbookJson(source: string): string {
  const handbook = HandbookSchema.parse({ source: HANDBOOK_SOURCE, sections: parseHandbook(source) });
  return `${JSON.stringify(handbook, null, 2)}\n`;
}
