/**
 * Forgiving client-name matching: managers type 星河科技, the archive holds 合肥星河科技有限公司 —
 * or the other way round, with full-width letters and stray spaces.
 */
import { normalize } from '../parse/normalize.js';
import { regions } from '../tables/regions.js';
import type { Client } from './model.js';

/** Place words a name may start with (合肥, 合肥市, 庐阳区, 芜湖 …; data/regions.json) and 安徽/安徽省, longest first. */
const CITY_PREFIXES = [...new Set([...regions.flatMap((r) => [r.name, ...r.aliases]), '安徽省', '安徽'])].filter((w) => w.length >= 2).sort((a, b) => b.length - a.length);

/**
 * A normalized name without its leading place words: 合肥恒达机械 → 恒达机械, 安徽合肥恒达 → 恒达.
 * A name that is only a place keeps it.
 */
export function withoutCity(key: string): string {
  let k = key;
  for (;;) {
    const p = CITY_PREFIXES.find((x) => k.startsWith(x) && k.length > x.length);
    if (!p) return k;
    k = k.slice(p.length);
  }
}

/** Company-form words dropped from the end of a name, repeatedly (集团有限公司 → 集团 → ''). */
const SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '股份公司', '(集团)', '集团', '公司']; // longest first

/**
 * The key names are compared by: the core's one normaliser (full-width → half-width, traditional →
 * simplified), lower case, no spaces or middle dots, no trailing company form. A name that is only a
 * company form keeps it.
 * @example normalizeName('合肥星河科技有限公司') // '合肥星河科技'
 * @example normalizeName('ＡＢＣ 贸易（集团）股份有限公司') // 'abc贸易'
 */
export function normalizeName(name: string): string {
  const base = normalize(name)
    .toLowerCase()
    .replace(/[\s·・]+/g, '');
  let key = base;
  for (;;) {
    // The longest form only: 有限公司 alone stays, and is not cut to 有限.
    const s = SUFFIXES.find((x) => key.endsWith(x));
    if (!s || s.length === key.length) return key;
    key = key.slice(0, -s.length);
  }
}

/** What name matching needs of a client. */
export type Named = Pick<Client, 'id' | 'name'>;

export type ClientMatch<C extends Named = Client> =
  /**
   * One client: by id, by the same normalized name, the only one whose name starts with the query,
   * or the only one whose name contains it (with or without the city prefix on either side).
   */
  | { kind: 'found'; client: C; by: 'id' | 'exact' | 'prefix' | 'substring' }
  /** Several clients fit; ask which. */
  | { kind: 'ambiguous'; candidates: C[] }
  /** None fits; `candidates` are names that contain the query or are a typo away (may be empty). */
  | { kind: 'none'; candidates: C[] };

/**
 * Finds a client by what a manager typed.
 * @example findClients(a, '星河科技')  // { kind: 'found', by: 'exact' } for 星河科技有限公司
 * @example findClients(a, '星河')      // { kind: 'ambiguous', candidates: [星河科技, 星河物流] }
 * @example findClients(a, '恒达')      // { kind: 'found', by: 'substring' } for 合肥恒达机械有限公司 alone
 */
export function findClients<C extends Named = Client>(archive: { clients: readonly C[] }, query: string): ClientMatch<C> {
  const byId = archive.clients.find((c) => c.id === query);
  if (byId) return { kind: 'found', client: byId, by: 'id' };
  const q = normalizeName(query);
  if (!q) return { kind: 'none', candidates: [] };
  const keyed = archive.clients.map((c) => ({ c, k: normalizeName(c.name) }));
  const exact = keyed.filter((x) => x.k === q).map((x) => x.c);
  if (exact.length === 1) return { kind: 'found', client: exact[0]!, by: 'exact' };
  if (exact.length > 1) return { kind: 'ambiguous', candidates: exact };
  const prefix = keyed.filter((x) => x.k.startsWith(q)).map((x) => x.c);
  if (prefix.length === 1) return { kind: 'found', client: prefix[0]!, by: 'prefix' };
  if (prefix.length > 1) return { kind: 'ambiguous', candidates: prefix };
  // 恒达 → 合肥恒达机械有限公司; 合肥恒达 → 恒达机械有限公司 (the city prefix on either side).
  const bare = withoutCity(q);
  if (bare.length >= 2) {
    const inside = keyed.filter((x) => x.k.includes(q) || withoutCity(x.k).includes(bare)).map((x) => x.c);
    if (inside.length === 1) return { kind: 'found', client: inside[0]!, by: 'substring' };
    if (inside.length > 1) return { kind: 'ambiguous', candidates: inside };
  }
  const near = keyed.filter((x) => x.k.includes(q) || q.includes(x.k) || closeEnough(x.k, q)).map((x) => x.c);
  return { kind: 'none', candidates: near };
}

/**
 * Clients that are probably the same company as `name` (for “did you mean…” before adding one):
 * the same normalized name, one name containing the other, or one character apart.
 * @example nearDuplicates(a, '星河科技股份有限公司') // [星河科技有限公司, 合肥星河科技有限公司]
 */
export function nearDuplicates<C extends Named = Client>(archive: { clients: readonly C[] }, name: string): C[] {
  const q = normalizeName(name);
  if (!q) return [];
  return archive.clients.filter((c) => {
    const k = normalizeName(c.name);
    return k === q || (Math.min(k.length, q.length) >= 2 && (k.includes(q) || q.includes(k))) || closeEnough(k, q);
  });
}

/** One edit apart, for names of four characters or more (星河科枝 / 星河科技). */
function closeEnough(a: string, b: string): boolean {
  if (Math.min(a.length, b.length) < 4) return false;
  return editDistanceAtMostOne(a, b);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}
