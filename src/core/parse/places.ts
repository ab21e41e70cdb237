/**
 * Places (data/regions.json): 合肥 and what it administers → hefei (2.2, plus 庐江/巢湖
 * as a company reading with a note), other cities and 外地/合肥以外 → outside (1.1).
 * Shield words keep 高新 out of 高新技术企业.
 * How a place word is qualified (lexicon placeCues, docs/parsing.md): 不在合肥 → outside;
 * 合肥周边 → not 合肥, asked; 项目在合肥 → not the client's place; 客户是芜湖的 → the client's
 * place wins. Places of different kinds with no such reading are asked, never the first taken.
 */
import { lexicon } from '../tables/lexicon.js';
import { regions, type RegionRow } from '../tables/regions.js';
import { ambiguous, note, setOnce, type Draft } from './draft.js';
import { sourceOf, take, view, type Scan } from './scan.js';
import { alternation, takeWords } from './words.js';

const rowByAlias = new Map<string, RegionRow>(regions.flatMap((r) => r.aliases.map((a) => [a, r] as const)));
/** 飞西 → 肥西 (data/regions.json soundAlikes): read as the place, said in a note. */
const rowBySound = new Map<string, RegionRow>(regions.flatMap((r) => (r.soundAlikes ?? []).map((a) => [a, r] as const)));
const placeAliases = [...rowByAlias.keys(), ...rowBySound.keys()];
const cues = lexicon.placeCues;
const VERB = '(?:是|在|位于|来自|属于|地处)?';
const NEGATED = new RegExp(`(?:${alternation(cues.negations)})\\s*$`);
const NEAR = new RegExp(`^\\s*(?:${alternation(cues.near)})`);
const OTHER = new RegExp(`(?:${alternation(cues.other)})\\s*${VERB}\\s*$`);
/** 客户在合肥也在六安: a place after 也在/还在/又在 is the client's too, when the place before it is. */
const ALSO_BEFORE = /(?:也|还|又|同时)\s*(?:在|是)\s*$/u;
const CLIENT_BEFORE = new RegExp(`(?<![新老])(?:${alternation(cues.client)})\\s*${VERB}\\s*$`);
const CLIENT_AFTER = new RegExp(`^\\s*的(?:${alternation(cues.client)})`);

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

interface PlaceHit {
  /** null: the text names no usable place (合肥周边, 不在芜湖). */
  row: RegionRow | null;
  source: string;
  client: boolean;
  also: boolean;
  /** 老板是合肥人: a person's home town, used only when the message names no other place. */
  origin?: boolean;
  start: number;
  end: number;
}

/** 包河区芜湖路, 黄山路: a city's name in a street's is no place of the client. */
const STREET_AFTER = /^\s*(?:路|街|大道|大街|巷)/u;
/** 合肥人, 老家芜湖: where a person is from, not where the company is. */
const ORIGIN_AFTER = /^\s*人(?!民)/u;
const ORIGIN_BEFORE = /(?:老家|籍贯|户口|户籍|出生)(?:是|在)?\s*$/u;
/** 芜湖经开区, 六安高新区: a development zone named after a city is that city's, not 合肥's 经开区. */
const ZONES = new Set(['经济技术开发区', '经济开发区', '经开区', '经开', '高新技术产业开发区', '高新区', '高新']);

function qualify(text: string, s: Scan, d: Draft, row: RegionRow, start: number, end: number): PlaceHit | undefined {
  const before = text.slice(Math.max(0, start - 8), start);
  const neg = NEGATED.exec(before);
  const from = neg ? start - neg[0].length : start;
  const near = neg ? null : NEAR.exec(text.slice(end, end + 4));
  const to = near ? end + near[0].length : end;
  take(s, from, to);
  const source = sourceOf(s, from, to);
  const lead = text.slice(Math.max(0, from - 8), from);
  const other = OTHER.exec(lead);
  if (STREET_AFTER.test(text.slice(to, to + 3))) {
    note(d, `“${source}${text.slice(to, to + 1)}”是路名，不是客户所在地，未用于报价`);
    return undefined;
  }
  if (other) {
    take(s, from - other[0].length, from);
    note(d, `“${sourceOf(s, from - other[0].length, to)}”不是客户所在地，未用于报价`);
    return undefined;
  }
  const client = CLIENT_BEFORE.test(lead) || CLIENT_AFTER.test(text.slice(to, to + 4));
  const also = ALSO_BEFORE.test(lead);
  const origin = ORIGIN_AFTER.test(text.slice(to, to + 2)) || ORIGIN_BEFORE.test(lead);
  if (near) return { row: null, source, client, also, origin, start: from, end: to };
  if (!neg) return { row, source, client, also, origin, start: from, end: to };
  // 不在合肥 → 合肥以外 (1.1); 不在芜湖 says nothing about where the client is.
  return { row: row.kind === 'hefei' ? (rowByAlias.get('外地') ?? null) : null, source, client, also, origin, start: from, end: to };
}

export function readPlaces(s: Scan, d: Draft): void {
  const text = view(s);
  const hits: PlaceHit[] = [];
  for (const hit of takeWords(s, placeAliases, true)) {
    const sound = rowBySound.get(hit.word);
    if (sound) note(d, `“${hit.word}”按${sound.name}理解（同音字）`);
    const row = rowByAlias.get(hit.word) ?? sound;
    const h = row ? qualify(text, s, d, row, hit.start, hit.end) : undefined;
    if (h) hits.push(h);
  }
  hits.forEach((h, i) => {
    if (h.also && hits[i - 1]?.client) h.client = true;
  });
  // 芜湖经开区: the zone is the city's (the city before it is the place).
  const placed = hits.filter((h, i) => !(ZONES.has(h.source) && hits[i - 1]?.end === h.start && hits[i - 1]?.row?.kind === 'outside'));
  // 老板是合肥人 但公司在南京: a home town counts only when nothing else says where the company is.
  const located = placed.some((h) => !h.origin) ? placed.filter((h) => !h.origin) : placed;
  for (const h of placed) if (h.origin && !located.includes(h)) note(d, `“${h.source}”说的是人的籍贯，不是企业所在地，未用于报价`);
  const clientHits = located.filter((h) => h.client);
  const used = clientHits.length > 0 ? clientHits : located;
  const kinds = new Set(used.map((h) => h.row?.kind ?? 'unknown'));
  if (d.out.place === undefined && (kinds.has('unknown') || kinds.size > 1)) {
    ambiguous(
      d,
      'place',
      used.map((h) => h.source),
    );
    return;
  }
  for (const h of used) if (h.row) recordPlace(d, h.row, h.source);
}
