/** The ArchiveStore contract (./contract.ts) against the in-memory store the use-case tests and fuzzers use (test/helpers/memory-store.ts). */
import { MemoryStore } from '../helpers/memory-store.js';
import { archiveStoreContract } from './contract.js';

archiveStoreContract('embedded (in-memory engine)', async () => ({ store: new MemoryStore() }));
