/**
 * Who sees which clients: a manager sees their own; an admin sees all. Every lookup of client data
 * goes through here, so the rule lives in one place.
 */
import type { Archive } from '../archive/model.js';

export interface Viewer {
  userId: string;
  isAdmin: boolean;
}

export function visibleClients<A extends Pick<Archive, 'clients'>>(archive: A, viewer: Viewer): Pick<Archive, 'clients'> {
  return viewer.isAdmin ? archive : { clients: archive.clients.filter((c) => c.owner === viewer.userId) };
}
