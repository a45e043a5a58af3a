import { z } from 'zod';
import { listQuerySchema } from '../common/list-query';
import { SUGGESTION_KINDS, SUGGESTION_SOURCES, SUGGESTION_TOPICS, SUGGESTION_STATES, SUGGESTION_COMPLEXITIES, REPLY_CLASSES, REPLY_FORMS, RESOLUTIONS, SATISFACTIONS } from './suggestion-terms';
// The names without the schemas live in ./suggestion-terms (a screen may import them without zod); the index still finds them here.
export * from './suggestion-terms';

const id = z.uuid();
const version = z.number().int().min(0);
const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.date();

export const suggestionCreateSchema = z
  .object({
    kind: z.enum(SUGGESTION_KINDS),
    source: z.enum(SUGGESTION_SOURCES),
    title: text(100),
    content: text(5000),
    topic: z.enum(SUGGESTION_TOPICS),
    leadDeputyId: id,
    coSignerIds: z.array(id).max(30).default([]),
    /** The congress session it was raised at (人代会), when source is session. */
    meetingId: id.nullish(),
    submittedOn: isoDate,
  })
  .refine((s) => !s.coSignerIds.includes(s.leadDeputyId) && new Set(s.coSignerIds).size === s.coSignerIds.length, {
    path: ['coSignerIds'],
    message: 'Co-signers must be distinct from each other and from the lead deputy',
    params: { zh: '附议代表不能重复，也不能是领衔代表', en: 'co-signers must be distinct and differ from the lead deputy' },
  })
  .refine((s) => s.source === 'session' || !s.meetingId, {
    path: ['meetingId'],
    message: 'Only a suggestion raised at a session names the session',
    params: { zh: '闭会期间提出的建议不关联人代会', en: 'only a suggestion raised at a session names the session' },
  });
export type SuggestionCreate = z.infer<typeof suggestionCreateSchema>;

/** A handling unit of the township or a county department (承办单位). */
export const assigneeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('unit'), id }),
  z.object({ type: z.literal('department'), id }),
]);
export type Assignee = z.infer<typeof assigneeSchema>;

const assignmentFields = {
  lead: assigneeSchema,
  co: z.array(assigneeSchema).max(10).default([]),
  complexity: z.enum(SUGGESTION_COMPLEXITIES),
};
/**
 * Assignment of many at once at the assignment meeting (交办会): all or none; each item
 * carries the version the office saw. One item is the `assign` step.
 */
export const suggestionAssignManySchema = z.object({
  items: z.array(z.object({ id, version, ...assignmentFields })).min(1).max(200),
  /** Assignment date; the deadline counts from it. Defaults to today; never in the future. */
  assignedOn: isoDate.optional(),
  note: z.string().trim().max(500).optional(),
});
export type SuggestionAssignMany = z.infer<typeof suggestionAssignManySchema>;

/** Payloads of the suggestion workflow's steps (the step procedure takes `{ id, version, action, payload }`). */
export const suggestionPayloads = {
  accept: z.object({ note: z.string().trim().max(500).optional() }),
  return: z.object({ reason: text(500) }),
  merge: z.object({ mergedIntoId: id, note: z.string().trim().max(500).optional() }),
  assign: z.object({ ...assignmentFields, assignedOn: isoDate.optional(), note: z.string().trim().max(500).optional() }),
  /** Other units take over; the deadline stays (an extension is its own step, with a reason). */
  reassign: z.object({ lead: assigneeSchema, co: assignmentFields.co, reason: text(500) }),
  extend: z.object({ dueOn: isoDate, reason: text(500) }),
  record_progress: z.object({ note: text(2000) }),
  reply: z
    .object({
      replyClass: z.enum(REPLY_CLASSES),
      replyForm: z.enum(REPLY_FORMS),
      content: text(5000),
      resolution: z.enum(RESOLUTIONS),
      resolutionNote: z.string().trim().max(2000).optional(),
    })
    .refine((r) => r.replyClass !== 'C' || (r.resolutionNote ?? '').length > 0, {
      path: ['resolutionNote'],
      message: 'A class C reply needs the explanation why it cannot be solved now',
      params: { zh: 'C类答复须说明暂不能解决的原因', en: 'a class C reply needs the explanation why it cannot be solved now' },
    }),
  update_resolution: z.object({ resolution: z.enum(RESOLUTIONS), resolutionNote: text(2000) }),
  evaluate: z.object({
    /** The deputy whose evaluation the office records; must be the lead or a co-signer. */
    deputyId: id,
    rating: z.enum(SATISFACTIONS),
    comment: z.string().trim().max(1000).optional(),
  }),
  mark_key: z.object({ note: z.string().trim().max(500).optional() }),
  unmark_key: z.object({ note: z.string().trim().max(500).optional() }),
  urge: z.object({ note: text(1000) }),
};
export type SuggestionPayloads = typeof suggestionPayloads;
export type SuggestionReply = z.infer<typeof suggestionPayloads.reply>;

/** The filters a suggestion list takes; users save them by name. */
export const suggestionFilterSchema = z.object({
  states: z.array(z.enum(SUGGESTION_STATES)).optional(),
  topic: z.enum(SUGGESTION_TOPICS).optional(),
  handlingUnitId: id.optional(),
  departmentId: id.optional(),
  overdue: z.boolean().optional(),
  isKey: z.boolean().optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  /** Raised at this congress session. */
  meetingId: id.optional(),
});
export type SuggestionFilter = z.infer<typeof suggestionFilterSchema>;

export const SUGGESTION_SORT_FIELDS = ['number', 'title', 'submittedOn', 'dueOn', 'state', 'topic'] as const;
/** Without a sort field the list shows overdue items first, then by deadline. */
export const suggestionListSchema = listQuerySchema(SUGGESTION_SORT_FIELDS).extend(suggestionFilterSchema.shape);
export type SuggestionListQuery = z.infer<typeof suggestionListSchema>;
