/**
 * The ArchiveStore (src/ports/store.ts) on PostgreSQL: one query (or one transaction) per
 * operation, so any number of instances share the archive. Decisions stay in core: names are
 * matched by core `findClients`, a contact or a visit changes the client by core `withContact` /
 * `withVisit`, imports merge by core `applyRows`, nudges are held back by core `heldBack`.
 *
 * Atomicity across instances:
 * - one normalised name per owner: the UNIQUE (owner, name_norm) constraint (`addClient` inserts
 *   with ON CONFLICT DO NOTHING, so two concurrent adds give one `added`, one `duplicate`);
 * - a client changed by a read-modify-write (a contact, a visit, a field) is read `FOR UPDATE`;
 * - nudge claims: each key is inserted, or moved from the state this call read, with one
 *   conditional statement (`ON CONFLICT … DO UPDATE … WHERE` the row is still as read): of any
 *   number of concurrent claims exactly one gets the row;
 * - imports hold a transaction-scoped advisory lock (one import batch at a time; others wait).
 * Errors: pool.ts `pgError` (STORE_UNAVAILABLE when the database is unreachable).
 */
import type pg from 'pg';
import { AppError } from '../../core/errors.js';
import { withContact, withVisit } from '../../core/archive/changes.js';
import { applyRows, type ApplyResult } from '../../core/archive/import-rows.js';
import { emptyArchive, type Client } from '../../core/archive/model.js';
import { findClients, normalizeName } from '../../core/archive/names.js';
import type { Viewer } from '../../core/clients/access.js';
import { heldByOwnRecords, parseNudgeKey, runKey, type Nudge } from '../../core/nudges/index.js';
import { dismissRecord } from '../../core/nudges/log.js';
import type { ArchiveStore, ClientSummary, Page, PageRequest } from '../../ports/store.js';
import { query as run, sqlState, withTransaction } from './pool.js';
import { CLIENT_COLUMNS, SUMMARY_COLUMNS, bumpOwners, bumpOwnersOf, clientOf, contactLogOf, insertActivity, nudgeLogOf, putNudgeLog, saveClient, summaryOf, visitOf } from './rows.js';

const IMPORT_LOCK = 0x67645f69; // 'gd_i'
const OWNER_LOCK = 0x67645f6f; // 'gd_o' (with hashtext(owner)): addClient's limit check

function pageOf(req: PageRequest | undefined): { after: number; limit: number } {
  const after = req?.after === undefined ? 0 : Number(req.after);
  if (!Number.isSafeInteger(after) || after < 0) throw new AppError('INPUT_INVALID', `bad page cursor ${req?.after}`, '分页参数无效，请从第一页重新开始。');
  return { after, limit: Math.max(1, Math.min(req?.limit ?? 1000, 10_000)) };
}

function paged<T>(rows: Record<string, unknown>[], limit: number, map: (r: Record<string, unknown>) => T, cursor: (r: Record<string, unknown>) => string): Page<T> {
  const items = rows.slice(0, limit).map(map);
  return rows.length > limit ? { items, next: cursor(rows[limit - 1]!) } : { items };
}

const visibleTo = (viewer: Viewer, param: number) => (viewer.isAdmin ? 'TRUE' : `c.owner = $${param}`);

export interface PgStoreOptions {
  pool: pg.Pool;
}

