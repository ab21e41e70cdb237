/**
 * The PostgreSQL connection pool (`pg`) with every timeout set, and the one place that turns a
 * database failure into a coded AppError (`pgError`).
 *
 * - connect: 5 s (`connectionTimeoutMillis`); a statement: 10 s on the server (`statement_timeout`)
 *   and 15 s on the client (`query_timeout`); a transaction left idle: 15 s; idle connections are
 *   closed after 30 s. A pool of 10 per process by default.
 * - The pool reconnects by itself: a connection the server dropped is discarded (the pool's
 *   'error' event is logged, never thrown), and the next query opens a new one.
 * - Dates (`date` columns) come back as the 'YYYY-MM-DD' strings the archive model uses.
 */
import pg from 'pg';
import { AppError } from '../../core/errors.js';

export interface PgPoolOptions {
  url: string;
  max?: number;
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
  /** Told about a dropped idle connection (the pool replaces it). */
  onIdleError?: (err: Error) => void;
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;
const types: pg.CustomTypesConfig = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE_OID) return (v: string) => v;
    if (oid === INT8_OID || oid === NUMERIC_OID) return (v: string) => Number(v);
    // @types/pg declares the default parser's result as any; it is the driver's own parser, returned as is.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    return pg.types.getTypeParser(oid, format);
  },
};

export function createPool(o: PgPoolOptions): pg.Pool {
  const statement = o.statementTimeoutMs ?? 10_000;
  const pool = new pg.Pool({
    connectionString: o.url,
    max: o.max ?? 10,
    connectionTimeoutMillis: o.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: statement,
    query_timeout: statement + 5_000,
    idle_in_transaction_session_timeout: statement + 5_000,
    application_name: 'guarantee-desk',
    types,
  });
  pool.on('error', (err) => o.onIdleError?.(err));
  return pool;
}

/** SQLSTATE classes and socket errors that mean "the database is not reachable right now". */
function unreachable(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' ? e.code : '';
  if (/^(08|53|57P0)/.test(code)) return true;
  if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', '57014'].includes(code)) return true;
  const message = typeof e?.message === 'string' ? e.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection closed|connect ECONNREFUSED|Query read timeout/i.test(message);
}

export const STORE_UNAVAILABLE_MESSAGE = '客户档案暂时连不上数据库，请稍后再试；如果刚才在保存，请稍后查看是否已保存。';

/** The SQLSTATE (or the driver's socket code, e.g. ECONNREFUSED) of a database error; '' when none. Not an AppError code. */
export function sqlState(err: unknown): string {
  const code = (err as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : '';
}

/** Any error from a database call as a coded AppError (an AppError passes through). */
export function pgError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = sqlState(err);
  if (unreachable(err)) return new AppError('STORE_UNAVAILABLE', `database unavailable (${code || 'connection'})`, STORE_UNAVAILABLE_MESSAGE);
  return new AppError('STORE_WRITE_FAILED', `database error ${code}: ${(err as Error)?.message ?? err}`, '客户档案保存失败，没有写入任何内容，请稍后再试。');
}

/** Runs `fn` on one connection inside BEGIN … COMMIT (ROLLBACK on any error); errors come out coded. */
export async function withTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (e) {
    throw pgError(e);
  }
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    broken = unreachable(e);
    if (!broken) await client.query('ROLLBACK').catch(() => (broken = true));
    throw pgError(e);
  } finally {
    client.release(broken);
  }
}

/** One query on the pool, errors coded. */
export async function query<R extends pg.QueryResultRow = pg.QueryResultRow>(pool: pg.Pool | pg.PoolClient, text: string, values?: unknown[]): Promise<pg.QueryResult<R>> {
  try {
    return await pool.query<R>(text, values);
  } catch (e) {
    throw pgError(e);
  }
}
