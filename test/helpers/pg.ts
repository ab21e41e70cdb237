/** PostgreSQL for a test file: the run's cluster (pg-global-setup.ts) and a fresh database per call. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** The run's server (a superuser URL). Throws the reason when there is none. */
export function pgAdminUrl(): string {
  const url = inject('pgAdminUrl');
  if (!url) throw new Error(`no PostgreSQL for the tests: ${inject('pgUnavailable')}`);
  return url;
}

/** Creates an empty database on the server at `adminUrl` (default: the run's) and returns its URL. */
export async function freshDatabase(adminUrl = pgAdminUrl()): Promise<string> {
  const name = `gd_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}
