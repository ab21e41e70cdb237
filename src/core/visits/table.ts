/** The visit-report and visit-preparation table (data/visits.json), checked at load. */
import { z } from 'zod';
import raw from '../../../data/visits.json' with { type: 'json' };

export const REPORT_FIELDS = ['拜访对象', '参加人员', '会谈地点', '会谈目标', '准备工作', '主要内容和达成的共识', '遇到的问题', '下一步工作重点及建议'] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

const Table = z
  .object({
    reportFields: z.array(z.object({ field: z.enum(REPORT_FIELDS), section: z.literal('4.2'), labels: z.array(z.string().min(1)).min(1) })).length(REPORT_FIELDS.length),
    followUpDays: z.object({ kind: z.literal('setting'), value: z.number().int().min(1).max(365), note: z.string() }),
    prep: z.object({
      section: z.literal('4.1'),
      collect: z.array(z.string()).min(1),
      plan: z.array(z.string()).min(1),
      materials: z.array(z.string()).min(1),
      appointment: z.array(z.string()).min(1),
    }),
  })
  .loose();

export const visitTable = Table.parse(raw);

/**
 * The dates of a visit report: the visit has happened (not after today) and the follow-up is not
 * before it. Returns the field at fault and why, or null. One rule for the modal and the save.
 */
export function visitDatesProblem(visitDate: string | undefined, nextFollowUp: string | undefined, today: string): { field: 'visitDate' | 'nextFollowUp'; message: string } | null {
  if (!visitDate || visitDate > today) return { field: 'visitDate', message: '拜访日期不能晚于今天' };
  if (!nextFollowUp || nextFollowUp < visitDate) return { field: 'nextFollowUp', message: '下次跟进日期应不早于拜访日期' };
  return null;
}
