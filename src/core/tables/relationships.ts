/**
 * 15.3.2.1 relationship types, 15.3.2.2 selection rule, 15.3.2.5.x relationship life cycle,
 * from data/relationships.json, zod-checked at load.
 */
import { z } from 'zod';
import raw from '../../../data/relationships.json' with { type: 'json' };

export const relationshipTypeIds = ['basic', 'reactive', 'accountable', 'proactive', 'partner'] as const;
export type RelationshipTypeId = (typeof relationshipTypeIds)[number];

const TypeRow = z.object({
  id: z.enum(relationshipTypeIds),
  section: z.literal('15.3.2.1'),
  name: z.string().min(1),
  feature: z.string().min(1),
});
const SelectionRow = z.object({ section: z.literal('15.3.2.2'), when: z.string().min(1), type: z.enum(relationshipTypeIds) });
const LifecycleRow = z.object({
  id: z.enum(['考察期', '形成期', '稳定期', '退化期']),
  section: z.string().regex(/^15\.3\.2\.5\.\d$/),
  name: z.string().min(1),
  feature: z.string().min(1),
});

const Table = z.object({
  types: z.array(TypeRow).length(5),
  selection: z.array(SelectionRow).min(1),
  selectionNote: z.object({ section: z.literal('15.3.2.2'), text: z.string().min(1) }),
  lifecycle: z.array(LifecycleRow).length(4),
});
const parsed = Table.parse(raw);

export type RelationshipType = z.infer<typeof TypeRow>;
export type LifecycleRow = z.infer<typeof LifecycleRow>;
export const relationshipTypes: RelationshipType[] = parsed.types;
export const relationshipSelectionNote = parsed.selectionNote;

export function relationshipTypeById(id: RelationshipTypeId): RelationshipType {
  const r = relationshipTypes.find((x) => x.id === id);
  if (!r) throw new Error(`unknown relationship type ${id}`);
  return r;
}
