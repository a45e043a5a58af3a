import type { BilingualMessage } from '../common/messages';
import type { Clock } from '../time/clock';
import { dateOrNull, type IsoDay } from '../time/days';
import { buttonsOf, stepSchema, transitionOf, type Workflow } from '../workflow/definition';
import type { GuardInput, TransitionRule } from '../workflow/machine';
import { supervisionRows, type SupervisedContext } from '../workflow/supervision-rows';
import { GRID_EVENT_OPEN_STATES, gridEventPayloads, type GridEventStage, type GridEventState, type EventLevel } from './event';
import type { StageLimits } from './stage-days';
import { addWorkingDays, workingDaysBetween, type WorkCalendar } from './working-days';

export const GRID_EVENT_ACTIONS = [
  'accept',
  'refuse',
  'dispatch',
  'take',
  'handle',
  'feedback',
  'verify_pass',
  'verify_fail',
  'return',
  'defer',
  'resume',
  'escalate',
  'auto_escalate',
  'reassign',
  'reopen',
  'urge',
  'extend',
  'mark_key',
  'unmark_key',
  'mark_overdue',
] as const;
export type GridEventAction = (typeof GRID_EVENT_ACTIONS)[number];

/**
 * Who acts on an event: the grid head of its village grid (level 4), the township office (level
 * 3), the unit or person it is dispatched to (handler), the county department it reached
 * (level 2), the county grid office (urges and reassigns only), the reporter (verifies) and the
 * deadline sweep (system).
 */
export const GRID_EVENT_ACTORS = ['grid_head', 'office', 'handler', 'department', 'county_office', 'reporter', 'system'] as const;
export type GridEventActor = (typeof GRID_EVENT_ACTORS)[number];

export interface GridEventContext extends SupervisedContext {
  level: EventLevel;
  /** The name of the unit, person or department it is with now (recorded with every step). */
  unitName: string | null;
  limits: StageLimits;
  calendar: WorkCalendar;
  /** While deferred: the state it left and the working days its clock then had left (null: no deadline). */
  deferredFrom: GridEventState | null;
  remainingWorkingDays: number | null;
  /** `grid.event_escalate_overdue_days`: null = never escalated by the sweep. */
  escalateAfterDays: number | null;
  returnCount: number;
  reopenCount: number;
  escalationCount: number;
}

type Rule = TransitionRule<GridEventState, GridEventAction, GridEventActor, GridEventContext>;
type Input = GuardInput<GridEventContext>;

/** The deadline of a stage entered today: its limit in working days on the county's calendar; null when not configured. */
export function stageDue(stage: GridEventStage, today: IsoDay, limits: StageLimits, calendar: WorkCalendar): IsoDay | null {
  const limit = limits[stage];
  return limit === null ? null : addWorkingDays(today, limit, calendar);
}

const due = (stage: GridEventStage) => ({ ctx, clock }: Input) => ({ dueOn: stageDue(stage, clock.today, ctx.limits, ctx.calendar) });
/** The columns a step that starts a stage's clock sets. */
const newClock = (record: Readonly<Record<string, unknown>>) => ({ dueOn: dateOrNull(record['dueOn'] as IsoDay | null), overdue: false, overdueSince: null, deadlineExtended: false });

/** Whether the sweep escalates an overdue event now: the rule is set, the level has one above, enough working days have passed. */
export function dueForEscalation(ctx: GridEventContext, today: IsoDay): boolean {
  if (ctx.level <= 2 || ctx.escalateAfterDays === null || ctx.dueOn === null || today <= ctx.dueOn) return false;
  return workingDaysBetween(ctx.dueOn, today, ctx.calendar) >= ctx.escalateAfterDays;
}

const TOWNSHIP = ({ ctx }: Input) => ctx.level >= 3;
const TOWNSHIP_TEXT: BilingualMessage = { zh: '事件已升级到县级', en: 'the event has gone up to the county' };
const COUNTY = ({ ctx }: Input) => ctx.level === 2;
const COUNTY_TEXT: BilingualMessage = { zh: '事件不在县级', en: 'the event is not at the county level' };
const ESCALATABLE: GridEventState[] = ['reported', 'accepted', 'dispatched', 'handling', 'escalated'];
const DEFERRABLE: GridEventState[] = ['accepted', 'dispatched', 'handling', 'handled'];

