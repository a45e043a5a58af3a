import { z } from 'zod';
import { listQuerySchema } from '../common/list-query';
import { GRID_EVENT_STATES, GRID_EVENT_CATEGORIES, GRID_EVENT_URGENCIES, GRID_EVENT_SOURCES, HOTLINES, REFUSAL_REASONS } from './event-terms';
// The names without the schemas live in ./event-terms (a screen may import them without zod); the index still finds them here.
export * from './event-terms';

const id = z.uuid();
const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const opinion = z.string().trim().max(1000).optional();

/** Where the event is: an address or landmark, and optional coordinates (GCJ-02 as the phone gives them). */
export const placeSchema = z.object({
  address: text(200),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
});

/** A report by a grid worker or the office (the office may register hotline complaints with their reference). */
export const gridEventReportSchema = z
  .object({
    gridId: id,
    source: z.enum(['grid_worker', 'patrol', 'office', 'hotline']),
    hotline: z.enum(HOTLINES).optional(),
    hotlineRef: z.string().trim().min(1).max(50).optional(),
    category: z.enum(GRID_EVENT_CATEGORIES),
    urgency: z.enum(GRID_EVENT_URGENCIES).default('normal'),
    place: placeSchema,
    description: text(2000),
    /** When it was seen (the phone's time); defaults to now, never in the future. */
    occurredAt: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((v) => v.source !== 'hotline' || (v.hotline && v.hotlineRef), { path: ['hotlineRef'], message: 'A hotline complaint carries the hotline and its reference' });
export type GridEventReport = z.infer<typeof gridEventReportSchema>;

/** The dispatch target: a handling unit of the township, or a person (a township user). */
export const dispatchTargetSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('unit'), id }), z.object({ type: z.literal('person'), id })]);

/** Payloads of the event workflow's steps (`{ id, version, action, payload }`). */
export const gridEventPayloads = {
  accept: z.object({ opinion }),
  refuse: z.object({ reason: z.enum(REFUSAL_REASONS), duplicateOfId: id.optional(), opinion }),
  dispatch: z.object({ target: dispatchTargetSchema, opinion }),
  take: z.object({ opinion }),
  handle: z.object({ result: text(2000), opinion }),
  feedback: z.object({ feedback: text(2000), opinion }),
  verify_pass: z.object({ opinion }),
  verify_fail: z.object({ opinion: text(1000) }),
  return: z.object({ opinion: text(1000) }),
  defer: z.object({ reason: text(500), reviewOn: isoDate, opinion }),
  resume: z.object({ opinion }),
  escalate: z.object({ opinion: text(1000), departmentId: id.optional() }),
  reassign: z.object({ departmentId: id, opinion }),
  reopen: z.object({ opinion: text(1000) }),
  urge: z.object({ note: text(1000) }),
  extend: z.object({ dueOn: isoDate, reason: text(500) }),
  mark_key: z.object({ note: z.string().trim().max(500).optional() }),
  unmark_key: z.object({ note: z.string().trim().max(500).optional() }),
};
export type GridEventPayloads = typeof gridEventPayloads;

export const gridEventFilterSchema = z.object({
  states: z.array(z.enum(GRID_EVENT_STATES)).max(GRID_EVENT_STATES.length).optional(),
  category: z.enum(GRID_EVENT_CATEGORIES).optional(),
  urgency: z.enum(GRID_EVENT_URGENCIES).optional(),
  source: z.enum(GRID_EVENT_SOURCES).optional(),
  gridId: id.optional(),
  level: z.union([z.literal(2), z.literal(3), z.literal(4)]).optional(),
  overdue: z.boolean().optional(),
  isKey: z.boolean().optional(),
  mine: z.boolean().optional(),
});
export const gridEventListSchema = listQuerySchema(['number', 'reportedAt', 'dueOn', 'state', 'category', 'urgency']).extend(gridEventFilterSchema.shape);
export type GridEventListQuery = z.infer<typeof gridEventListSchema>;
