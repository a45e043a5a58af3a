import { z } from 'zod';
import type { BilingualMessage } from '../common/messages';
import { listQuerySchema } from '../common/list-query';

/**
 * Grid events (网格事件, seed 000: 发现、制止、上报 → 调查处理 → 信息反馈): what a grid worker,
 * the office, a hotline or the public reports, handled from the village up to the county.
 */
export const GRID_EVENT_STATES = ['reported', 'accepted', 'refused', 'dispatched', 'handling', 'handled', 'fed_back', 'closed', 'deferred', 'escalated'] as const;
export type GridEventState = (typeof GRID_EVENT_STATES)[number];
export const GRID_EVENT_STATE_LABELS: Record<GridEventState, BilingualMessage> = {
  reported: { zh: '已上报待受理', en: 'Reported' },
  accepted: { zh: '已受理待派遣', en: 'Accepted' },
  refused: { zh: '不予受理', en: 'Refused' },
  dispatched: { zh: '已派遣待处置', en: 'Dispatched' },
  handling: { zh: '处置中', en: 'Being handled' },
  handled: { zh: '已处置待反馈', en: 'Handled' },
  fed_back: { zh: '已反馈待核查', en: 'Awaiting verification' },
  closed: { zh: '已结案', en: 'Closed' },
  deferred: { zh: '挂账', en: 'Deferred' },
  escalated: { zh: '已升级待派遣', en: 'Escalated' },
};
/** States in which a stage's clock runs (deferred stops it; closed and refused are done). */
export const GRID_EVENT_OPEN_STATES = ['reported', 'accepted', 'dispatched', 'handling', 'handled', 'fed_back', 'escalated'] as const satisfies readonly GridEventState[];
export const GRID_EVENT_DONE_STATES = ['closed', 'refused'] as const satisfies readonly GridEventState[];

/**
 * The stages a deadline is set for: accepting (reported or escalated → accepted), dispatching
 * (accepted → dispatched), handling (dispatched → fed back) and verifying (fed back → closed).
 */
export const GRID_EVENT_STAGES = ['accept', 'dispatch', 'handle', 'verify'] as const;
export type GridEventStage = (typeof GRID_EVENT_STAGES)[number];
export const GRID_EVENT_STAGE_LABELS: Record<GridEventStage, BilingualMessage> = {
  accept: { zh: '受理', en: 'Accepting' },
  dispatch: { zh: '派遣', en: 'Dispatching' },
  handle: { zh: '处置', en: 'Handling' },
  verify: { zh: '核查', en: 'Verifying' },
};
/** The stage whose clock runs in a state (none: no clock). */
export function stageOf(state: GridEventState): GridEventStage | null {
  switch (state) {
    case 'reported':
    case 'escalated':
      return 'accept';
    case 'accepted':
      return 'dispatch';
    case 'dispatched':
    case 'handling':
    case 'handled':
      return 'handle';
    case 'fed_back':
      return 'verify';
    default:
      return null;
  }
}

/** Issue categories of seeds 000 and 001 (禁烧, 排污, 饮用水源, 五乱, 门前三包 …). */
export const GRID_EVENT_CATEGORIES = ['straw_burning', 'garbage_burning', 'illegal_discharge', 'drinking_water', 'solid_waste', 'livestock', 'construction_dust', 'street_order', 'sanitation', 'forest', 'other'] as const;
export type GridEventCategory = (typeof GRID_EVENT_CATEGORIES)[number];
export const GRID_EVENT_CATEGORY_LABELS: Record<GridEventCategory, BilingualMessage> = {
  straw_burning: { zh: '秸秆焚烧', en: 'Straw burning' },
  garbage_burning: { zh: '垃圾焚烧', en: 'Garbage burning' },
  illegal_discharge: { zh: '非法排污', en: 'Illegal discharge' },
  drinking_water: { zh: '饮用水源地', en: 'Drinking-water source' },
  solid_waste: { zh: '固体废物乱堆乱倒', en: 'Dumped solid waste' },
  livestock: { zh: '畜禽养殖污染', en: 'Livestock pollution' },
  construction_dust: { zh: '工地扬尘', en: 'Construction dust' },
  street_order: { zh: '“五乱”与门前三包', en: 'Street order' },
  sanitation: { zh: '环境卫生', en: 'Sanitation' },
  forest: { zh: '林区管护', en: 'Forest protection' },
  other: { zh: '其他', en: 'Other' },
};

export const GRID_EVENT_URGENCIES = ['normal', 'urgent', 'critical'] as const;
export type GridEventUrgency = (typeof GRID_EVENT_URGENCIES)[number];
export const GRID_EVENT_URGENCY_LABELS: Record<GridEventUrgency, BilingualMessage> = {
  normal: { zh: '一般', en: 'Normal' },
  urgent: { zh: '紧急', en: 'Urgent' },
  critical: { zh: '特急', en: 'Critical' },
};

export const GRID_EVENT_SOURCES = ['grid_worker', 'patrol', 'office', 'hotline', 'public'] as const;
export type GridEventSource = (typeof GRID_EVENT_SOURCES)[number];
export const GRID_EVENT_SOURCE_LABELS: Record<GridEventSource, BilingualMessage> = {
  grid_worker: { zh: '网格员上报', en: 'Grid worker' },
  patrol: { zh: '巡查发现', en: 'Patrol' },
  office: { zh: '人大办/网格办登记', en: 'Office' },
  hotline: { zh: '热线转办', en: 'Hotline' },
  public: { zh: '群众举报', en: 'Public' },
};
export const HOTLINES = ['12345', '12369', 'other'] as const;

/** Grid levels (seed 000): 2 = the county, 3 = the township, 4 = a village, community or zone. */
export type EventLevel = 2 | 3 | 4;
export const EVENT_LEVEL_LABELS: Record<EventLevel, BilingualMessage> = {
  2: { zh: '二级网格（县）', en: 'Level 2 (county)' },
  3: { zh: '三级网格（乡镇）', en: 'Level 3 (township)' },
  4: { zh: '四级网格（村、社区）', en: 'Level 4 (village)' },
};

export const REFUSAL_REASONS = ['invalid', 'duplicate', 'not_ours'] as const;
export const REFUSAL_REASON_LABELS: Record<(typeof REFUSAL_REASONS)[number], BilingualMessage> = {
  invalid: { zh: '无效事件', en: 'Invalid' },
  duplicate: { zh: '重复上报', en: 'Duplicate' },
  not_ours: { zh: '不属管辖范围', en: 'Outside our remit' },
};

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
