/**
 * Places (data/regions.json): 合肥 and what it administers → hefei (2.2, plus 庐江/巢湖
 * as a company reading with a note), other cities and 外地/合肥以外 → outside (1.1).
 * Shield words keep 高新 out of 高新技术企业.
 */
import { regions, type RegionRow } from '../tables/regions.js';
import { note, setOnce, type Draft } from './draft.js';
import { sourceOf, type Scan } from './scan.js';
import { takeWords } from './words.js';

const rowByAlias = new Map<string, RegionRow>(regions.flatMap((r) => r.aliases.map((a) => [a, r] as const)));

/** A place by alias, or by the key=value words hefei/outside. */
export function placeFromWord(word: string): RegionRow | undefined {
  const w = word.trim();
  if (w.toLowerCase() === 'hefei') return rowByAlias.get('合肥');
  if (w.toLowerCase() === 'outside') return rowByAlias.get('外地');
  return rowByAlias.get(w);
}

/** Record a matched place and its row's note. */
export function recordPlace(d: Draft, row: RegionRow, word: string): void {
  if (row.note && d.out.place === undefined) note(d, row.note.replaceAll('{word}', word));
  setOnce(d, 'place', { kind: row.kind, name: row.name, section: row.section }, word);
}

export function readPlaces(s: Scan, d: Draft): void {
  for (const hit of takeWords(s, [...rowByAlias.keys()], true)) {
    const row = rowByAlias.get(hit.word);
    if (row) recordPlace(d, row, sourceOf(s, hit.start, hit.end));
  }
}
