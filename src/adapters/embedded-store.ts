/**
 * The embedded ArchiveStore (the default: the console and one host): the port's query-shaped
 * operations (src/ports/store.ts) over an ArchiveDocument engine — on disk the lowdb snapshot +
 * journal + file lock of ./lowdb-store.ts (`openEmbeddedStore`), in tests the in-memory engine of
 * test/helpers/memory-store.ts. Every write is one engine `update` (atomic, serialised across
 * processes by the engine's lock, durable on resolve); every read is one engine `read` (a frozen
 * snapshot that includes what other processes wrote).
 *
 * How it stays fast without a database:
 * - Writes never walk the archive through the copy-on-write draft (a proxy per record touched):
 *   they look records up in the draft's plain base state through position indexes kept across
 *   operations (client id → position, nudge key → position, normalized name → clients), each
 *   verified on use and rebuilt if the archive moved under it (another process compacted).
 * - Reads use an index of the current snapshot (clients by owner, logs and visits by client,
 *   last activity, nudge log by client, per-owner revisions), built once per snapshot — after a
 *   write, on the first read — in one pass: O(archive), a few ms at 10k clients.
 * - Per-owner revisions (`owners()`) are derived from the snapshot, so a write by another process
 *   (the import CLI) changes them too: the snapshot's records are shared between versions
 *   (structural sharing), and an owner's revision moves when any of its records is a new object.
 *
 * Where it stops: what ./lowdb-store.ts says (one host, the archive in memory; BENCHMARKS.md has
 * the figures) — beyond that, PostgreSQL (docs/archive.md "When to move").
 */
import { randomUUID } from 'node:crypto';
import { lastActivity, latestActivityByClient } from '../core/archive/activity.js';
import { withContact, withVisit } from '../core/archive/changes.js';
import { applyRows, ClientIndex, type ApplyOptions, type ApplyResult, type ClientRow as ImportRow } from '../core/archive/import-rows.js';
import type { Archive, Client, ContactLog, NudgeLog, Visit } from '../core/archive/model.js';
import { findClients, normalizeName, type ClientMatch } from '../core/archive/names.js';
import type { Viewer } from '../core/clients/access.js';
import { AppError } from '../core/errors.js';
import { heldByOwnRecords, parseNudgeKey, type Nudge } from '../core/nudges/engine.js';
import { dismissRecord, failedRecord, keptInLog, runKey, sentRecord } from '../core/nudges/log.js';
import { newestFirst } from '../core/visits/replies.js';
import type { AddClientResult, ArchiveStore, ClientCard, ClientPatch, ClientSummary, NudgeInputs, OwnerRevision, Page, PageRequest, VisitInput } from '../ports/store.js';
import { baseOf, type ArchiveDocument } from './archive-document.js';
import { openStore, type LowdbStoreOptions } from './lowdb-store.js';

/** Opens the archive under `dataDir` (created, migrated or refused as ./lowdb-store.ts says) as the embedded ArchiveStore. */
export async function openEmbeddedStore(opts: LowdbStoreOptions): Promise<EmbeddedStore> {
  return new EmbeddedStore(await openStore(opts));
}

const DEFAULT_PAGE = 1000;
const MAX_PAGE = 10_000;

/** The records of one owner in a snapshot (each list in the archive's order). */
interface OwnerSlice {
  clients: Client[];
  contacts: ContactLog[];
  visits: Visit[];
  log: NudgeLog[];
}

/** What reads need of one snapshot; built once per snapshot. */
interface ReadIndex {
  state: Archive;
  byId: Map<string, Client>;
  byOwner: Map<string, OwnerSlice>;
  contactsOf: Map<string, ContactLog[]>;
  visitsOf: Map<string, Visit[]>;
  activity: Map<string, string>;
  runs: Set<string>;
  /** Visits newest first, built on first use (exports). */
  newest?: Visit[];
}

/**
 * Positions of records in an append-mostly list of a snapshot, by key: extended as the list grows,
 * each hit checked against the list, rebuilt when the list is not the one indexed plus appends
 * (shorter, or its last indexed record is not the same object: records were removed or moved —
 * the nudge log's retention, another process's writes), so a record is never missed.
 */
class Positions<T> {
  #at = new Map<string, number>();
  #length = 0;
  #last: T | undefined;
  constructor(private readonly keyOf: (x: T) => string) {}

