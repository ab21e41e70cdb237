/** The archive the use-case fuzzers start from: a few clients of three managers, with contacts. */
import { emptyArchive, type Client } from '../../src/core/archive/model.js';
import { MemoryStore } from '../helpers/memory-store.js';

const T = '2026-01-01T00:00:00.000Z';

function client(id: string, name: string, owner: string, extra: Partial<Client> = {}): Client {
  return { id, name, owner, figures: {}, contacts: [], guarantees: [], createdAt: T, updatedAt: T, ...extra };
}

export function seededStore(): MemoryStore {
  return new MemoryStore({
    ...emptyArchive(),
    clients: [
      client('c1', '合肥某某科技有限公司', 'UZHANG', {
        class: 'B',
        figures: { netAssets: 12_000_000, revenue: 35_000_000 },
        contacts: [{ name: '王建国', phone: '13800001234', birthday: '12-04' }],
        lastContact: '2026-10-20',
      }),
      client('c2', '合肥甲科技有限公司', 'ULI', { guarantees: [{ product: 'bank_loan', amount: 5_000_000, due: '2026-12-31' }] }),
      client('c3', '另一家公司', 'UOTHER'),
      client('c4', '某某贸易', 'UZHANG', { stage: '形成期' }),
    ],
  });
}
