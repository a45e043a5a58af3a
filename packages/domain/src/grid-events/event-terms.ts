// The states, stages, categories, urgencies and sources of grid events with their labels, without the schemas (./event.ts):
// the grid worker's phone pages name them and must not carry zod (decision 78).
import type { BilingualMessage } from '../common/messages';

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
