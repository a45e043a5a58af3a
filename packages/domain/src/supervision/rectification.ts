import { z } from 'zod';
import type { BilingualMessage } from '../common/messages';
import { listQuerySchema } from '../common/list-query';
import { assigneeSchema } from '../suggestions/suggestion';

/**
 * Rectification tasks (整改, DOMAIN-DETAIL §3.14): from a finding of a supervision activity,
 * from deliberation opinions after a work report (审议意见, §3.6), or from a petition
 * forwarded to a unit. All three are tracked the same way.
 */
export const RECTIFICATION_SOURCES = ['finding', 'deliberation_opinion', 'petition'] as const;
export type RectificationSource = (typeof RECTIFICATION_SOURCES)[number];
export const RECTIFICATION_SOURCE_LABELS: Record<RectificationSource, BilingualMessage> = {
  finding: { zh: '监督发现问题', en: 'Supervision finding' },
  deliberation_opinion: { zh: '审议意见', en: 'Deliberation opinions' },
  petition: { zh: '信访交办', en: 'Petition' },
};

export const RECTIFICATION_STATES = ['issued', 'in_progress', 'reported', 'verified', 'cancelled'] as const;
export type RectificationState = (typeof RECTIFICATION_STATES)[number];
export const RECTIFICATION_STATE_LABELS: Record<RectificationState, BilingualMessage> = {
  issued: { zh: '已交办', en: 'Issued' },
  in_progress: { zh: '整改中', en: 'In progress' },
  reported: { zh: '已报告待核验', en: 'Reported' },
  verified: { zh: '已核验销号', en: 'Verified' },
  cancelled: { zh: '已撤销', en: 'Cancelled' },
};
export const RECTIFICATION_OPEN_STATES = ['issued', 'in_progress'] as const satisfies readonly RectificationState[];

const id = z.uuid();
const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);

/** A finding (or the deliberation opinions) of an activity, issued as a rectification task. */
export const rectificationIssueSchema = z.object({
  source: z.enum(['finding', 'deliberation_opinion']),
  activityId: id,
  title: text(100),
  description: text(5000),
  requirement: z.string().trim().max(2000).nullable().optional(),
  assignee: assigneeSchema,
  /** Without it, the township's default (`rectification.default_due_days` or `deliberation.reply_due_days`). */
  dueOn: z.iso.date().optional(),
});
export type RectificationIssue = z.infer<typeof rectificationIssueSchema>;

/** Payloads of the rectification workflow's steps (the step procedure takes `{ id, version, action, payload }`). */
export const rectificationPayloads = {
  record_progress: z.object({ note: text(2000) }),
  report: z.object({ content: text(5000) }),
  verify_accept: z.object({ reason: z.string().trim().max(1000).optional() }),
  /** Back to the unit with a reason; the new deadline defaults to the township's rule from today. */
  verify_reject: z.object({ reason: text(1000), dueOn: isoDate.optional() }),
  extend: z.object({ dueOn: isoDate, reason: text(500) }),
  urge: z.object({ note: text(1000) }),
  mark_key: z.object({ note: z.string().trim().max(500).optional() }),
  unmark_key: z.object({ note: z.string().trim().max(500).optional() }),
  cancel: z.object({ reason: text(500) }),
};
export type RectificationPayloads = typeof rectificationPayloads;

export const rectificationFilterSchema = z.object({
  states: z.array(z.enum(RECTIFICATION_STATES)).optional(),
  source: z.enum(RECTIFICATION_SOURCES).optional(),
  handlingUnitId: id.optional(),
  departmentId: id.optional(),
  activityId: id.optional(),
  overdue: z.boolean().optional(),
  isKey: z.boolean().optional(),
});
export type RectificationFilter = z.infer<typeof rectificationFilterSchema>;
export const rectificationListSchema = listQuerySchema(['number', 'title', 'issuedOn', 'dueOn', 'state']).extend(rectificationFilterSchema.shape);
