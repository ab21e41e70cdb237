/**
 * migrate-store: copies an archive (any ArchiveStore, read through the port: client pages, then
 * each owner's logs, visits and nudge log) into an empty PostgreSQL database, in one transaction,
 * then checks the counts inside that transaction before committing. A target that already holds
 * data is refused and left untouched (run it again on an empty database instead); a count that
 * does not match rolls everything back. Order is kept: clients, logs and visits in the order added.
 * Not copied: the run markers `run:<date>` (a claim of each reminder is copied, so nothing is sent
 * twice) and the Slack event ledger (24 h of retries).
 */
import type pg from 'pg';
import { AppError } from '../../core/errors.js';
import type { ArchiveStore } from '../../ports/store.js';
import { pgError } from './pool.js';
import { insertActivity, insertClients, putNudgeLog } from './rows.js';

export interface CopyCounts {
  clients: number;
  contacts: number;
  visits: number;
  nudges: number;
}

const COPY_LOCK = 0x67645f63; // 'gd_c'

export async function copyArchive(source: ArchiveStore, pool: pg.Pool, progress: (counts: CopyCounts) => void = () => {}): Promise<CopyCounts> {
  let tx: pg.PoolClient;
  try {
    tx = await pool.connect();
  } catch (e) {
    throw pgError(e);
  }
  const n: CopyCounts = { clients: 0, contacts: 0, visits: 0, nudges: 0 };
  try {
    await tx.query('BEGIN');
    await tx.query('SELECT pg_advisory_xact_lock($1)', [COPY_LOCK]);
    const there = await count(tx);
    if (there.clients + there.contacts + there.visits + there.nudges > 0)
      throw new AppError(
        'INPUT_INVALID',
        `target not empty: ${JSON.stringify(there)}`,
        `目标数据库已有数据（${there.clients}个客户、${there.contacts}条联系记录、${there.visits}份拜访报告、${there.nudges}条提醒记录），未复制任何内容。请换一个空数据库。`,
      );
    let after: string | undefined;
    do {
      const page = await source.exportClients({}, { limit: 1000, ...(after ? { after } : {}) });
      await insertClients(tx, page.items);
      n.clients += page.items.length;
      progress(n);
      after = page.next;
    } while (after);
    for (const { owner } of await source.owners()) {
      const inputs = await source.nudgeInputs(owner);
      await insertActivity(tx, inputs.contacts, inputs.visits);
      for (const entry of inputs.log) await putNudgeLog(tx, entry);
      n.contacts += inputs.contacts.length;
      n.visits += inputs.visits.length;
      n.nudges += inputs.log.length;
    }
    const copied = await count(tx);
    if (JSON.stringify(copied) !== JSON.stringify(n))
      throw new AppError('STORE_WRITE_FAILED', `counts differ after the copy: source ${JSON.stringify(n)}, target ${JSON.stringify(copied)}`, '复制后数量不一致，已全部撤销，目标数据库未改变。');
    await tx.query('COMMIT');
    return n;
  } catch (e) {
    await tx.query('ROLLBACK').catch(() => undefined);
    throw pgError(e);
  } finally {
    tx.release();
  }
}

async function count(tx: pg.PoolClient): Promise<CopyCounts> {
  const r = await tx.query(`SELECT (SELECT count(*) FROM clients) AS clients, (SELECT count(*) FROM contact_logs) AS contacts,
    (SELECT count(*) FROM visits) AS visits, (SELECT count(*) FROM nudges) AS nudges`);
  const x = r.rows[0] as Record<string, number>;
  return { clients: Number(x.clients), contacts: Number(x.contacts), visits: Number(x.visits), nudges: Number(x.nudges) };
}
