/**
 * Rows ↔ archive records for the PostgreSQL store. Reads come back through the archive's zod
 * schemas (a row that fails them is STORE_CORRUPT, never passed on); writes are parsed first
 * (sanitised text, checked figures; a failure is STORE_WRITE_FAILED and nothing is written).
 */
import type pg from 'pg';
import { AppError } from '../../core/errors.js';
import { Client, ContactLog, NudgeLog, Visit } from '../../core/archive/model.js';
import { normalizeName } from '../../core/archive/names.js';
import { parseNudgeKey } from '../../core/nudges/index.js';
import type { ClientSummary } from '../../ports/store.js';

/** SELECT list of a whole client (people and guarantees as JSON arrays in their order). */
export const CLIENT_COLUMNS = `c.id, c.seq, c.owner, c.name, c.industry, c.region, c.figures, c.class, c.stage, c.relationship_type, c.last_contact, c.created_at, c.updated_at,
  COALESCE((SELECT json_agg(json_build_object('name', p.name, 'role', p.role, 'phone', p.phone, 'birthday', p.birthday, 'anniversaries', p.anniversaries) ORDER BY p.pos)
            FROM client_contacts p WHERE p.client_id = c.id), '[]'::json) AS people,
  COALESCE((SELECT json_agg(json_build_object('product', g.product, 'amount', g.amount, 'start', g.start_date, 'due', g.due) ORDER BY g.pos)
            FROM guarantees g WHERE g.client_id = c.id), '[]'::json) AS guars`;

/** SELECT list of a client summary, lastActivity included (core/archive/activity.ts: the latest of the three). */
export const SUMMARY_COLUMNS = `c.id, c.seq, c.owner, c.name, c.class, c.stage, c.relationship_type, c.created_at,
  GREATEST(c.last_contact, (SELECT max(l.date) FROM contact_logs l WHERE l.client_id = c.id), (SELECT max(v.date) FROM visits v WHERE v.client_id = c.id)) AS last_activity`;

/** Drops null and undefined values (SQL NULL → an absent optional field). */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
}

function corrupt(what: string, id: unknown, err: unknown): AppError {
  return new AppError('STORE_CORRUPT', `${what} ${String(id)} in the database fails the schema: ${(err as Error).message}`, '客户档案数据库中有一条记录格式不对，已停止使用以保护数据，请联系管理员。');
}

function checked<T>(schema: { parse(x: unknown): T }, x: unknown, what: string, id: unknown): T {
  try {
    return schema.parse(x);
  } catch (e) {
    throw corrupt(what, id, e);
  }
}

export function toWrite<T>(schema: { parse(x: unknown): T }, x: unknown, what: string): T {
  try {
    return schema.parse(x);
  } catch (e) {
    throw new AppError('STORE_WRITE_FAILED', `${what} fails the schema: ${(e as Error).message}`, '客户档案保存失败：内容不符合格式要求，没有写入任何内容。');
  }
}

export function clientOf(r: Record<string, unknown>): Client {
  return checked(
    Client,
    compact({
      id: r.id,
      name: r.name,
      owner: r.owner,
      industry: r.industry,
      region: r.region,
      figures: r.figures ?? {},
      class: r.class,
      stage: r.stage,
      relationshipType: r.relationship_type,
      lastContact: r.last_contact,
      contacts: (r.people as object[]).map(compact),
      guarantees: (r.guars as object[]).map(compact),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }),
    'client',
    r.id,
  );
}

export function summaryOf(r: Record<string, unknown>): ClientSummary {
  return compact({
    id: r.id as string,
    name: r.name as string,
    owner: r.owner as string,
    class: r.class as ClientSummary['class'],
    stage: r.stage as ClientSummary['stage'],
    relationshipType: r.relationship_type as ClientSummary['relationshipType'],
    lastActivity: r.last_activity as string | undefined,
    createdAt: r.created_at as string,
  });
}

export function contactLogOf(r: Record<string, unknown>): ContactLog {
  return checked(ContactLog, { id: r.id, clientId: r.client_id, date: r.date, note: r.note, by: r.by_user }, 'contact log', r.id);
}

export function visitOf(r: Record<string, unknown>): Visit {
  return checked(Visit, compact({ id: r.id, clientId: r.client_id, date: r.date, author: r.author, fields: r.fields, nextFollowUp: r.next_follow_up }), 'visit', r.id);
}

