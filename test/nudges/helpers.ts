/** Archives for nudge tests. */
import { emptyArchive, type Archive, type Client } from '../../src/core/archive/model.js';

export function client(id: string, over: Partial<Client> = {}): Client {
  return {
    id,
    name: `客户${id}`,
    owner: 'U0AAA',
    figures: {},
    contacts: [],
    guarantees: [],
    createdAt: '2020-01-01T00:00:00.000Z',
    updatedAt: '2020-01-01T00:00:00.000Z',
    ...over,
  };
}

export function archive(clients: Client[], over: Partial<Archive> = {}): Archive {
  return { ...emptyArchive(), clients, ...over };
}