  find(list: readonly T[], key: string): number {
    if (list.length < this.#length || (this.#length > 0 && list[this.#length - 1] !== this.#last)) this.#reset();
    for (let i = this.#length; i < list.length; i += 1) this.#at.set(this.keyOf(list[i]!), i);
    this.#length = list.length;
    this.#last = list[list.length - 1];
    const i = this.#at.get(key);
    if (i === undefined) return -1;
    if (list[i] !== undefined && this.keyOf(list[i]!) === key) return i;
    this.#reset();
    return this.find(list, key);
  }

  #reset(): void {
    this.#at.clear();
    this.#length = 0;
    this.#last = undefined;
  }
}

const closed = (): AppError => new AppError('INTERNAL', 'the archive store is closed');

/** The embedded ArchiveStore. `read()`/`update()` give the engine's whole-archive access (tests, migration to PostgreSQL); the app uses the port. */
export class EmbeddedStore implements ArchiveStore {
  readonly #doc: ArchiveDocument;
  #closed = false;
  #index: ReadIndex | null = null;
  /** Per-owner revision counters, moved when an owner's records change between snapshots. */
  readonly #revisions = new Map<string, { n: number; slice: OwnerSlice }>();
  readonly #epoch = randomUUID().slice(0, 8);
  readonly #clientPos = new Positions<Client>((c) => c.id);
  readonly #logPos = new Positions<NudgeLog>((l) => l.key);
  /** Normalized name → clients (clients are only ever appended, so positions stay; reset after a failed import, which indexed a draft). */
  #names = new ClientIndex();

  constructor(doc: ArchiveDocument) {
    this.#doc = doc;
  }

  /** The whole archive as a frozen snapshot (not part of the port: tests and the migration copy). */
  read(): Promise<Archive> {
    return this.#doc.read();
  }

  /** The engine's atomic read-modify-write (not part of the port: tests and the migration copy). */
  update<T>(fn: (draft: Archive) => T): Promise<T> {
    return this.#doc.update(fn);
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.#doc.close();
  }

  // ---- reads ------------------------------------------------------------------------------

  async clientSummaries(viewer: Viewer, page: PageRequest = {}): Promise<Page<ClientSummary>> {
    const ix = await this.#read();
    const list = this.#visible(ix, viewer);
    return pageOf(list, page, (c) => summary(c, ix.activity));
  }

  async findClients(viewer: Viewer, query: string): Promise<ClientMatch<ClientSummary>> {
    const ix = await this.#read();
    return findClients({ clients: this.#visible(ix, viewer).map((c) => summary(c, ix.activity)) }, query);
  }

  async clientCard(viewer: Viewer, clientId: string): Promise<ClientCard | undefined> {
    const ix = await this.#read();
    const client = ix.byId.get(clientId);
    if (!client || !sees(viewer, client)) return undefined;
    const contacts = [...(ix.contactsOf.get(clientId) ?? [])].reverse().sort((a, b) => b.date.localeCompare(a.date));
    return { client, contacts, visits: newestFirst(ix.visitsOf.get(clientId) ?? []) };
  }

  async exportClients(filter: { owner?: string }, page: PageRequest = {}): Promise<Page<Client>> {
    const ix = await this.#read();
    const list = filter.owner === undefined ? ix.state.clients : (ix.byOwner.get(filter.owner)?.clients ?? []);
    return pageOf(list, page, (c) => c);
  }

  async exportVisits(filter: { owner?: string }, page: PageRequest = {}): Promise<Page<{ visit: Visit; clientName: string; owner: string }>> {
    const ix = await this.#read();
    ix.newest ??= newestFirst(ix.state.visits);
    const all = ix.newest;
    const list = filter.owner === undefined ? all : all.filter((v) => ix.byId.get(v.clientId)?.owner === filter.owner);
    return pageOf(list, page, (visit) => {
      const c = ix.byId.get(visit.clientId);
      return { visit, clientName: c?.name ?? '', owner: c?.owner ?? '' };
    });
  }

  async owners(): Promise<OwnerRevision[]> {
    const ix = await this.#read();
    return [...ix.byOwner.keys()].sort().map((owner) => ({ owner, revision: `${this.#epoch}:${this.#revisions.get(owner)?.n ?? 0}` }));
  }

  async nudgeInputs(owner: string): Promise<NudgeInputs> {
    const ix = await this.#read();
    const s = ix.byOwner.get(owner);
    return { owner, clients: [...(s?.clients ?? [])], contacts: [...(s?.contacts ?? [])], visits: [...(s?.visits ?? [])], log: [...(s?.log ?? [])] };
  }

  async clientById(clientId: string): Promise<Client | undefined> {
    return (await this.#read()).byId.get(clientId);
  }

  async hasRun(today: string): Promise<boolean> {
    return (await this.#read()).runs.has(runKey(today));
  }

  // ---- writes -----------------------------------------------------------------------------

  addClient(client: Client, limit?: { since: string; max: number }): Promise<AddClientResult> {
    return this.#write((draft, base) => {
      this.#names.sync(base.clients);
      const same = this.#names.find(base.clients, normalizeName(client.name)).filter((c) => c.owner === client.owner);
      if (same[0]) return { kind: 'duplicate', existing: summary(same[0], new Map()) };
      if (limit) {
        let n = 0;
        for (const c of base.clients) if (c.owner === client.owner && c.createdAt >= limit.since) n += 1;
        if (n >= limit.max) return { kind: 'limited' };
      }
      draft.clients.push(client);
      return { kind: 'added', client };
    });
  }

  updateClient(viewer: Viewer, clientId: string, patch: ClientPatch, at: string): Promise<Client | undefined> {
    return this.#write((draft, base) => {
      const i = this.#clientPos.find(base.clients, clientId);
      const c = base.clients[i];
      if (!c || !sees(viewer, c)) return undefined;
      const next: Client = { ...c, ...patch, updatedAt: at };
      draft.clients[i] = next;
      return next;
    });
  }

