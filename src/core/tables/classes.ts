/**
 * 2.3 size classes (A/B/C/D) and 2.4 need categories, from data/classes.json, zod-checked at load.
 * Classes are tested in table order (D, A, B, then C); see docs/rules.md.
 */
import { z } from 'zod';
import raw from '../../../data/classes.json' with { type: 'json' };

/** The figures a threshold may test (keys of LabelledFigures). */
export const thresholdFigures = ['netAssets', 'totalAssets', 'revenue', 'profit', 'debtRatio', 'yearsInBusiness'] as const;
export type ThresholdFigure = (typeof thresholdFigures)[number];

/** gte = 以上/不低于, gt = 大于/超, lte = 以下/不超过/不大于, lt = 不满. */
export const ThresholdOp = z.enum(['gte', 'gt', 'lte', 'lt']);
export type ThresholdOp = z.infer<typeof ThresholdOp>;

export const Threshold = z.object({
  figure: z.enum(thresholdFigures),
  op: ThresholdOp,
  value: z.number().finite(),
  quote: z.string().min(1),
});
export type Threshold = z.infer<typeof Threshold>;

export const classIds = ['A', 'B', 'C', 'D'] as const;
export type ClassId = (typeof classIds)[number];

const SizeClass = z.object({
  id: z.enum(classIds),
  section: z.literal('2.3'),
  name: z.string().min(1),
  label: z.string().min(1),
  description: z.string().min(1),
  test: z.enum(['any', 'all', 'otherwise']),
  conditions: z.array(Threshold),
});
export type SizeClass = z.infer<typeof SizeClass>;

const NeedCategory = z.object({
  id: z.enum(['guarantee', 'funding', 'other']),
  section: z.literal('2.4'),
  name: z.string().min(1),
});
export type NeedCategory = z.infer<typeof NeedCategory>;

const ClassTable = z.object({ sizeClasses: z.array(SizeClass).length(4), needCategories: z.array(NeedCategory).length(3) }).superRefine((t, ctx) => {
  const ids = t.sizeClasses.map((c) => c.id).sort();
  if (ids.join() !== 'A,B,C,D') ctx.addIssue({ code: 'custom', message: 'classes must be A, B, C, D once each' });
  const last = t.sizeClasses[t.sizeClasses.length - 1];
  if (last?.test !== 'otherwise') ctx.addIssue({ code: 'custom', message: 'the last class must be the otherwise class' });
});

const parsed = ClassTable.parse(raw);

/** In evaluation order: the first class whose test holds is the class. */
export const sizeClasses: SizeClass[] = parsed.sizeClasses;
export const needCategories: NeedCategory[] = parsed.needCategories;

export function sizeClassById(id: ClassId): SizeClass {
  const c = sizeClasses.find((x) => x.id === id);
  if (!c) throw new Error(`unknown class ${id}`);
  return c;
}
