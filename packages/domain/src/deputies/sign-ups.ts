import { z } from 'zod';
import type { BilingualMessage } from '../common/messages';
import type { IsoDay } from '../time/days';

// Activity sign-up (issue 14): the office invites deputies to a duty activity by name or publishes
// it to all; a deputy signs up or declines before it starts. Attendance stays the office's record.

export const SIGN_UP_RESPONSES = ['invited', 'signed_up', 'declined'] as const;
export type SignUpResponse = (typeof SIGN_UP_RESPONSES)[number];
export const SIGN_UP_RESPONSE_LABELS: Record<SignUpResponse, BilingualMessage> = {
  invited: { zh: '待回复', en: 'Invited' },
  signed_up: { zh: '已报名', en: 'Signed up' },
  declined: { zh: '不参加', en: 'Declined' },
};

/** The office names who is invited (added to those already invited) and whether every serving deputy may sign up. */
export const activityInviteSchema = z.object({
  id: z.uuid(),
  deputyIds: z.array(z.uuid()).max(500).default([]),
  openToAllDeputies: z.boolean(),
});
export type ActivityInvite = z.infer<typeof activityInviteSchema>;

/** The deputy's activities and their duty record of a year (default: the current one). */
export const deputyActivitiesQuerySchema = z.object({ year: z.number().int().min(1990).max(2100).optional() }).default({});

/** A deputy's answer to an activity open to them. */
export const activitySignUpSchema = z.object({ activityId: z.uuid(), response: z.enum(['signed_up', 'declined']) });
export type ActivitySignUp = z.infer<typeof activitySignUpSchema>;

/**
 * Why a deputy cannot answer (null: they can): only before the activity's first day (county day);
 * on the day and after, what counts is the attendance the office records.
 */
export function signUpRefusal(activityDate: IsoDay, today: IsoDay): BilingualMessage | null {
  if (activityDate <= today) return { zh: '活动已开始，报名已截止', en: 'the activity has begun: sign-up is closed' };
  return null;
}