  reassignAll(from: string, to: string, at: string): Promise<string[]> {
    return this.#write((draft, base) => {
      const names: string[] = [];
      base.clients.forEach((c, i) => {
        if (c.owner !== from) return;
        draft.clients[i] = { ...c, owner: to, updatedAt: at };
        names.push(c.name);
      });
      return names;
    });
  }

  logContact(viewer: Viewer, log: ContactLog, at: string): Promise<Client | undefined> {
    return this.#write((draft, base) => {
      const i = this.#clientPos.find(base.clients, log.clientId);
      const c = base.clients[i];
      if (!c || !sees(viewer, c)) return undefined;
      const next = withContact(c, log.date, at);
      draft.contacts.push(log);
      draft.clients[i] = next;
      return next;
    });
  }

  saveVisit(viewer: Viewer, input: VisitInput, at: string): Promise<{ client: Client; added: VisitInput['people'] } | undefined> {
    return this.#write((draft, base) => {
      const i = this.#clientPos.find(base.clients, input.visit.clientId);
      const c = base.clients[i];
      if (!c || !sees(viewer, c)) return undefined;
      const r = withVisit(c, input.visit.date, input.people, at);
      draft.visits.push(input.visit);
      draft.clients[i] = r.client;
      return r;
    });
  }

  async importClients(rows: ImportRow[], options: ApplyOptions, dryRun = false): Promise<ApplyResult> {
    if (dryRun) {
      this.#assertOpen();
      return applyRows(structuredClone(await this.#doc.read()), rows, options);
    }
    // The name index catches up outside the lock (a plain snapshot), then on the base under it:
    // applyRows then reads through the draft only the clients its rows name.
    this.#assertOpen();
    this.#names.sync((await this.#doc.read()).clients);
    try {
      return await this.#write((draft, base) => {
        this.#names.sync(base.clients);
        return applyRows(draft, rows, options, this.#names);
      });
    } catch (e) {
      this.#names = new ClientIndex(); // it may hold positions of clients that were not committed
      throw e;
    }
  }

  claimNudges(nudges: readonly Nudge[], today: string, at: string): Promise<Nudge[]> {
    return this.#write((draft, base) => {
      const claimed = new Map<string, Nudge>();
      for (const n of nudges) {
        const own = this.#logAt(base, n.key);
        const occurrence = n.occurrence === n.key ? undefined : this.#logAt(base, n.occurrence);
        if (claimed.has(n.key) || heldByOwnRecords(n, own, occurrence, today)) continue;
        this.#putLog(draft, base, sentRecord(n.key, at));
        claimed.set(n.key, n);
      }
      return [...claimed.values()];
    });
  }

  recordRun(today: string, at: string): Promise<void> {
    return this.#write((draft, base) => {
      if (!this.#logAt(base, runKey(today))) this.#putLog(draft, base, sentRecord(runKey(today), at));
    });
  }

  pruneNudgeLog(keepFrom: string, today: string): Promise<number> {
    return this.#write((draft, base) => {
      const kept = base.nudges.filter((l) => keptInLog(l, keepFrom, today));
      if (kept.length === base.nudges.length) return 0;
      draft.nudges = kept;
      return base.nudges.length - kept.length;
    });
  }

  markNudgesFailed(keys: readonly string[], at: string): Promise<void> {
    return this.#write((draft, base) => {
      for (const key of new Set(keys)) {
        const r = failedRecord(this.#logAt(base, key), at);
        if (r) this.#putLog(draft, base, r);
      }
    });
  }

  snoozeNudge(key: string, until: string, at: string): Promise<void> {
    return this.#write((draft, base) => this.#putLog(draft, base, { key, status: 'snoozed', at, until }));
  }

  dismissNudge(occurrence: string, at: string): Promise<void> {
    return this.#write((draft, base) => this.#putLog(draft, base, dismissRecord(occurrence, at)));
  }

  // ---- internals --------------------------------------------------------------------------

  #assertOpen(): void {
    if (this.#closed) throw closed();
  }

  /** One engine update; `fn` gets the draft and its plain base state (for lookups). */
  #write<T>(fn: (draft: Archive, base: Archive) => T): Promise<T> {
    if (this.#closed) return Promise.reject(closed());
    return this.#doc.update((draft) => fn(draft, baseOf(draft)));
  }

  #logAt(base: Archive, key: string): NudgeLog | undefined {
    return base.nudges[this.#logPos.find(base.nudges, key)];
  }

  /** Sets the one record of `key` (the log keeps its latest state per key). */
  #putLog(draft: Archive, base: Archive, entry: NudgeLog): void {
    const i = this.#logPos.find(base.nudges, entry.key);
    if (i >= 0 && draft.nudges[i]?.key === entry.key) draft.nudges[i] = entry;
    else draft.nudges.push(entry);
  }

  #visible(ix: ReadIndex, viewer: Viewer): readonly Client[] {
    return viewer.isAdmin ? ix.state.clients : (ix.byOwner.get(viewer.userId)?.clients ?? []);
  }

  /** The index of the current snapshot (built when the snapshot changed). */
  async #read(): Promise<ReadIndex> {
    this.#assertOpen();
    const state = await this.#doc.read();
    if (this.#index?.state === state) return this.#index;
    this.#index = buildIndex(state);
    this.#bumpRevisions(this.#index);
    return this.#index;
  }

  /** Moves the revision of every owner whose records differ (by identity) from the last snapshot seen. */
  #bumpRevisions(ix: ReadIndex): void {
    for (const [owner, slice] of ix.byOwner) {
      const prev = this.#revisions.get(owner);
      if (!prev) this.#revisions.set(owner, { n: 1, slice });
      else if (!sameSlice(prev.slice, slice)) this.#revisions.set(owner, { n: prev.n + 1, slice });
      else prev.slice = slice;
    }
  }
}

