/**
 * People named in visit notes who are not yet among the client's contacts: offered in the report's
 * modal as 加入联系人 (4.2 参加人员; 5.1 keep the archive current). Pure.
 */
import type { Client, Person } from '../archive/model.js';
import type { Mention } from './people.js';
import { visitWords as W } from './words.js';

export interface Offer {
  name: string;
  role?: string;
}

/** At most this many offers (a note naming more is rare; the modal stays short). */
export const MAX_OFFERS = 8;

/**
 * Whether `m` names a contact already on file: the same name, or the same surname with the title
 * in the contact's name or role (王总 ~ 王建国（总经理）, 李会计 ~ 李梅（会计）).
 * @example known([{ name: '王建国', role: '总经理' }], { name: '王总', ours: false }) // true
 */
export function known(contacts: readonly Pick<Person, 'name' | 'role'>[], m: Pick<Mention, 'name'>): boolean {
  const title = W.titles.find((t) => m.name.endsWith(t) && m.name.length > t.length);
  const surname = m.name.startsWith('老') || m.name.startsWith('小') ? m.name.slice(1, 2) : m.name.slice(0, 1);
  return contacts.some((c) => {
    if (c.name === m.name) return true;
    if (!title || !c.name.startsWith(surname) || m.name.startsWith('老') || m.name.startsWith('小')) return false;
    return c.name.includes(title) || (c.role ?? '').includes(title);
  });
}

/** The client's people named in the notes and not on file (our colleagues are not offered). */
export function contactOffers(client: Pick<Client, 'contacts'>, people: readonly Mention[]): Offer[] {
  return people
    .filter((m) => !m.ours && !known(client.contacts, m))
    .slice(0, MAX_OFFERS)
    .map((m) => ({ name: m.name, ...(m.role ? { role: m.role } : {}) }));
}
