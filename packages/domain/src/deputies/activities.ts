import { refinedBy, type DayCheck } from '../common/validation-issues';
import { z } from 'zod';
import { listQuerySchema } from '../common/list-query';
import { isoDay, optionalText, requiredText, ruleIssue } from './common';
import { DUTY_ACTIVITY_TYPES } from './activity-types';
// The names without the schemas live in ./activity-types (a screen may import them without zod); the index still finds them here.
export * from './activity-types';

const activityFields = z.object({
  type: z.enum(DUTY_ACTIVITY_TYPES),
  title: requiredText(100),
  date: isoDay,
  endDate: isoDay.nullable().optional(),
  place: optionalText(100),
  /** Set when a deputy group held the activity (代表小组活动). */
  groupId: z.uuid().nullable().optional(),
  organiser: optionalText(50),
  staffParticipants: optionalText(200),
  summary: optionalText(5000),
  participantIds: z.array(z.uuid()).max(2000).default([]),
});

export const checkDutyActivity: DayCheck<z.infer<typeof activityFields>> = (input, today) => {
  const issues: z.core.$ZodIssue[] = [];
  // A planned activity (after today, issue 14: deputies sign up for it) names no one yet: who
  // attended, and a group's activity, are recorded once it is held.
  if (today !== null && input.date > today && input.participantIds.length > 0) issues.push(ruleIssue(['participantIds'], input.participantIds, '活动尚未举行，不能登记参加代表', 'attendance cannot be recorded before the activity is held'));
  if (today !== null && input.date > today && input.groupId) issues.push(ruleIssue(['groupId'], input.groupId, '代表小组活动举行后再登记', "a deputy group's activity is recorded once held"));
  if (input.endDate && input.endDate < input.date) issues.push(ruleIssue(['endDate'], input.endDate, '不能早于开始日期', 'cannot be before the start date'));
  if (new Set(input.participantIds).size !== input.participantIds.length) issues.push(ruleIssue(['participantIds'], input.participantIds, '参加代表重复', 'lists a deputy twice'));
  return issues;
};

export const dutyActivityCreateSchema = refinedBy(activityFields, checkDutyActivity);
export type DutyActivityCreate = z.infer<typeof dutyActivityCreateSchema>;
export type DutyActivityCreateInput = z.input<typeof dutyActivityCreateSchema>;
export const dutyActivityUpdateSchema = refinedBy(activityFields.extend({ id: z.uuid(), version: z.number().int().min(0) }), checkDutyActivity);

export const dutyActivityListSchema = listQuerySchema(['date', 'title', 'type', 'participantCount']).extend({
  type: z.enum(DUTY_ACTIVITY_TYPES).optional(),
  groupId: z.uuid().optional(),
  deputyId: z.uuid().optional(),
  year: z.number().int().min(1990).max(2100).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
});