export function nudgeLogOf(r: Record<string, unknown>): NudgeLog {
  return checked(NudgeLog, compact({ key: r.key, status: r.status, at: r.at, until: r.until }), 'nudge log entry', r.key);
}

/** Writes a whole client (validated): the row upserted (`insert`: inserted, an existing id is an error), its people and guarantees replaced. */
export async function saveClient(tx: pg.PoolClient, input: Client, o: { insert?: boolean } = {}): Promise<Client> {
  const c = toWrite(Client, input, 'client');
  const upsert = `ON CONFLICT (id) DO UPDATE SET owner = EXCLUDED.owner, name = EXCLUDED.name, name_norm = EXCLUDED.name_norm, industry = EXCLUDED.industry,
       region = EXCLUDED.region, figures = EXCLUDED.figures, class = EXCLUDED.class, stage = EXCLUDED.stage, relationship_type = EXCLUDED.relationship_type,
       last_contact = EXCLUDED.last_contact, created_at = EXCLUDED.created_at, updated_at = EXCLUDED.updated_at`;
  await tx.query(
    `INSERT INTO clients (id, owner, name, name_norm, industry, region, figures, class, stage, relationship_type, last_contact, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ${o.insert ? '' : upsert}`,
    [
      c.id,
      c.owner,
      c.name,
      normalizeName(c.name),
      c.industry ?? null,
      c.region ?? null,
      JSON.stringify(c.figures),
      c.class ?? null,
      c.stage ?? null,
      c.relationshipType ?? null,
      c.lastContact ?? null,
      c.createdAt,
      c.updatedAt,
    ],
  );
  await bumpOwners(tx, [c.owner]);
  if (o.insert && !c.contacts.length && !c.guarantees.length) return c;
  await tx.query('DELETE FROM client_contacts WHERE client_id = $1', [c.id]);
  await tx.query('DELETE FROM guarantees WHERE client_id = $1', [c.id]);
  if (c.contacts.length)
    await tx.query(
      `INSERT INTO client_contacts (client_id, pos, name, role, phone, birthday, anniversaries)
       SELECT $1, p.pos, p.name, p.role, p.phone, p.birthday, p.anniversaries FROM jsonb_to_recordset($2::jsonb) AS p(pos int, name text, role text, phone text, birthday text, anniversaries jsonb)`,
      [c.id, JSON.stringify(c.contacts.map((p, pos) => ({ pos, ...p })))],
    );
  if (c.guarantees.length)
    await tx.query(
      `INSERT INTO guarantees (client_id, pos, product, amount, start_date, due)
       SELECT $1, g.pos, g.product, g.amount, g.start::date, g.due::date FROM jsonb_to_recordset($2::jsonb) AS g(pos int, product text, amount numeric, start text, due text)`,
      [c.id, JSON.stringify(c.guarantees.map((g, pos) => ({ pos, ...g })))],
    );
  return c;
}

/** Moves the revision (ArchiveStore.owners()) of these owners, inside the caller's transaction. */
export async function bumpOwners(db: pg.PoolClient | pg.Pool, owners: readonly string[]): Promise<void> {
  if (!owners.length) return;
  await db.query('INSERT INTO owner_revisions (owner, rev) SELECT DISTINCT unnest($1::text[]), 1 ON CONFLICT (owner) DO UPDATE SET rev = owner_revisions.rev + 1', [[...new Set(owners)].sort()]);
}

/** Moves the revision of the owners of these clients (a nudge log change). */
export async function bumpOwnersOf(db: pg.PoolClient | pg.Pool, clientIds: readonly string[]): Promise<void> {
  if (!clientIds.length) return;
  await db.query(
    `INSERT INTO owner_revisions (owner, rev) SELECT DISTINCT owner, 1 FROM clients WHERE id = ANY($1) ORDER BY owner
     ON CONFLICT (owner) DO UPDATE SET rev = owner_revisions.rev + 1`,
    [[...clientIds]],
  );
}

