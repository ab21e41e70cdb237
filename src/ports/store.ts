/**
 * The client archive's store: small operations named for what the use cases ask, so a database
 * answers each with a query and a transaction instead of handing out the whole archive. Two
 * implementations: the embedded store (src/adapters/embedded-store.ts, over the lowdb snapshot +
 * journal; the default) and PostgreSQL (src/adapters/pg/, when DATABASE_URL is set). Both pass
 * the one contract suite, test/store/contract.ts.
 *
 * Decisions stay in src/core: which clients a query matches (core/archive/names.ts), what a
 * contact or a visit changes on the client (core/archive/changes.ts), which nudges are due and
 * which the log holds back (core/nudges). An adapter calls those pure functions; it only stores,
 * fetches, and makes each operation atomic.
 *
 * What every implementation guarantees, for every operation:
 * - Atomic: an operation that writes commits all of its rows or none; a failed or rejected
 *   operation leaves the archive as it was. Concurrent operations (in this process or another
 *   instance sharing the data) never lose each other's changes.
 * - Read your writes: a read started after a write resolved (anywhere) sees it.
 * - Durable on resolve: once a write resolves, a crash of the process or machine keeps it.
 * - Validated: what is written passes the archive schema (core/archive/model.ts); stored text is
 *   sanitised there (no mention markers, controls or bidi characters come back out).
 * - Visibility: operations taking a `Viewer` see and change only the viewer's own clients, or
 *   every client for an admin (core/clients/access.ts); another owner's client is "not found".
 * - Returned objects are plain data the caller may keep (never live drafts, proxies or rows);
 *   they may be frozen: never mutate them.
 * - Failures reject with an AppError whose `userMessage` is Chinese and safe to show:
 *   `STORE_LOCKED` (the embedded store's lock was not obtained in time; nothing written),
 *   `STORE_CORRUPT` (stored data cannot be read or fails the schema; never silently replaced),
 *   `STORE_WRITE_FAILED` (the change fails the schema, or the write failed; nothing committed),
 *   `STORE_UNAVAILABLE` (the database cannot be reached or the connection was lost; the
 *   operation may or may not have committed — every write here is safe to retry or is reported
 *   as a result (a retried add → `duplicate`); user message e.g. 客户档案暂时连不上，请稍后再试。).
 *   Outcomes a user causes (a duplicate name, a client not found, a limit) are results, not errors.
 * - After `close()` every operation rejects (`INTERNAL`, the store is closed); `close()` waits for
 *   operations in flight.
 */
import type { ApplyOptions, ApplyResult, ClientRow as ImportRow } from '../core/archive/import-rows.js';
import type { Client, ContactLog, NudgeLog, Person, Stage, RelationshipType, Visit } from '../core/archive/model.js';
import type { ClientMatch } from '../core/archive/names.js';
import type { Viewer } from '../core/clients/access.js';
import type { Nudge } from '../core/nudges/engine.js';

/** A page of results; `next` is an opaque cursor for the following page, absent on the last. */
export interface Page<T> {
  items: T[];
  next?: string;
}

/** Where a page starts (`after`: a previous page's `next`) and how many items at most (default 1000). */
export interface PageRequest {
  after?: string;
  limit?: number;
}

/** A client as lists show it: no contacts, guarantees or figures; `lastActivity` as core/archive/activity.ts defines it. */
export interface ClientSummary {
  id: string;
  name: string;
  owner: string;
  class?: Client['class'];
  stage?: Stage;
  relationshipType?: RelationshipType;
  /** The latest of lastContact and the client's logged contacts and visits (YYYY-MM-DD). */
  lastActivity?: string;
  createdAt: string;
}

/** A client with its contact logs and visit reports, each newest first. */
export interface ClientCard {
  client: Client;
  contacts: ContactLog[];
  visits: Visit[];
}

/** What the nudge engine needs of one owner: their clients, those clients' logs and visits, and the nudge log of those clients. */
export interface NudgeInputs {
  owner: string;
  clients: Client[];
  contacts: ContactLog[];
  visits: Visit[];
  log: NudgeLog[];
}

/** An owner (a manager with at least one client) and a token that changes whenever any of that owner's nudge inputs change. */
export interface OwnerRevision {
  owner: string;
  revision: string;
}

export type AddClientResult =
  | { kind: 'added'; client: Client }
  /** The owner already has a client with the same normalized name (core/archive/names.ts normalizeName). */
  | { kind: 'duplicate'; existing: ClientSummary }
  /** `limit.max` clients were created by this owner since `limit.since`. */
  | { kind: 'limited' };

/** Fields of one client a manager changes; absent = unchanged. */
export interface ClientPatch {
  stage?: Stage;
  relationshipType?: RelationshipType;
  /** Reassign (the caller checks the actor is an admin). */
  owner?: string;
}

/** A visit report to save, with the people the manager ticked to add as contacts. */
export interface VisitInput {
  visit: Visit;
  people: Person[];
}

export interface ArchiveStore {
  // ---- reads --------------------------------------------------------------------------------
  /**
   * The clients the viewer sees, in the order they were added, a page at a time. For a manager
   * one book (hundreds of rows); for an admin every client, so admins' pages matter.
   */
  clientSummaries(viewer: Viewer, page?: PageRequest): Promise<Page<ClientSummary>>;

