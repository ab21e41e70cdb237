/** The ArchiveStore contract (./contract.ts) against the embedded store on disk: the lowdb engine in a temp DATA_DIR. */
import { openEmbeddedStore } from '../../src/adapters/embedded-store.js';
import { archiveStoreContract } from './contract.js';
import { tempDir } from './helpers.js';

archiveStoreContract('embedded (lowdb engine on disk)', async () => {
  const t = await tempDir();
  const subject = {
    store: await openEmbeddedStore({ dataDir: t.dir }),
    reopen: async () => {
      await subject.store.close();
      return openEmbeddedStore({ dataDir: t.dir });
    },
    cleanup: t.cleanup,
  };
  return subject;
});
