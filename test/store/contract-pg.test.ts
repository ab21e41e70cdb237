/** The ArchiveStore contract (test/store/contract.ts) against the PostgreSQL adapter on the run's real server; a fresh database per test. */
import { openPgStores } from '../../src/adapters/pg/index.js';
import { freshDatabase } from '../helpers/pg.js';
import { archiveStoreContract } from './contract.js';

archiveStoreContract('PostgreSQL', async () => {
  const url = await freshDatabase();
  let stores = openPgStores({ url });
  await stores.ready();
  return {
    store: stores.archive,
    reopen: async () => {
      await stores.close();
      stores = openPgStores({ url });
      return stores.archive;
    },
    cleanup: () => stores.close(),
  };
});