export function pgArchiveStore({ pool }: PgStoreOptions): ArchiveStore {
  let closed = false;
  let inFlight = 0;
  let drained: (() => void) | undefined;

  /** Every operation: refused after close(); counted, so close() waits for it. */
  const op = async <T>(fn: () => Promise<T>): Promise<T> => {
    if (closed) throw new AppError('INTERNAL', 'the archive store is closed', '客户档案已关闭，请稍后再试。');
    inFlight += 1;
    try {
      return await fn();
    } finally {
      inFlight -= 1;
      if (inFlight === 0) drained?.();
    }
  };
  const q = (text: string, values?: unknown[]) => run(pool, text, values);
  const tx = <T>(fn: (c: pg.PoolClient) => Promise<T>) => withTransaction(pool, fn);

  /** The visible client `id`, locked for update inside `c`'s transaction. */
  const lockVisible = async (c: pg.PoolClient, viewer: Viewer, id: string): Promise<Client | undefined> => {
    const r = await c.query<Record<string, unknown>>(`SELECT ${CLIENT_COLUMNS} FROM clients c WHERE c.id = $1 AND ${visibleTo(viewer, 2)} FOR UPDATE`, viewer.isAdmin ? [id] : [id, viewer.userId]);
    return r.rows[0] ? clientOf(r.rows[0]) : undefined;
  };

  const summaryById = async (db: pg.PoolClient | pg.Pool, where: string, values: unknown[]): Promise<ClientSummary | undefined> => {
    const r = await db.query<Record<string, unknown>>(`SELECT ${SUMMARY_COLUMNS} FROM clients c WHERE ${where}`, values);
    return r.rows[0] ? summaryOf(r.rows[0]) : undefined;
  };

  return {
    clientSummaries: (viewer, page) =>
      op(async () => {
        const { after, limit } = pageOf(page);
        // A manager's page: (owner, seq) is the same order for one owner and matches the clients_owner index.
        const r = await q(
          `SELECT ${SUMMARY_COLUMNS} FROM clients c WHERE c.seq > $1 AND ${visibleTo(viewer, 3)} ORDER BY ${viewer.isAdmin ? 'c.seq' : 'c.owner, c.seq'} LIMIT $2`,
          viewer.isAdmin ? [after, limit + 1] : [after, limit + 1, viewer.userId],
        );
        return paged(r.rows, limit, summaryOf, (x) => String(x.seq));
      }),

    findClients: (viewer, query) =>
      op(async () => {
        // The core decides the match over the viewer's clients (a manager's book is hundreds of rows).
        const byId = await summaryById(pool, `c.id = $1 AND ${visibleTo(viewer, 2)}`, viewer.isAdmin ? [query.trim()] : [query.trim(), viewer.userId]);
        if (byId) return findClients({ clients: [byId] }, byId.id);
        const r = await q(`SELECT ${SUMMARY_COLUMNS} FROM clients c WHERE ${visibleTo(viewer, 1)} ORDER BY c.seq`, viewer.isAdmin ? [] : [viewer.userId]);
        return findClients({ clients: r.rows.map(summaryOf) }, query);
      }),

    clientCard: (viewer, clientId) =>
      op(async () => {
        const r = await q(`SELECT ${CLIENT_COLUMNS} FROM clients c WHERE c.id = $1 AND ${visibleTo(viewer, 2)}`, viewer.isAdmin ? [clientId] : [clientId, viewer.userId]);
        if (!r.rows[0]) return undefined;
        const [logs, visits] = await Promise.all([
          q('SELECT * FROM contact_logs WHERE client_id = $1 ORDER BY date DESC, seq DESC', [clientId]),
          q('SELECT * FROM visits WHERE client_id = $1 ORDER BY date DESC, seq DESC', [clientId]),
        ]);
        return { client: clientOf(r.rows[0]), contacts: logs.rows.map(contactLogOf), visits: visits.rows.map(visitOf) };
      }),

    exportClients: (filter, page) =>
      op(async () => {
        const { after, limit } = pageOf(page);
        const r = filter.owner
          ? await q(`SELECT ${CLIENT_COLUMNS} FROM clients c WHERE c.seq > $1 AND c.owner = $3 ORDER BY c.owner, c.seq LIMIT $2`, [after, limit + 1, filter.owner])
          : await q(`SELECT ${CLIENT_COLUMNS} FROM clients c WHERE c.seq > $1 ORDER BY c.seq LIMIT $2`, [after, limit + 1]);
        return paged(r.rows, limit, clientOf, (x) => String(x.seq));
      }),

    exportVisits: (filter, page) =>
      op(async () => {
        // Newest first: (date, seq) descending; the cursor is the last row's position in that order.
        const limit = Math.max(1, Math.min(page?.limit ?? 1000, 10_000));
        const [date, seq] = page?.after ? page.after.split('|') : [undefined, undefined];
        if (page?.after && (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '') || !/^\d+$/.test(seq ?? ''))) throw new AppError('INPUT_INVALID', 'bad page cursor', '分页参数无效，请从第一页重新开始。');
        const r = await q(
          `SELECT v.*, c.name AS client_name, c.owner AS client_owner FROM visits v JOIN clients c ON c.id = v.client_id
           WHERE ($1::text IS NULL OR c.owner = $1) AND ($2::date IS NULL OR (v.date, v.seq) < ($2::date, $3::bigint))
           ORDER BY v.date DESC, v.seq DESC LIMIT $4`,
          [filter.owner ?? null, date ?? null, seq ?? null, limit + 1],
        );
        return paged(
          r.rows,
          limit,
          (x) => ({ visit: visitOf(x), clientName: x.client_name as string, owner: x.client_owner as string }),
          (x) => `${x.date as string}|${String(x.seq)}`,
        );
      }),

    owners: () =>
      op(async () => {
        const r = await q(`SELECT r.owner, r.rev FROM owner_revisions r WHERE EXISTS (SELECT 1 FROM clients c WHERE c.owner = r.owner) ORDER BY r.owner COLLATE "C"`);
        return r.rows.map((x) => ({ owner: x.owner as string, revision: String(x.rev) }));
      }),

    nudgeInputs: (owner) =>
      op(async () => {
        const clients = (await q(`SELECT ${CLIENT_COLUMNS} FROM clients c WHERE c.owner = $1 ORDER BY c.owner, c.seq`, [owner])).rows.map(clientOf);
        const ids = clients.map((c) => c.id);
        const [logs, visits, log] = await Promise.all([
          q('SELECT * FROM contact_logs WHERE client_id = ANY($1) ORDER BY seq', [ids]),
          q('SELECT * FROM visits WHERE client_id = ANY($1) ORDER BY seq', [ids]),
          q('SELECT * FROM nudges WHERE client_id = ANY($1) ORDER BY key', [ids]),
        ]);
        return { owner, clients, contacts: logs.rows.map(contactLogOf), visits: visits.rows.map(visitOf), log: log.rows.map(nudgeLogOf) };
      }),

    clientById: (clientId) =>
      op(async () => {
        const r = await q(`SELECT ${CLIENT_COLUMNS} FROM clients c WHERE c.id = $1`, [clientId]);
        return r.rows[0] ? clientOf(r.rows[0]) : undefined;
      }),

    hasRun: (today) => op(async () => (await q('SELECT 1 FROM nudges WHERE key = $1', [runKey(today)])).rowCount === 1),

    addClient: (client, limit) =>
      op(() =>
        tx(async (c) => {
          if (limit) {
            await c.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [OWNER_LOCK, client.owner]);
            const n = await c.query<{ n: string }>('SELECT count(*) AS n FROM clients WHERE owner = $1 AND created_at::timestamptz >= $2::timestamptz', [client.owner, limit.since]);
            if (Number(n.rows[0]?.n ?? 0) >= limit.max) return { kind: 'limited' as const };
          }
          const existing = await summaryById(c, 'c.owner = $1 AND c.name_norm = $2', [client.owner, normalizeName(client.name)]);
          if (existing) return { kind: 'duplicate' as const, existing };
          await c.query('SAVEPOINT add_client');
          try {
            return { kind: 'added' as const, client: await saveClient(c, client, { insert: true }) };
          } catch (e) {
            // A concurrent add of the same normalised name committed first: the constraint says so.
            if (sqlState(e) !== '23505') throw e;
            await c.query('ROLLBACK TO SAVEPOINT add_client');
            const dup = await summaryById(c, 'c.owner = $1 AND c.name_norm = $2', [client.owner, normalizeName(client.name)]);
            if (!dup) throw e;
            return { kind: 'duplicate' as const, existing: dup };
          }
        }),
      ),

    updateClient: (viewer, clientId, patch, at) =>
      op(() =>
        tx(async (c) => {
          const client = await lockVisible(c, viewer, clientId);
          if (!client) return undefined;
          const next: Client = {
            ...client,
            ...(patch.stage ? { stage: patch.stage } : {}),
            ...(patch.relationshipType ? { relationshipType: patch.relationshipType } : {}),
            ...(patch.owner ? { owner: patch.owner } : {}),
            updatedAt: at,
          };
          if (next.owner !== client.owner) await bumpOwners(c, [client.owner]);
          return saveClient(c, next);
        }),
      ),

    reassignAll: (from, to, at) =>
      op(() =>
        tx(async (c) => {
          const r = await c.query<{ name: string }>('WITH moved AS (UPDATE clients SET owner = $2, updated_at = $3 WHERE owner = $1 RETURNING name, seq) SELECT name FROM moved ORDER BY seq', [
            from,
            to,
            at,
          ]);
          if (r.rowCount) await bumpOwners(c, [from, to]);
          return r.rows.map((x) => x.name);
        }),
      ),

    logContact: (viewer, log, at) =>
      op(() =>
        tx(async (c) => {
          const client = await lockVisible(c, viewer, log.clientId);
          if (!client) return undefined;
          await insertActivity(c, [log], []);
          return saveClient(c, withContact(client, log.date, at));
        }),
      ),

    saveVisit: (viewer, input, at) =>
      op(() =>
        tx(async (c) => {
          const client = await lockVisible(c, viewer, input.visit.clientId);
          if (!client) return undefined;
          await insertActivity(c, [], [input.visit]);
          const changed = withVisit(client, input.visit.date, input.people, at);
          return { client: await saveClient(c, changed.client), added: changed.added };
        }),
      ),

    importClients: (rows, options, dryRun = false) =>
      op(() =>
        tx(async (c): Promise<ApplyResult> => {
          await c.query('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
          const keys = [...new Set(rows.map((r) => normalizeName(r.name)))];
          const found = (await c.query(`SELECT ${CLIENT_COLUMNS} FROM clients c WHERE c.name_norm = ANY($1) ORDER BY c.seq FOR UPDATE`, [keys])).rows.map(clientOf);
          const before = new Map(found.map((x) => [x.id, JSON.stringify(x)]));
          const draft = { ...emptyArchive(), clients: found.map((x) => structuredClone(x)) };
          const result = applyRows(draft, rows, options);
          if (dryRun) {
            await c.query('ROLLBACK');
            await c.query('BEGIN'); // withTransaction commits an empty transaction
            return result;
          }
          for (const x of draft.clients) if (before.get(x.id) !== JSON.stringify(x)) await saveClient(c, x);
          return result;
        }),
      ),

    claimNudges: (nudges, today, at) =>
      op(() =>
        tx(async (c) => {
          if (!nudges.length) return [];
          const read = new Map(
            (await c.query<Record<string, unknown>>('SELECT * FROM nudges WHERE key = ANY($1)', [nudges.flatMap((n) => [n.key, n.occurrence])])).rows.map((r) => [r.key as string, nudgeLogOf(r)]),
          );
          const claimed = new Map<string, Nudge>();
          for (const n of nudges) {
            const own = read.get(n.key);
            if (claimed.has(n.key) || heldByOwnRecords(n, own, n.occurrence === n.key ? undefined : read.get(n.occurrence), today)) continue;
            // Inserted if still absent, or moved from exactly the state read: of concurrent callers one wins.
            const r = await c.query(
              `INSERT INTO nudges (key, client_id, status, at) VALUES ($1, $2, 'sent', $3)
               ON CONFLICT (key) DO UPDATE SET status = 'sent', at = EXCLUDED.at, until = NULL
               WHERE $4::boolean AND nudges.status = $5 AND nudges.at = $6
               RETURNING key`,
              [n.key, parseNudgeKey(n.key)?.clientId ?? n.clientId, at, own !== undefined, own?.status ?? '', own?.at ?? ''],
            );
            if (r.rowCount === 1) claimed.set(n.key, n);
          }
          await bumpOwnersOf(
            c,
            [...claimed.values()].map((n) => n.clientId),
          );
          return [...claimed.values()];
        }),
      ),

    recordRun: (today, at) =>
      op(async () => {
        await q("INSERT INTO nudges (key, status, at) VALUES ($1, 'sent', $2) ON CONFLICT (key) DO NOTHING", [runKey(today), at]);
      }),

    pruneNudgeLog: (keepFrom, today) =>
      op(() =>
        tx(async (c) => {
          // core keptInLog: kept when recorded on or after keepFrom, or snoozed past today.
          const r = await c.query<{ client_id: string | null }>("DELETE FROM nudges WHERE substr(at, 1, 10) < $1 AND NOT (substr(coalesce(until, ''), 1, 10) > $2) RETURNING client_id", [
            keepFrom,
            today,
          ]);
          await bumpOwnersOf(
            c,
            r.rows.map((x) => x.client_id).filter((x): x is string => !!x),
          );
          return r.rowCount ?? 0;
        }),
      ),

    markNudgesFailed: (keys, at) =>
      op(() =>
        tx(async (c) => {
          // core failedRecord: only a claim ('sent') goes back to 'failed'; a snooze or dismissal stays.
          const r = await c.query<{ client_id: string | null }>("UPDATE nudges SET status = 'failed', at = $2, until = NULL WHERE key = ANY($1) AND status = 'sent' RETURNING client_id", [
            [...keys],
            at,
          ]);
          await bumpOwnersOf(
            c,
            r.rows.map((x) => x.client_id).filter((x): x is string => !!x),
          );
        }),
      ),

    snoozeNudge: (key, until, at) => op(() => tx((c) => putNudgeLog(c, { key, status: 'snoozed', at, until }))),

    dismissNudge: (occurrence, at) => op(() => tx((c) => putNudgeLog(c, dismissRecord(occurrence, at)))),

    async close() {
      closed = true;
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
    },
  };
}
