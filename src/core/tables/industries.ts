/** 2.1 industries and 4.2 life stages, from data/industries.json, zod-checked at load. */
import { z } from 'zod';
import raw from '../../../data/industries.json' with { type: 'json' };
import type { Industry, LifeStage } from '../types.js';

const IndustryRow = z.object({
  id: z.enum(['manufacturing', 'trade', 'services', 'real_estate']),
  section: z.literal('2.1'),
  name: z.string().min(1),
  examples: z.array(z.string()),
});
const LifeStageRow = z.object({
  id: z.enum(['startup', 'growth', 'mature', 'decline']),
  section: z.literal('4.2'),
  name: z.string().min(1),
  /** False when the stage is our completion of the handbook's 等. */
  named: z.boolean(),
});

const Table = z.object({ industries: z.array(IndustryRow).length(4), lifeStages: z.array(LifeStageRow).length(4) });
const parsed = Table.parse(raw);

export type IndustryRow = z.infer<typeof IndustryRow>;
export type LifeStageRow = z.infer<typeof LifeStageRow>;
export const industries: IndustryRow[] = parsed.industries;
export const lifeStages: LifeStageRow[] = parsed.lifeStages;

export function industryById(id: Industry): IndustryRow {
  const r = industries.find((x) => x.id === id);
  if (!r) throw new Error(`unknown industry ${id}`);
  return r;
}

export function lifeStageById(id: LifeStage): LifeStageRow {
  const r = lifeStages.find((x) => x.id === id);
  if (!r) throw new Error(`unknown life stage ${id}`);
  return r;
}
