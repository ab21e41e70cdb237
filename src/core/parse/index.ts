/**
 * parseInput: one line typed by an account manager → ParsedInput. Pure; never throws.
 *
 * Readers run in a fixed order, each taking the spans it understood so later readers
 * cannot misread them (docs/parsing.md):
 * corrections (不是一年是两年: the replaced value cut) → key=value → numbers that are not money (电话尾号8866, 120个员工) → products → 最低投标价法 → 提前N天 → labelled figures → rates → terms →
 * shields → places → status → life stage → industry → amounts → leftovers.
 *
 * @example parseInput('银行贷款担保 500万 合肥 新客户 1年')
 * // products ['bank_loan'], amount.yuan 5000000, place { kind: 'hefei', name: '合肥', section: '2.2' },
 * // clientStatus 'new', term { months: 12 }
 */
import { sanitizeText } from '../text/sanitize.js';
import { lexicon } from '../tables/lexicon.js';
import { cutText } from '../text/graphemes.js';
import type { ParsedInput } from '../types.js';
import { readAmounts } from './amounts.js';
import { applyCorrections } from './corrections.js';
import { readIndustry, readLifeStage } from './categories.js';
import { finish, newDraft, note, type Draft } from './draft.js';
import { readFigures } from './figures.js';
import { readDaysUsed, readEarlyRepayment, readLowestBid, readNotAmounts } from './flags.js';
import { readKeyValues } from './kv.js';
import { leftovers } from './leftovers.js';
import { normalize } from './normalize.js';
import { readPlaces } from './places.js';
import { readProducts } from './products.js';
import { readRates } from './rates.js';
import { newScan, type Scan } from './scan.js';
import { readStatus } from './status.js';
import { readTerms } from './terms.js';
import { findWords } from './words.js';

const { maxInputChars } = lexicon.limits;

function markShields(s: Scan): void {
  s.shields = findWords(s, lexicon.shields.words).map((h) => [h.start, h.end] as const);
}

const readers: Array<(s: Scan, d: Draft) => void> = [
  readKeyValues,
  readNotAmounts,
  readProducts,
  readLowestBid,
  readEarlyRepayment,
  readDaysUsed,
  readFigures,
  readRates,
  readTerms,
  markShields,
  readPlaces,
  readStatus,
  readLifeStage,
  readIndustry,
  readAmounts,
];

/** Cut overlong input (with a note) between graphemes. */
function clip(text: string): { text: string; clipped: boolean } {
  return text.length <= maxInputChars ? { text, clipped: false } : { text: cutText(text, maxInputChars), clipped: true };
}

export function parseInput(text: string): ParsedInput {
  const d = newDraft();
  // Typed text can never carry the core's mention markers (src/core/mention.ts) into a reply.
  const { text: original, clipped } = clip(typeof text === 'string' ? sanitizeText(text) : '');
  if (clipped) note(d, `输入过长，只读取了前${maxInputChars}个字符`);
  // 不是一年是两年, 万五 哦不对是万六: the replaced value is cut before reading (parse/corrections.ts).
  const corrected = applyCorrections(original);
  for (const c of corrected.corrections) note(d, c);
  const s = newScan(normalize(corrected.text), corrected.text);
  for (const read of readers) read(s, d);
  const out = finish(d);
  out.unused = leftovers(s);
  return out;
}

export type { ParsedInput } from '../types.js';
