/**
 * Validates only what an update changed. From the patches of one update it finds the records
 * touched (`clients[i]`, `contacts[j]`, …), parses each with its zod schema from the Archive
 * schema, and checks id uniqueness: appended records against a cached id set, anything else
 * (removals, reordering, a changed id, a replaced list) against the whole list.
 *
 * What zod's parse changes (trimmed text, unknown keys dropped) is applied to the new state and
 * added as `replace` patches, so the journal replays to exactly what was validated — as the old
 * adapter committed the parse output.
 */
import { apply, type Patch, type Patches } from 'mutative';
import type { z } from 'zod';
import { Archive } from '../core/archive/model.js';

type Key = keyof Archive;
type Issue = { path: PropertyKey[]; message: string };

const shape = Archive.shape as unknown as Record<string, z.ZodType>;
const ID_LISTS = new Set<string>(['clients', 'contacts', 'visits']);

const elementOf = (key: string): z.ZodType | undefined => (shape[key] as unknown as { element?: z.ZodType }).element;

export class InvalidChange extends Error {
  constructor(readonly issues: Issue[]) {
    super('invalid change');
  }
}

interface Touched {
  whole: boolean;
  /** Anything but in-place edits and appends: a removal, a replaced record, a changed length. */
  structural: boolean;
  indices: Set<number>;
}

/** Ids per list for one archive state, built lazily and carried over appends. */
export class IdIndex {
  #of: Archive | null = null;
  #sets = new Map<string, Set<string>>();

  get(state: Archive, key: string): Set<string> {
    if (this.#of !== state) {
      this.#of = state;
      this.#sets.clear();
    }
    let s = this.#sets.get(key);
    if (!s) {
      s = new Set((state[key as Key] as { id: string }[]).map((x) => x.id));
      this.#sets.set(key, s);
    }
    return s;
  }

  /** `next` is `prev` plus the appended ids of `appended` (other lists unchanged or dropped). */
  carry(prev: Archive, next: Archive, appended: Map<string, string[]>, rebuilt: Set<string>): void {
    if (this.#of !== prev) {
      this.#of = null;
      this.#sets.clear();
      return;
    }
    for (const k of rebuilt) this.#sets.delete(k);
    for (const [k, ids] of appended) {
      const s = this.#sets.get(k);
      if (s) for (const id of ids) s.add(id);
    }
    this.#of = next;
  }
}

export interface Checked {
  next: Archive;
  patches: Patches;
}