  /**
   * The viewer's client that `query` names (an id, or a name matched by core `findClients`:
   * exact normalized name, prefix, substring without the city, near candidates when none).
   * Another owner's client is never found nor offered as a candidate to a manager.
   */
  findClients(viewer: Viewer, query: string): Promise<ClientMatch<ClientSummary>>;

  /** One client with its contact logs and visits (newest first), if the viewer sees it; else undefined. */
  clientCard(viewer: Viewer, clientId: string): Promise<ClientCard | undefined>;

  /**
   * Clients as stored (with contacts and guarantees), in the order they were added, a page at a
   * time (exports, migration). `owner` narrows to one manager. Pages read while others write may
   * see a client added meanwhile or not, but never one twice nor one skipped that existed before.
   */
  exportClients(filter: { owner?: string }, page?: PageRequest): Promise<Page<Client>>;

  /**
   * Visit reports with their client's name and owner, newest first (by date, then the later
   * saved), a page at a time; `owner` narrows to one manager's clients.
   */
  exportVisits(filter: { owner?: string }, page?: PageRequest): Promise<Page<{ visit: Visit; clientName: string; owner: string }>>;

  /** Every owner with at least one client, with a revision token per owner (sorted by owner). */
  owners(): Promise<OwnerRevision[]>;

  /** One owner's nudge inputs (all of that owner's clients, logs, visits and nudge log entries). */
  nudgeInputs(owner: string): Promise<NudgeInputs>;

  /** The client with this id, whoever owns it (the caller checks who may act), or undefined. */
  clientById(clientId: string): Promise<Client | undefined>;

  /** Whether the scheduled nudge run of `today` (YYYY-MM-DD) was recorded. */
  hasRun(today: string): Promise<boolean>;

  // ---- writes -------------------------------------------------------------------------------
  /**
   * Adds `client` (its id new) unless its owner already has one with the same normalized name
   * (→ duplicate), or, with `limit`, the owner created `limit.max` clients since `limit.since`
   * (→ limited). Check and insert are one atomic step: two concurrent adds of the same normalized
   * name for one owner give one `added` and one `duplicate`.
   */
  addClient(client: Client, limit?: { since: string; max: number }): Promise<AddClientResult>;

  /** Changes one visible client's fields and stamps `updatedAt = at`; undefined when the viewer does not see it. */
  updateClient(viewer: Viewer, clientId: string, patch: ClientPatch, at: string): Promise<Client | undefined>;

  /** Moves every client of `from` to `to` (admins); resolves with the names moved, in the order added. */
  reassignAll(from: string, to: string, at: string): Promise<string[]>;

  /**
   * Appends a contact log to a visible client and moves its lastContact forward (core
   * `withContact`), in one step; undefined (nothing written) when the viewer does not see it.
   */
  logContact(viewer: Viewer, log: ContactLog, at: string): Promise<Client | undefined>;

  /**
   * Saves a visit report on a visible client, adds the ticked people not yet on file (core
   * `withVisit`) and moves lastContact forward, in one step. Resolves with the client after the
   * change and the people actually added; undefined (nothing written) when not visible.
   */
  saveVisit(viewer: Viewer, input: VisitInput, at: string): Promise<{ client: Client; added: Person[] } | undefined>;

  /**
   * Merges a batch of import rows (core `applyRows`: matched by normalized name, new ids from
   * `options.newId`) in one transaction. `dryRun`: computed on the current data, nothing written.
   */
  importClients(rows: ImportRow[], options: ApplyOptions, dryRun?: boolean): Promise<ApplyResult>;

  /**
   * Claims nudges before they are sent: records each 'sent' unless its own record or its
   * occurrence's holds it back at this moment (core `heldByOwnRecords`: sent, dismissed, snoozed
   * past `today`; a 'failed' one may be claimed again). Client-wide holds (a snoozed dormancy, a
   * snoozed follow-up) are applied by the caller when it computes the nudges (core `pendingNudges`
   * over `nudgeInputs`); a snooze made between that read and the claim may let one reminder through.
   * Resolves with the nudges this call claimed. Any number of concurrent callers with the same
   * nudge: exactly one gets it.
   */
  claimNudges(nudges: readonly Nudge[], today: string, at: string): Promise<Nudge[]>;

  /** Records that the scheduled run of `today` happened (idempotent). */
  recordRun(today: string, at: string): Promise<void>;

  /** Drops nudge log entries recorded before `keepFrom` (YYYY-MM-DD) unless snoozed past `today`. Resolves with how many. */
  pruneNudgeLog(keepFrom: string, today: string): Promise<number>;

  /** A send failed: these keys go from 'sent' back to 'failed' (a snooze or dismissal made meanwhile stays). */
  markNudgesFailed(keys: readonly string[], at: string): Promise<void>;

  /** 稍后提醒: the reminder `key` is held back until `until` (YYYY-MM-DD). */
  snoozeNudge(key: string, until: string, at: string): Promise<void>;

  /** 不再提醒 / handled: the occurrence (and its ahead/overdue reminders) is not sent again. */
  dismissNudge(occurrence: string, at: string): Promise<void>;

  /** Waits for operations in flight, releases resources; later calls reject. */
  close(): Promise<void>;
}
