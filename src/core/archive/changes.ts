/**
 * What a logged contact or a saved visit changes on its client: the pure decisions both store
 * adapters apply inside their transaction (src/ports/store.ts logContact, saveVisit), so the
 * embedded store and PostgreSQL change a client the same way. No I/O; `at` is passed in.
 */
import { known } from '../visits/contacts.js';
import type { Client, Person } from './model.js';

/** A person's name or title as offered by the visit extractor: letters only, short (王总, 李会计). */
const PERSON_WORDS = /^[\p{L}·]{1,20}$/u;

/**
 * The client after a contact (or visit) on `date`: lastContact moves forward, never back.
 * @example withContact({ ...c, lastContact: '2026-11-01' }, '2026-10-01', at).lastContact // '2026-11-01'
 */
export function withContact(client: Client, date: string, at: string): Client {
  const lastContact = !client.lastContact || date > client.lastContact ? date : client.lastContact;
  return { ...client, lastContact, updatedAt: at };
}

/**
 * The client after a visit report on `date` with the people the manager ticked: each is added
 * unless it is not a name (anything but letters, over 20) or already on file (core/visits/contacts
 * `known`: 王总 ~ 王建国（总经理）). Names must already be sanitised by the caller.
 * @example withVisit(c, '2026-11-20', [{ name: '王总' }], at).added // [{ name: '王总' }] unless known
 */
export function withVisit(client: Client, date: string, people: readonly Person[], at: string): { client: Client; added: Person[] } {
  const contacts = [...client.contacts];
  const added: Person[] = [];
  for (const p of people) {
    const name = p.name.trim();
    const role = (p.role ?? '').trim();
    if (!PERSON_WORDS.test(name) || (role && !PERSON_WORDS.test(role)) || known(contacts, { name })) continue;
    const person: Person = { name, ...(role ? { role } : {}) };
    contacts.push(person);
    added.push(person);
  }
  return { client: withContact({ ...client, contacts }, date, at), added };
}