/** Escalation, by claim or by the sweep: one level up; to a named department at the county, else to the county grid office. */
function escalationRows(action: 'escalate' | 'auto_escalate', actors: GridEventActor[], when: (input: Input) => boolean, whenText: BilingualMessage): Rule[] {
  const base = { action, from: ESCALATABLE, actors, requires: action === 'escalate' ? ['opinion'] : [], records: ['opinion', 'departmentId', 'departmentName'], whenText };
  const up = (ctx: GridEventContext) => (ctx.level - 1) as EventLevel;
  return [
    // Village → township: the office accepts and dispatches it.
    {
      ...base,
      to: 'escalated',
      when: (i) => when(i) && i.ctx.level === 4,
      derive: (i) => ({ toLevel: 3, ...due('accept')(i) }),
      effects: ({ ctx, record }) => ({ level: up(ctx), ...newClock(record), ...NO_HANDLER, escalationCount: ctx.escalationCount + 1 }),
      notify: { kind: 'assigned', to: ['office'] },
    },
    // Township → the county department that guarantees the township (named, or found by the API).
    {
      ...base,
      to: 'dispatched',
      when: (i) => when(i) && i.ctx.level === 3,
      match: (p) => typeof p['departmentId'] === 'string',
      derive: (i) => ({ toLevel: 2, ...due('handle')(i) }),
      effects: ({ ctx, record }) => ({ level: up(ctx), ...newClock(record), ...NO_HANDLER, departmentId: record['departmentId'], unitName: record['departmentName'] ?? null, escalationCount: ctx.escalationCount + 1 }),
      notify: { kind: 'assigned', to: ['units'] },
    },
    // Township → the county grid office, which assigns a department.
    {
      ...base,
      to: 'escalated',
      when: (i) => when(i) && i.ctx.level === 3,
      derive: (i) => ({ toLevel: 2, ...due('accept')(i) }),
      effects: ({ ctx, record }) => ({ level: up(ctx), ...newClock(record), ...NO_HANDLER, escalationCount: ctx.escalationCount + 1 }),
    },
  ];
}

const NO_HANDLER = { handlingUnitId: null, handlerUserId: null, handlerName: null, departmentId: null, unitName: null };