/** Validates what `patches` changed from `prev` to `next`; throws InvalidChange with the issues. */
export function checkChanges(prev: Archive, next: Archive, patches: Patches, ids: IdIndex): Checked {
  const touched = new Map<string, Touched>();
  for (const p of patches) {
    const [key, idx, ...rest] = p.path as (string | number)[];
    const k = String(key);
    const t = touched.get(k) ?? { whole: false, structural: false, indices: new Set<number>() };
    touched.set(k, t);
    if (idx === undefined) t.whole = true;
    else if (typeof idx !== 'number')
      t.structural = true; // 'length'
    else {
      t.indices.add(idx);
      const prevLen = (prev[k as Key] as unknown[] | undefined)?.length ?? 0;
      if (idx < prevLen && (rest.length === 0 || (rest.length === 1 && rest[0] === 'id') || p.op === 'remove')) t.structural = true;
    }
  }

  const issues: Issue[] = [];
  const fixes: Patch[] = [];
  let out: Record<string, unknown> | null = null;
  const appended = new Map<string, string[]>();
  const rebuilt = new Set<string>();

  for (const [k, t] of touched) {
    const schema = shape[k];
    const value = (next as Record<string, unknown>)[k];
    if (!schema) {
      // An unknown top-level key: dropped, as zod's parse drops it.
      out ??= { ...next };
      delete out[k];
      fixes.push({ op: 'remove', path: [k] });
      continue;
    }
    const element = elementOf(k);
    if (t.whole || !element || !Array.isArray(value)) {
      const r = schema.safeParse(value);
      if (!r.success) issues.push(...r.error.issues.map((i) => ({ path: [k, ...i.path], message: i.message })));
      else if (JSON.stringify(r.data) !== JSON.stringify(value)) {
        out ??= { ...next };
        out[k] = deepFreeze(r.data);
        fixes.push({ op: 'replace', path: [k], value: r.data });
      }
      if (ID_LISTS.has(k)) {
        rebuilt.add(k);
        if (r.success) uniqueIds(r.data as { id: string }[], k, issues);
      }
      continue;
    }
    let list = value as unknown[];
    for (const i of t.indices) {
      if (i >= list.length) continue;
      const r = element.safeParse(list[i]);
      if (!r.success) {
        issues.push(...r.error.issues.map((x) => ({ path: [k, i, ...x.path], message: x.message })));
        continue;
      }
      if (JSON.stringify(r.data) !== JSON.stringify(list[i])) {
        if (list === value) {
          list = list.slice();
          out ??= { ...next };
          out[k] = list;
        }
        list[i] = deepFreeze(r.data);
        fixes.push({ op: 'replace', path: [k, i], value: r.data });
      }
    }
    if (list !== value) Object.freeze(list);
    if (!ID_LISTS.has(k)) continue;
    const items = list as { id: string }[];
    if (t.structural) {
      rebuilt.add(k);
      uniqueIds(items, k, issues);
      continue;
    }
    const prevLen = (prev[k as Key] as unknown[]).length;
    const known = ids.get(prev, k);
    const fresh = new Set<string>();
    for (let i = prevLen; i < items.length; i += 1) {
      const id = items[i]!.id;
      if (known.has(id) || fresh.has(id)) issues.push({ path: [k, i, 'id'], message: `duplicate ${k} id ${id}` });
      fresh.add(id);
    }
    appended.set(k, [...fresh]);
  }

  if (issues.length) throw new InvalidChange(issues);
  const result = out ? (Object.freeze(out) as unknown as Archive) : next;
  ids.carry(prev, result, appended, rebuilt);
  return { next: result, patches: fixes.length ? [...patches, ...fixes] : patches };
}

function uniqueIds(items: { id: string }[], what: string, issues: Issue[]): void {
  const seen = new Set<string>();
  for (const [i, x] of items.entries()) {
    if (seen.has(x.id)) issues.push({ path: [what, i, 'id'], message: `duplicate ${what} id ${x.id}` });
    seen.add(x.id);
  }
}

/**
 * Freezes what the patches touched in `next` (the new root, each container on a path, the
 * changed value deeply); the rest is shared with the previous, already frozen state. Cheaper
 * than mutative's auto-freeze, which walks every element of a changed 100k-element list.
 */
export function freezeAlong(next: object, patches: Patches): void {
  Object.freeze(next);
  for (const p of patches) {
    let node: unknown = next;
    const path = p.path as (string | number)[];
    for (const [i, seg] of path.entries()) {
      node = (node as Record<string | number, unknown>)[seg];
      if (node === null || typeof node !== 'object') break;
      if (i === path.length - 1) deepFreeze(node);
      else Object.freeze(node);
    }
  }
}

export function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

/**
 * mutative's `apply`, with a fast path for the leading run of patches that append to a top-level
 * list at its end (a batch of imported clients): those are pushed onto one copy of the list, the
 * rest (few: edits, zod's fixes) go through `apply`. mutative applies each `add` through a proxy
 * splice, which made replaying one 10 000-client import line take a minute at 100k clients.
 */
export function applyPatches(state: Archive, patches: Patches): Archive {
  const lists = new Map<string, unknown[]>();
  let i = 0;
  for (; i < patches.length; i += 1) {
    const p = patches[i]!;
    const [k, idx] = p.path as (string | number)[];
    if (p.op !== 'add' || p.path.length !== 2 || typeof k !== 'string' || typeof idx !== 'number') break;
    let list = lists.get(k);
    if (!list) {
      const cur = (state as Record<string, unknown>)[k];
      if (!Array.isArray(cur)) break;
      list = cur.slice();
      lists.set(k, list);
    }
    if (idx !== list.length) break;
    list.push(p.value);
  }
  if (lists.size === 0) return apply<Archive>(state, patches);
  const head = { ...state } as Record<string, unknown>;
  for (const [k, list] of lists) head[k] = list;
  const rest = patches.slice(i);
  return (rest.length ? apply(head as Archive, rest) : head) as Archive;
}
