import { percentShare } from '../common/share';
import { refinedBy, type DayCheck } from '../common/validation-issues';
import { z } from 'zod';
import { listQuerySchema } from '../common/list-query';
import { isoDay, optionalText, requiredText, ruleIssue, type Labels } from './common';

/** Annual duty reviews (述职评议), documents (文件收发登记) and exemplary deeds (先进事迹). */
export const DUTY_REVIEW_FORMS = ['written', 'oral'] as const;
export const DUTY_REVIEW_FORM_LABELS: Labels<(typeof DUTY_REVIEW_FORMS)[number]> = { written: { zh: '书面', en: 'Written' }, oral: { zh: '口头', en: 'Oral' } };
export const DUTY_REVIEW_VENUES = ['session', 'voters_meeting', 'group_meeting'] as const;
export const DUTY_REVIEW_VENUE_LABELS: Labels<(typeof DUTY_REVIEW_VENUES)[number]> = {
  session: { zh: '人代会', en: 'Congress session' },
  voters_meeting: { zh: '选民代表会议', en: "Voters' representatives meeting" },
  group_meeting: { zh: '代表小组会议', en: 'Deputy-group meeting' },
};

const voteCount = z.number().int().min(0).max(100_000);
const reviewFields = z.object({
  deputyId: z.uuid(),
  year: z.number().int().min(1990).max(2100),
  date: isoDay,
  form: z.enum(DUTY_REVIEW_FORMS),
  venue: z.enum(DUTY_REVIEW_VENUES),
  votesSatisfied: voteCount,
  votesBasicallySatisfied: voteCount,
  votesUnsatisfied: voteCount,
  note: optionalText(1000),
});

/** The review falls in its year (or the January after), and not in the future. */
export const checkDutyReview: DayCheck<z.infer<typeof reviewFields>> = (input, today) => {
  const issues: z.core.$ZodIssue[] = [];
  if (!input.date.startsWith(`${input.year}-`) && !input.date.startsWith(`${input.year + 1}-01`)) {
    issues.push(ruleIssue(['date'], input.date, '应在评议年度内（或次年1月）', 'must fall in the review year (or the January after)'));
  }
  if (today !== null && input.date > today) issues.push(ruleIssue(['date'], input.date, '不能晚于今天', 'cannot be in the future'));
  return issues;
};
export const dutyReviewCreateSchema = refinedBy(reviewFields, checkDutyReview);
export type DutyReviewCreateInput = z.input<typeof dutyReviewCreateSchema>;
export const dutyReviewUpdateSchema = refinedBy(reviewFields.extend({ id: z.uuid(), version: z.number().int().min(0) }), checkDutyReview);
export const dutyReviewListSchema = listQuerySchema(['date', 'deputyName', 'satisfaction']).extend({ year: z.number().int().min(1990).max(2100).optional() });

/** Satisfaction of a duty review: (satisfied + basically satisfied) / votes; null without votes. */
export function reviewSatisfaction(v: { votesSatisfied: number; votesBasicallySatisfied: number; votesUnsatisfied: number }): number | null {
  const total = v.votesSatisfied + v.votesBasicallySatisfied + v.votesUnsatisfied;
  return percentShare(v.votesSatisfied + v.votesBasicallySatisfied, total);
}

export const CONGRESS_DOCUMENT_DIRECTIONS = ['incoming', 'outgoing'] as const;
export type CongressDocumentDirection = (typeof CONGRESS_DOCUMENT_DIRECTIONS)[number];
export const CONGRESS_DOCUMENT_DIRECTION_LABELS: Labels<CongressDocumentDirection> = { incoming: { zh: '收文', en: 'Received' }, outgoing: { zh: '发文', en: 'Sent' } };

export const congressDocumentCreateSchema = z.object({
  direction: z.enum(CONGRESS_DOCUMENT_DIRECTIONS),
  date: isoDay,
  docNumber: optionalText(50),
  title: requiredText(200),
  counterpart: requiredText(100),
  handling: optionalText(1000),
  handledBy: optionalText(30),
});
export type CongressDocumentCreateInput = z.input<typeof congressDocumentCreateSchema>;
export const congressDocumentUpdateSchema = congressDocumentCreateSchema.extend({ id: z.uuid(), version: z.number().int().min(0) });
export const congressDocumentListSchema = listQuerySchema(['date', 'title', 'docNumber', 'counterpart']).extend({
  direction: z.enum(CONGRESS_DOCUMENT_DIRECTIONS).optional(),
  year: z.number().int().min(1990).max(2100).optional(),
});

export const deputyDeedCreateSchema = z.object({
  deputyId: z.uuid(),
  date: isoDay,
  title: requiredText(100),
  description: optionalText(5000),
  recognition: optionalText(100),
});
export type DeputyDeedCreateInput = z.input<typeof deputyDeedCreateSchema>;
export const deputyDeedUpdateSchema = deputyDeedCreateSchema.extend({ id: z.uuid(), version: z.number().int().min(0) });
export const deputyDeedListSchema = listQuerySchema(['date', 'title', 'deputyName']).extend({
  deputyId: z.uuid().optional(),
  year: z.number().int().min(1990).max(2100).optional(),
});

/** One deputy's duty profile for a year. */
export const dutyProfileQuerySchema = z.object({ deputyId: z.uuid(), year: z.number().int().min(1990).max(2100) });
export const dutyProfilesListSchema = listQuerySchema(['name', 'points', 'activities', 'attendanceRate', 'groupName']).extend({
  year: z.number().int().min(1990).max(2100),
  groupId: z.uuid().optional(),
});
