import { z } from 'zod';
import type { BilingualMessage } from '../common/messages';
import { listQuerySchema } from '../common/list-query';

/** Forms of supervision work (DOMAIN-DETAIL §1.6, §3.5). */
export const SUPERVISION_KINDS = ['inspection', 'law_enforcement_check', 'survey', 'work_report_hearing', 'department_appraisal'] as const;
export type SupervisionKind = (typeof SUPERVISION_KINDS)[number];
export const SUPERVISION_KIND_LABELS: Record<SupervisionKind, BilingualMessage> = {
  inspection: { zh: '视察', en: 'Inspection' },
  law_enforcement_check: { zh: '执法检查', en: 'Law-enforcement check' },
  survey: { zh: '专题调研', en: 'Survey' },
  work_report_hearing: { zh: '听取专项工作报告', en: 'Hearing a work report' },
  department_appraisal: { zh: '工作评议', en: 'Appraisal of a department' },
};

export const PLAN_STATES = ['draft', 'approved'] as const;
export type PlanState = (typeof PLAN_STATES)[number];
export const PLAN_STATE_LABELS: Record<PlanState, BilingualMessage> = {
  draft: { zh: '草拟', en: 'Draft' },
  approved: { zh: '已通过', en: 'Approved' },
};

export const ACTIVITY_STATES = ['planned', 'completed'] as const;
export type ActivityState = (typeof ACTIVITY_STATES)[number];
export const ACTIVITY_STATE_LABELS: Record<ActivityState, BilingualMessage> = {
  planned: { zh: '计划中', en: 'Planned' },
  completed: { zh: '已完成', en: 'Completed' },
};

export const PARTICIPANT_ROLES = ['deputy', 'presidium', 'staff', 'department', 'other'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, BilingualMessage> = {
  deputy: { zh: '人大代表', en: 'Deputy' },
  presidium: { zh: '主席团成员', en: 'Presidium member' },
  staff: { zh: '人大办工作人员', en: 'Office staff' },
  department: { zh: '部门人员', en: 'Department staff' },
  other: { zh: '其他', en: 'Other' },
};

const id = z.uuid();
const version = z.number().int().min(0);
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const isoDate = z.iso.date();

export const planCreateSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  title: text(100),
  items: z
    .array(z.object({ kind: z.enum(SUPERVISION_KINDS), title: text(100), subject: optionalText(200), plannedMonth: z.number().int().min(1).max(12).nullable().optional() }))
    .max(50)
    .default([]),
});
export type PlanCreate = z.infer<typeof planCreateSchema>;
export const planItemAddSchema = z.object({
  planId: id,
  kind: z.enum(SUPERVISION_KINDS),
  title: text(100),
  subject: optionalText(200),
  plannedMonth: z.number().int().min(1).max(12).nullable().optional(),
});
export const planApproveSchema = z.object({ id, version });

export const participantSchema = z.object({
  name: text(30),
  role: z.enum(PARTICIPANT_ROLES),
  deputyId: id.nullable().optional(),
});
export const activityCreateSchema = z
  .object({
    kind: z.enum(SUPERVISION_KINDS),
    title: text(100),
    subject: optionalText(200),
    planItemId: id.nullable().optional(),
    startDate: isoDate,
    endDate: isoDate.nullable().optional(),
    location: optionalText(100),
    jointWithCounty: z.boolean().default(false),
    participants: z.array(participantSchema).max(200).default([]),
    /** An entry already in the deputies' duty ledger that is this same event, linked instead of a new one. */
    dutyActivityId: id.nullable().optional(),
  })
  .refine((a) => !a.endDate || a.endDate >= a.startDate, {
    path: ['endDate'],
    message: 'The end date cannot be before the start date',
    params: { zh: '结束日期不能早于开始日期', en: 'cannot be before the start date' },
  });
export type ActivityCreate = z.infer<typeof activityCreateSchema>;
/** Ledger entries a new activity of these days could be (the same event entered there first). */
export const linkableDutyActivitiesSchema = z.object({ startDate: isoDate, endDate: isoDate.nullable().optional() });
export const activityReportSchema = z.object({ id, version, report: text(10000) });

export const activityListSchema = listQuerySchema(['startDate', 'title', 'kind']).extend({
  kind: z.enum(SUPERVISION_KINDS).optional(),
  year: z.number().int().min(2000).max(2100).optional(),
});

/** Petitions from the public (信访, DOMAIN-DETAIL §3.15). */
export const PETITION_CHANNELS = ['letter', 'visit', 'phone', 'online'] as const;
export type PetitionChannel = (typeof PETITION_CHANNELS)[number];
export const PETITION_CHANNEL_LABELS: Record<PetitionChannel, BilingualMessage> = {
  letter: { zh: '来信', en: 'Letter' },
  visit: { zh: '来访', en: 'Visit' },
  phone: { zh: '来电', en: 'Phone' },
  online: { zh: '网上', en: 'Online' },
};
export const PETITION_CATEGORIES = ['land', 'demolition', 'labour', 'village_affairs', 'environment', 'social_security', 'infrastructure', 'other'] as const;
export type PetitionCategory = (typeof PETITION_CATEGORIES)[number];
export const PETITION_CATEGORY_LABELS: Record<PetitionCategory, BilingualMessage> = {
  land: { zh: '土地征收', en: 'Land acquisition' },
  demolition: { zh: '拆迁安置', en: 'Demolition and resettlement' },
  labour: { zh: '劳动纠纷', en: 'Labour dispute' },
  village_affairs: { zh: '村务（选举、财务公开）', en: 'Village affairs' },
  environment: { zh: '环境污染', en: 'Pollution' },
  social_security: { zh: '社会保障', en: 'Social security' },
  infrastructure: { zh: '基础设施', en: 'Infrastructure' },
  other: { zh: '其他', en: 'Other' },
};

export const petitionCreateSchema = z.object({
  receivedOn: isoDate,
  channel: z.enum(PETITION_CHANNELS),
  petitionerName: text(30),
  petitionerContact: optionalText(50),
  category: z.enum(PETITION_CATEGORIES),
  subject: text(100),
  content: text(5000),
});
export type PetitionCreate = z.infer<typeof petitionCreateSchema>;
export const petitionListSchema = listQuerySchema(['receivedOn', 'number', 'state']).extend({ state: z.enum(['registered', 'forwarded', 'converted', 'closed']).optional() });

const assignee = z.discriminatedUnion('type', [z.object({ type: z.literal('unit'), id }), z.object({ type: z.literal('department'), id })]);
/** Payloads of the petition workflow's steps (the step procedure takes `{ id, version, action, payload }`). */
export const petitionPayloads = {
  /** Forwarded to a unit, tracked as a rectification task (source petition). */
  forward: z.object({ assignee, dueOn: isoDate.optional(), requirement: optionalText(2000) }),
  /** Turned into a finding of a supervision activity, tracked as that activity's rectification task. */
  convert: z.object({ activityId: id, assignee, dueOn: isoDate.optional(), requirement: optionalText(2000) }),
  close: z.object({ feedback: text(2000) }),
};
export type PetitionPayloads = typeof petitionPayloads;
