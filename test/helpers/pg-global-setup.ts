/**
 * vitest globalSetup: one throwaway PostgreSQL cluster for the whole run (test/helpers/pg-cluster.ts),
 * provided to test files as `pgAdminUrl` (read it with `pgAdminUrl()` from test/helpers/pg.ts).
 * TEST_DATABASE_URL set → that server is used instead and nothing is started.
 * No binaries → the run goes on; only the PostgreSQL tests fail, with the reason.
 */
import type { TestProject } from 'vitest/node';
import { startPgCluster, type PgCluster } from './pg-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgUnavailable: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.TEST_DATABASE_URL?.trim();
  if (given) {
    project.provide('pgAdminUrl', given);
    project.provide('pgUnavailable', '');
    return () => {};
  }
  let cluster: PgCluster | undefined;
  try {
    cluster = await startPgCluster();
    project.provide('pgAdminUrl', cluster.url);
    project.provide('pgUnavailable', '');
  } catch (e) {
    project.provide('pgAdminUrl', '');
    project.provide('pgUnavailable', (e as Error).message);
  }
  return () => cluster?.stop();
}