function sees(viewer: Viewer, c: Pick<Client, 'owner'>): boolean {
  return viewer.isAdmin || c.owner === viewer.userId;
}

function summary(c: Client, activity: ReadonlyMap<string, string>): ClientSummary {
  const last = lastActivity(c, activity);
  return {
    id: c.id,
    name: c.name,
    owner: c.owner,
    ...(c.class ? { class: c.class } : {}),
    ...(c.stage ? { stage: c.stage } : {}),
    ...(c.relationshipType ? { relationshipType: c.relationshipType } : {}),
    ...(last ? { lastActivity: last } : {}),
    createdAt: c.createdAt,
  };
}

/** A page of `list` from the offset in `page.after` (the embedded cursor: a position; clients and visits are only appended). */
function pageOf<T, R>(list: readonly T[], page: PageRequest, map: (x: T) => R): Page<R> {
  const from = page.after === undefined ? 0 : Number(page.after);
  if (!Number.isSafeInteger(from) || from < 0) throw new AppError('INPUT_INVALID', `bad page cursor ${JSON.stringify(page.after)}`);
  const limit = Math.min(Math.max(1, Math.floor(page.limit ?? DEFAULT_PAGE)), MAX_PAGE);
  const items = list.slice(from, from + limit).map(map);
  return from + limit < list.length ? { items, next: String(from + limit) } : { items };
}

function buildIndex(state: Archive): ReadIndex {
  const byId = new Map<string, Client>();
  const byOwner = new Map<string, OwnerSlice>();
  const slice = (owner: string): OwnerSlice => {
    let s = byOwner.get(owner);
    if (!s) byOwner.set(owner, (s = { clients: [], contacts: [], visits: [], log: [] }));
    return s;
  };
  for (const c of state.clients) {
    byId.set(c.id, c);
    slice(c.owner).clients.push(c);
  }
  const contactsOf = new Map<string, ContactLog[]>();
  for (const l of state.contacts) {
    push(contactsOf, l.clientId, l);
    const c = byId.get(l.clientId);
    if (c) slice(c.owner).contacts.push(l);
  }
  const visitsOf = new Map<string, Visit[]>();
  for (const v of state.visits) {
    push(visitsOf, v.clientId, v);
    const c = byId.get(v.clientId);
    if (c) slice(c.owner).visits.push(v);
  }
  const runs = new Set<string>();
  for (const l of state.nudges) {
    if (l.key.startsWith('run:')) {
      runs.add(l.key);
      continue;
    }
    const k = parseNudgeKey(l.key);
    const c = k && byId.get(k.clientId);
    if (c) slice(c.owner).log.push(l);
  }
  return { state, byId, byOwner, contactsOf, visitsOf, activity: latestActivityByClient(state), runs };
}

function push<T>(m: Map<string, T[]>, k: string, v: T): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

function sameSlice(a: OwnerSlice, b: OwnerSlice): boolean {
  return sameList(a.clients, b.clients) && sameList(a.contacts, b.contacts) && sameList(a.visits, b.visits) && sameList(a.log, b.log);
}
