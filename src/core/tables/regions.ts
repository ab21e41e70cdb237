/**
 * Place table (handbook 2.2 and 1.1), checked by zod when the module loads.
 * Rows marked section 'setting' are company readings (docs/parsing.md) and carry a note.
 * Used by core/parse.
 */
import { z } from 'zod';
import raw from '../../../data/regions.json' with { type: 'json' };

const RegionRow = z.object({
  name: z.string().min(1),
  kind: z.enum(['hefei', 'outside']),
  section: z.union([z.string().regex(/^\d+(\.\d+)*$/), z.literal('setting')]),
  aliases: z.array(z.string().min(1)).min(1),
  /** Shown to the user when this row is matched; `{word}` is the text as typed. */
  note: z.string().min(1).optional(),
  /** The name as voice input writes it with a character of the same sound (飞西 → 肥西): read with a note. */
  soundAlikes: z.array(z.string().min(2)).optional(),
});

export const RegionTable = z
  .object({ places: z.array(RegionRow).min(1) })
  .loose()
  .superRefine((t, ctx) => {
    const seen = new Map<string, string>();
    for (const row of t.places) {
      if (row.section === 'setting' && row.kind === 'hefei' && !row.note) {
        ctx.addIssue({ code: 'custom', message: `${row.name}: a setting row for hefei needs a note` });
      }
      for (const a of [...row.aliases, ...(row.soundAlikes ?? [])]) {
        const other = seen.get(a);
        if (other !== undefined) ctx.addIssue({ code: 'custom', message: `alias ${a} in ${other} and ${row.name}` });
        seen.set(a, row.name);
      }
    }
  });

export type RegionRow = z.infer<typeof RegionRow>;

export const regions: RegionRow[] = RegionTable.parse(raw).places;
