// The states, stages, categories, urgencies and sources of grid events with their labels, without the schemas (./event.ts):
// the grid worker's phone pages name them and must not carry zod (decision 78).
import type { BilingualMessage } from '../common/messages';
import type { GridEventState } from './event-report-terms';

// What a grid worker's report and list name (states, categories, urgencies) are a module of their own: the phone needs only them.
export * from './event-report-terms';

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
