/**
 * Archive format migrations, oldest first. Each step takes the parsed JSON of version `from`
 * and returns version `from + 1`; the store backs the file up before running them and validates
 * the result with the current schema. Pure: no I/O, no clock.
 *
 * To change the format: bump SCHEMA_VERSION in ./model.ts, append a step here, add a test
 * with a file of the old version (test/store/migrate.test.ts).
 */
import { SCHEMA_VERSION } from './model.js';

export interface Migration {
  from: number;
  /** What changed, for the log and the docs. */
  description: string;
  up(old: Record<string, unknown>): Record<string, unknown>;
}

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asObject = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

export const migrations: Migration[] = [
  {
    from: 0,
    description:
      'v0 (the prototype: no schemaVersion, only `clients`, the manager in `manager`) → v1: ' +
      '`manager` → `owner`, figures/contacts/guarantees default to empty, contacts/visits/nudges/events lists added',
    up(old) {
      return {
        schemaVersion: 1,
        clients: asArray(old.clients).map((raw) => {
          const { manager, ...c } = asObject(raw);
          return {
            ...c,
            owner: c.owner ?? manager,
            figures: asObject(c.figures),
            contacts: asArray(c.contacts),
            guarantees: asArray(c.guarantees),
          };
        }),
        contacts: asArray(old.contacts),
        visits: asArray(old.visits),
        nudges: asArray(old.nudges),
        events: asArray(old.events),
      };
    },
  },
];

/** The version a parsed file claims: a missing schemaVersion is v0; anything else not an integer is NaN. */
export function versionOf(data: unknown): number {
  const v = asObject(data).schemaVersion;
  if (v === undefined) return 0;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : Number.NaN;
}

/**
 * Runs the steps from the file's version up to SCHEMA_VERSION.
 * @example migrate({ clients: [] }).data // { schemaVersion: 1, clients: [], contacts: [], … }
 */
export function migrate(data: unknown, list: readonly Migration[] = migrations, target = SCHEMA_VERSION): { data: unknown; applied: Migration[] } {
  let v = versionOf(data);
  let current = asObject(data);
  const applied: Migration[] = [];
  while (v < target) {
    const step = list.find((m) => m.from === v);
    if (!step) throw new Error(`no migration from archive version ${v}`);
    current = step.up(current);
    applied.push(step);
    v += 1;
  }
  return { data: current, applied };
}
