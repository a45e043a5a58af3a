// A grid event's states, categories and urgencies with their labels: what the grid worker's report and list of own events name
// (decision 85), without the office's terms (./event-terms) or the schemas (./event.ts).
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