const CORE: Rule[] = [
  { action: 'accept', from: ['reported', 'escalated'], to: 'accepted', actors: ['grid_head', 'office'], requires: [], records: ['opinion'], when: TOWNSHIP, whenText: TOWNSHIP_TEXT, derive: due('dispatch'), effects: ({ record, clock }) => ({ ...newClock(record), acceptedAt: clock.now }) },
  {
    action: 'refuse',
    from: ['reported'],
    to: 'refused',
    actors: ['grid_head', 'office'],
    requires: ['reason', 'duplicateOfId'],
    records: ['reason', 'duplicateOfId', 'duplicateOfNumber', 'opinion'],
    when: TOWNSHIP,
    whenText: TOWNSHIP_TEXT,
    match: (p) => p['reason'] === 'duplicate',
    effects: ({ record, clock }) => ({ duplicateOfId: record['duplicateOfId'], refusalReason: 'duplicate', closedAt: clock.now, dueOn: null, overdue: false }),
  },
  {
    action: 'refuse',
    from: ['reported'],
    to: 'refused',
    actors: ['grid_head', 'office'],
    requires: ['reason', 'opinion'],
    records: ['reason', 'opinion'],
    when: TOWNSHIP,
    whenText: TOWNSHIP_TEXT,
    match: (p) => p['reason'] !== 'duplicate',
    effects: ({ record, clock }) => ({ refusalReason: record['reason'], closedAt: clock.now, dueOn: null, overdue: false }),
  },
  {
    action: 'dispatch',
    from: ['accepted', 'escalated'],
    to: 'dispatched',
    actors: ['grid_head', 'office'],
    requires: ['target', 'unitName'],
    records: ['target', 'unitName', 'opinion'],
    when: TOWNSHIP,
    whenText: TOWNSHIP_TEXT,
    derive: due('handle'),
    effects: ({ record, clock }) => {
      const target = record['target'] as { type: 'unit' | 'person'; id: string };
      return { ...newClock(record), dispatchedAt: clock.now, unitName: record['unitName'], handlingUnitId: target.type === 'unit' ? target.id : null, handlerUserId: target.type === 'person' ? target.id : null, departmentId: null };
    },
    notify: { kind: 'assigned', to: ['units'] },
  },
  {
    action: 'reassign',
    from: ['escalated', 'dispatched', 'handling'],
    to: 'dispatched',
    actors: ['county_office'],
    requires: ['departmentId', 'departmentName'],
    records: ['departmentId', 'departmentName', 'opinion'],
    when: COUNTY,
    whenText: COUNTY_TEXT,
    derive: due('handle'),
    effects: ({ record, clock }) => ({ ...newClock(record), ...NO_HANDLER, dispatchedAt: clock.now, departmentId: record['departmentId'], unitName: record['departmentName'] }),
    notify: { kind: 'assigned', to: ['units'] },
  },
  // Taking an event names who handles it: of two handlers taking it at once, the first wins.
  { action: 'take', from: ['dispatched'], to: 'handling', actors: ['handler', 'department'], requires: ['handlerName'], records: ['handlerName', 'handlerUserId', 'opinion'], effects: ({ record }) => ({ handlerName: record['handlerName'], handlerUserId: record['handlerUserId'] }) },
  { action: 'handle', from: ['dispatched', 'handling'], to: 'handled', actors: ['handler', 'department'], requires: ['result'], records: ['result', 'opinion'], effects: ({ record, clock }) => ({ result: record['result'], handledAt: clock.now }) },
  { action: 'feedback', from: ['handled'], to: 'fed_back', actors: ['handler', 'department'], requires: ['feedback'], records: ['feedback', 'opinion'], derive: due('verify'), effects: ({ record, clock }) => ({ ...newClock(record), feedback: record['feedback'], fedBackAt: clock.now }), notify: { kind: 'replied', to: ['office'] } },
  { action: 'verify_pass', from: ['fed_back'], to: 'closed', actors: ['grid_head', 'office', 'reporter'], requires: [], records: ['opinion'], effects: ({ clock }) => ({ closedAt: clock.now, dueOn: null, overdue: false }), notify: { kind: 'verified', to: ['units'] } },
  { action: 'verify_fail', from: ['fed_back'], to: 'handling', actors: ['grid_head', 'office', 'reporter'], requires: ['opinion'], records: ['opinion'], derive: due('handle'), effects: ({ record }) => newClock(record), notify: { kind: 'rehandling', to: ['units'] } },
  // Returned as not its business: back to whoever dispatched it (the township office, or the county grid office).
  { action: 'return', from: ['dispatched', 'handling'], to: 'accepted', actors: ['handler'], requires: ['opinion'], records: ['opinion'], when: TOWNSHIP, whenText: TOWNSHIP_TEXT, derive: due('dispatch'), effects: ({ record, ctx }) => ({ ...newClock(record), ...NO_HANDLER, returnCount: ctx.returnCount + 1 }), notify: { kind: 'rejected', to: ['office'] } },
  { action: 'return', from: ['dispatched', 'handling'], to: 'escalated', actors: ['department'], requires: ['opinion'], records: ['opinion'], when: COUNTY, whenText: COUNTY_TEXT, derive: due('accept'), effects: ({ record, ctx }) => ({ ...newClock(record), ...NO_HANDLER, returnCount: ctx.returnCount + 1 }) },
  ...(
    [
      ['office', TOWNSHIP, TOWNSHIP_TEXT],
      ['department', COUNTY, COUNTY_TEXT],
    ] as const
  ).flatMap(([actor, when, whenText]): Rule[] => [
    {
      action: 'defer',
      from: DEFERRABLE,
      to: 'deferred',
      actors: [actor],
      requires: ['reason', 'reviewOn'],
      records: ['reason', 'reviewOn', 'opinion'],
      when,
      whenText,
      // The clock stops: what is left of it is kept, in working days, and runs again on resumption.
      derive: ({ ctx, clock }) => ({ remainingWorkingDays: ctx.dueOn === null ? null : workingDaysBetween(clock.today, ctx.dueOn, ctx.calendar) }),
      effects: ({ from, record }) => ({ deferredFrom: from, remainingWorkingDays: record['remainingWorkingDays'], deferReason: record['reason'], reviewOn: dateOrNull(record['reviewOn'] as IsoDay), dueOn: null, overdue: false, overdueSince: null }),
    },
    ...DEFERRABLE.map(
      (state): Rule => ({
        action: 'resume',
        from: ['deferred'],
        to: state,
        actors: [actor],
        requires: [],
        records: ['opinion'],
        when: (input) => when(input) && input.ctx.deferredFrom === state,
        whenText,
        derive: ({ ctx, clock }) => ({ dueOn: ctx.remainingWorkingDays === null ? null : addWorkingDays(clock.today, ctx.remainingWorkingDays, ctx.calendar) }),
        effects: ({ record }) => ({ ...newClock(record), deferredFrom: null, remainingWorkingDays: null, reviewOn: null }),
      }),
    ),
  ]),
  ...escalationRows('escalate', ['grid_head', 'office'], TOWNSHIP, TOWNSHIP_TEXT),
  ...escalationRows('auto_escalate', ['system'], ({ ctx, clock }) => dueForEscalation(ctx, clock.today), { zh: '未到自动升级的时间', en: 'not yet due for escalation' }),
  {
    action: 'reopen',
    from: ['closed', 'refused'],
    to: 'accepted',
    actors: ['office'],
    requires: ['opinion'],
    records: ['opinion'],
    when: TOWNSHIP,
    whenText: TOWNSHIP_TEXT,
    derive: due('dispatch'),
    effects: ({ record, ctx }) => ({ ...newClock(record), closedAt: null, reopenCount: ctx.reopenCount + 1 }),
  },
];

