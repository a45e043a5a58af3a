import { z } from 'zod';
import type { BilingualMessage } from '../common/messages';

// 述职报告 (issue 14): a deputy drafts their annual duty report in their workspace and submits it to
// the office; one per deputy and year (seed 000: 「代表每年…述职」).

export const DUTY_REPORT_STATES = ['draft', 'submitted'] as const;
export type DutyReportState = (typeof DUTY_REPORT_STATES)[number];

const version = z.number().int().min(0).max(2_147_483_647);

/** The deputy saves the report of a year: a new one (no version) or their draft as last read. */
export const dutyReportSaveSchema = z.object({
  year: z.number().int().min(1949).max(2200),
  text: z.string().trim().min(1).max(20000),
  version: version.optional(),
});
export type DutyReportSave = z.infer<typeof dutyReportSaveSchema>;

export const dutyReportSubmitSchema = z.object({ year: z.number().int().min(1949).max(2200), version });
export type DutyReportSubmit = z.infer<typeof dutyReportSubmitSchema>;

/** The office's list of reports: a year's, submitted ones only (a draft is the deputy's). */
export const dutyReportListSchema = z.object({ year: z.number().int().min(1949).max(2200) });

/**
 * Which years a deputy reports on (null: this one is allowed): the current year, and the last one
 * until the end of its following year (述职 on a year is held early in the next).
 */
export function dutyReportYearRefusal(year: number, currentYear: number): BilingualMessage | null {
  if (year > currentYear) return { zh: '不能为将来的年度述职', en: 'a year still to come cannot be reported on' };
  if (year < currentYear - 1) return { zh: '只能为本年度或上一年度述职', en: 'only this year or the last can be reported on' };
  return null;
}
