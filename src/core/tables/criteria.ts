/**
 * Checklists from data/criteria.json, zod-checked at load:
 * 2.5 目标客户的条件 (five criteria) and 1.1 客户基本条件 (bank-loan client conditions).
 */
import { z } from 'zod';
import raw from '../../../data/criteria.json' with { type: 'json' };
import { ThresholdOp, thresholdFigures } from './classes.js';

const Check = z
  .object({
    id: z.string().min(1),
    text: z.string().min(1),
    figure: z.enum(thresholdFigures).optional(),
    op: ThresholdOp.optional(),
    value: z.number().finite().optional(),
    /** The figure can only show the check is not met (one year's profit cannot prove 连续盈利). */
    refuteOnly: z.boolean().optional(),
  })
  .refine((c) => (c.figure === undefined) === (c.op === undefined) && (c.op === undefined) === (c.value === undefined), {
    message: 'a numeric check needs figure, op and value together',
  });
export type Check = z.infer<typeof Check>;

const Criterion = z.object({
  no: z.number().int().positive(),
  section: z.enum(['2.5', '1.1']),
  text: z.string().min(1),
  checks: z.array(Check).min(1),
});
export type Criterion = z.infer<typeof Criterion>;

const CriteriaTable = z.object({
  targetClient: z.array(Criterion).length(5),
  bankLoanConditions: z.array(Criterion).length(8),
});

const parsed = CriteriaTable.parse(raw);

/** 2.5 目标客户的条件, five criteria. */
export const targetClientCriteria: Criterion[] = parsed.targetClient;
/** 1.1 客户基本条件 (bank loan guarantee). */
export const bankLoanConditions: Criterion[] = parsed.bankLoanConditions;