const OPEN: GridEventState[] = [...GRID_EVENT_OPEN_STATES];
const SUPERVISION = supervisionRows<GridEventState, GridEventActor, GridEventContext>({
  live: OPEN,
  urgeable: [...OPEN, 'deferred'],
  open: OPEN,
  office: 'office',
  supervisors: ['office', 'county_office'],
  system: 'system',
  overdueText: { zh: '未超过时限或已标记逾期', en: 'not past the time limit, or already marked overdue' },
});

/**
 * Every step records where the event stood: its grid level, the unit it was with and the
 * deadline then in force (the step's own new deadline, if it sets one, is `dueOn`).
 */
function recordingWhereItStood(rule: Rule): Rule {
  const derive = rule.derive;
  return {
    ...rule,
    records: rule.records.includes('opinion') ? rule.records : [...rule.records, 'opinion'],
    derive: (input) => ({ level: input.ctx.level, withUnit: input.ctx.unitName, deadlineInForce: input.ctx.dueOn, ...(derive?.(input) ?? {}) }),
  };
}

export const GRID_EVENT_TRANSITIONS: readonly Rule[] = [...CORE, ...SUPERVISION].map(recordingWhereItStood);

export const GRID_EVENT_ACTION_LABELS: Record<GridEventAction | 'report', BilingualMessage> = {
  report: { zh: '上报', en: 'Report' },
  accept: { zh: '受理', en: 'Accept' },
  refuse: { zh: '不予受理', en: 'Refuse' },
  dispatch: { zh: '派遣', en: 'Dispatch' },
  take: { zh: '签收', en: 'Take' },
  handle: { zh: '处置', en: 'Record handling' },
  feedback: { zh: '反馈', en: 'Feed back' },
  verify_pass: { zh: '核查通过并结案', en: 'Verify and close' },
  verify_fail: { zh: '核查不通过', en: 'Verification failed' },
  return: { zh: '退件', en: 'Return' },
  defer: { zh: '挂账', en: 'Defer' },
  resume: { zh: '恢复办理', en: 'Resume' },
  escalate: { zh: '升级', en: 'Escalate' },
  auto_escalate: { zh: '超时自动升级', en: 'Escalated (overdue)' },
  reassign: { zh: '改派部门', en: 'Reassign' },
  reopen: { zh: '重开', en: 'Reopen' },
  urge: { zh: '督办催办', en: 'Urge' },
  extend: { zh: '延长时限', en: 'Extend the deadline' },
  mark_key: { zh: '列为重点督办', en: 'Mark key-supervised' },
  unmark_key: { zh: '取消重点督办', en: 'Remove key supervision' },
  mark_overdue: { zh: '逾期', en: 'Overdue' },
};

export const GRID_EVENT_ACTOR_LABELS: Record<GridEventActor, BilingualMessage> = {
  grid_head: { zh: '网格长', en: 'Grid head' },
  office: { zh: '乡镇网格办', en: 'Township grid office' },
  handler: { zh: '处置单位', en: 'Handling unit' },
  department: { zh: '县直部门', en: 'County department' },
  county_office: { zh: '县网格办', en: 'County grid office' },
  reporter: { zh: '上报人', en: 'Reporter' },
  system: { zh: '系统', en: 'System' },
};

export const GRID_EVENT_WORKFLOW: Workflow<GridEventState, GridEventAction, GridEventActor, GridEventContext> = {
  entity: 'GridEvent',
  transitions: GRID_EVENT_TRANSITIONS,
  actionLabels: GRID_EVENT_ACTION_LABELS,
  actorLabels: GRID_EVENT_ACTOR_LABELS,
  openStates: OPEN,
  systemActions: ['mark_overdue', 'auto_escalate'],
  overdue: { action: 'mark_overdue', actor: 'system' },
  escalate: { action: 'auto_escalate', actor: 'system' },
};

export const gridEventStepSchema = stepSchema(gridEventPayloads);

export function gridEventTransition(
  state: GridEventState,
  action: GridEventAction,
  actors: GridEventActor | readonly GridEventActor[],
  clock: Clock,
  ctx: GridEventContext,
  payload: Record<string, unknown> = {},
) {
  return transitionOf(GRID_EVENT_WORKFLOW, state, action, typeof actors === 'string' ? [actors] : actors, clock, ctx, payload);
}

export function gridEventActionsFor(state: GridEventState, actors: readonly GridEventActor[], clock: Clock, ctx: GridEventContext): GridEventAction[] {
  return buttonsOf(GRID_EVENT_WORKFLOW, state, actors, clock, ctx);
}