/** Upserts the one log entry of `entry.key` (the log keeps one record per key: its latest state). */
export async function putNudgeLog(db: pg.PoolClient, entry: NudgeLog): Promise<void> {
  const e = toWrite(NudgeLog, entry, 'nudge log entry');
  const clientId = parseNudgeKey(e.key)?.clientId;
  if (clientId) await bumpOwnersOf(db, [clientId]);
  await db.query(
    `INSERT INTO nudges (key, client_id, status, at, until) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (key) DO UPDATE SET status = EXCLUDED.status, at = EXCLUDED.at, until = EXCLUDED.until`,
    [e.key, clientId ?? null, e.status, e.at, e.until ?? null],
  );
}

/** Inserts many new clients (validated) with their people and guarantees: three statements per batch (migrate-store, the bench). */
export async function insertClients(tx: pg.PoolClient, input: readonly Client[]): Promise<void> {
  if (!input.length) return;
  const cs = input.map((x) => toWrite(Client, x, 'client'));
  await tx.query(
    `INSERT INTO clients (id, owner, name, name_norm, industry, region, figures, class, stage, relationship_type, last_contact, created_at, updated_at)
     SELECT r.id, r.owner, r.name, r.name_norm, r.industry, r.region, coalesce(r.figures, '{}'::jsonb), r.class, r.stage, r.relationship_type, r.last_contact::date, r.created_at, r.updated_at
     FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(j, n),
          jsonb_to_record(e.j) AS r(id text, owner text, name text, name_norm text, industry text, region text, figures jsonb, class text, stage text,
          relationship_type text, last_contact text, created_at text, updated_at text)
     ORDER BY e.n`,
    [
      JSON.stringify(
        cs.map((c) => ({
          id: c.id,
          owner: c.owner,
          name: c.name,
          name_norm: normalizeName(c.name),
          industry: c.industry,
          region: c.region,
          figures: c.figures,
          class: c.class,
          stage: c.stage,
          relationship_type: c.relationshipType,
          last_contact: c.lastContact,
          created_at: c.createdAt,
          updated_at: c.updatedAt,
        })),
      ),
    ],
  );
  await bumpOwners(
    tx,
    cs.map((c) => c.owner),
  );
  const people = cs.flatMap((c) => c.contacts.map((p, pos) => ({ client_id: c.id, pos, ...p })));
  if (people.length)
    await tx.query(
      `INSERT INTO client_contacts (client_id, pos, name, role, phone, birthday, anniversaries)
       SELECT p.client_id, p.pos, p.name, p.role, p.phone, p.birthday, p.anniversaries FROM jsonb_to_recordset($1::jsonb) AS p(client_id text, pos int, name text, role text, phone text, birthday text, anniversaries jsonb)`,
      [JSON.stringify(people)],
    );
  const guars = cs.flatMap((c) => c.guarantees.map((g, pos) => ({ client_id: c.id, pos, ...g })));
  if (guars.length)
    await tx.query(
      `INSERT INTO guarantees (client_id, pos, product, amount, start_date, due)
       SELECT g.client_id, g.pos, g.product, g.amount, g.start::date, g.due::date FROM jsonb_to_recordset($1::jsonb) AS g(client_id text, pos int, product text, amount numeric, start text, due text)`,
      [JSON.stringify(guars)],
    );
}

/** Inserts contact logs and visits (validated), in the order given. */
export async function insertActivity(tx: pg.PoolClient, logs: readonly ContactLog[], visits: readonly Visit[]): Promise<void> {
  if (logs.length)
    await tx.query(
      `INSERT INTO contact_logs (id, client_id, date, note, by_user)
       SELECT r.id, r.client_id, r.date::date, r.note, r.by_user FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(j, n), jsonb_to_record(e.j) AS r(id text, client_id text, date text, note text, by_user text) ORDER BY e.n`,
      [JSON.stringify(logs.map((l) => toWrite(ContactLog, l, 'contact log')).map((l) => ({ id: l.id, client_id: l.clientId, date: l.date, note: l.note, by_user: l.by })))],
    );
  for (const v of visits.map((x) => toWrite(Visit, x, 'visit')))
    await tx.query('INSERT INTO visits (id, client_id, date, author, fields, next_follow_up) VALUES ($1, $2, $3, $4, $5, $6)', [
      v.id,
      v.clientId,
      v.date,
      v.author,
      JSON.stringify(v.fields),
      v.nextFollowUp ?? null,
    ]);
}
