/**
 * When a client was last in touch: the latest of its lastContact, its logged contacts and its saved
 * visits. One definition for the nudges (dormancy), /client (list, card), the App Home and visit
 * preparation. Build the map once per archive, then look clients up: O(contacts + visits + clients).
 */
import type { Archive, Client } from './model.js';

/** clientId → latest ContactLog or Visit date. */
export function latestActivityByClient(archive: {
  readonly contacts: readonly Pick<Archive['contacts'][number], 'clientId' | 'date'>[];
  readonly visits: readonly Pick<Archive['visits'][number], 'clientId' | 'date'>[];
}): Map<string, string> {
  const out = new Map<string, string>();
  for (const list of [archive.contacts, archive.visits]) {
    for (const x of list) {
      const cur = out.get(x.clientId);
      if (!cur || x.date > cur) out.set(x.clientId, x.date);
    }
  }
  return out;
}

/** The latest of lastContact and the client's logged contacts and visits; undefined when none. */
export function lastActivity(client: Pick<Client, 'id' | 'lastContact'>, logs: ReadonlyMap<string, string>): string | undefined {
  const a = client.lastContact;
  const b = logs.get(client.id);
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}
