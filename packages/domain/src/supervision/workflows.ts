import type { BilingualMessage } from '../common/messages';
import type { Clock } from '../time/clock';
import { dateOf } from '../time/days';
import { isLate } from '../workflow/deadlines';
import { buttonsOf, stepSchema, transitionOf, type Workflow } from '../workflow/definition';
import type { TransitionRule } from '../workflow/machine';
import { SUPERVISION_ACTION_LABELS, supervisionRows, TRACKING_ACTOR_LABELS, type SupervisedContext } from '../workflow/supervision-rows';
import { RECTIFICATION_OPEN_STATES, rectificationPayloads, type RectificationState } from './rectification';
import { petitionPayloads } from './supervision';

export const RECTIFICATION_ACTIONS = ['record_progress', 'report', 'verify_accept', 'verify_reject', 'extend', 'urge', 'mark_key', 'unmark_key', 'mark_overdue', 'cancel'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

/** The office verifies; the responsible unit ("handler") rectifies and reports; the county may urge. */
export const RECTIFICATION_ACTORS = ['office', 'handler', 'county', 'system'] as const;
export type RectificationActor = (typeof RECTIFICATION_ACTORS)[number];

export interface RectificationContext extends SupervisedContext {
  /** Times the office has sent the report back. */
  rejectCount: number;
}

type Rule = TransitionRule<RectificationState, RectificationAction, RectificationActor, RectificationContext>;
const OPEN: RectificationState[] = [...RECTIFICATION_OPEN_STATES];
const LIVE: RectificationState[] = ['issued', 'in_progress', 'reported'];

export const RECTIFICATION_TRANSITIONS: readonly Rule[] = [
  { action: 'record_progress', from: OPEN, to: 'in_progress', actors: ['handler'], requires: ['note'], records: ['note', 'unitName'] },
  {
    action: 'report',
    from: OPEN,
    to: 'reported',
    actors: ['handler'],
    requires: ['content'],
    records: ['content', 'unitName'],
    derive: ({ ctx, clock }) => ({ late: isLate(ctx.dueOn, clock.today), dueOn: ctx.dueOn }),
    effects: ({ record, clock }) => ({ reportContent: record['content'], reportedAt: clock.now, reportLate: record['late'], overdue: false }),
    notify: { kind: 'reported', to: ['office'] },
  },
  {
    action: 'verify_accept',
    from: ['reported'],
    to: 'verified',
    actors: ['office'],
    requires: [],
    records: ['reason'],
    effects: ({ clock }) => ({ verifiedAt: clock.now, closedAt: clock.now }),
    notify: { kind: 'verified', to: ['units'] },
  },
  {
    action: 'verify_reject',
    from: ['reported'],
    to: 'in_progress',
    actors: ['office'],
    requires: ['reason', 'dueOn'],
    records: ['reason', 'dueOn'],
    effects: ({ record, ctx }) => ({ rejectCount: ctx.rejectCount + 1, dueOn: dateOf(String(record['dueOn'])), overdue: false }),
    notify: { kind: 'rejected', to: ['units'] },
  },
  { action: 'cancel', from: OPEN, to: 'cancelled', actors: ['office'], requires: ['reason'], records: ['reason'], effects: ({ clock }) => ({ closedAt: clock.now, overdue: false }) },
  ...supervisionRows<RectificationState, RectificationActor, RectificationContext>({
    live: LIVE,
    urgeable: LIVE,
    open: OPEN,
    office: 'office',
    supervisors: ['office', 'county'],
    system: 'system',
    overdueText: { zh: '未超过整改期限或已标记逾期', en: 'not past the deadline, or already marked overdue' },
  }),
];

export const RECTIFICATION_ACTION_LABELS: Record<RectificationAction | 'issue', BilingualMessage> = {
  issue: { zh: '交办整改', en: 'Issue' },
  record_progress: { zh: '记录整改进展', en: 'Record progress' },
  report: { zh: '报告整改情况', en: 'Report rectification' },
  verify_accept: { zh: '核验通过', en: 'Verify' },
  verify_reject: { zh: '核验不通过', en: 'Reject' },
  extend: { zh: '延长整改期限', en: 'Extend the deadline' },
  ...SUPERVISION_ACTION_LABELS,
  cancel: { zh: '撤销', en: 'Cancel' },
};

export const RECTIFICATION_ACTOR_LABELS: Record<RectificationActor, BilingualMessage> = {
  ...TRACKING_ACTOR_LABELS,
  handler: { zh: '责任单位', en: 'Responsible unit' },
};

export const RECTIFICATION_WORKFLOW: Workflow<RectificationState, RectificationAction, RectificationActor, RectificationContext> = {
  entity: 'Rectification',
  transitions: RECTIFICATION_TRANSITIONS,
  actionLabels: RECTIFICATION_ACTION_LABELS,
  actorLabels: RECTIFICATION_ACTOR_LABELS,
  openStates: OPEN,
  systemActions: ['mark_overdue'],
  overdue: { action: 'mark_overdue', actor: 'system' },
};

export const rectificationStepSchema = stepSchema(rectificationPayloads);

export function rectificationTransition(
  state: RectificationState,
  action: RectificationAction,
  actors: RectificationActor | readonly RectificationActor[],
  clock: Clock,
  ctx: RectificationContext,
  payload: Record<string, unknown> = {},
) {
  return transitionOf(RECTIFICATION_WORKFLOW, state, action, typeof actors === 'string' ? [actors] : actors, clock, ctx, payload);
}

export function rectificationActionsFor(state: RectificationState, actors: readonly RectificationActor[], clock: Clock, ctx: RectificationContext): RectificationAction[] {
  return buttonsOf(RECTIFICATION_WORKFLOW, state, actors, clock, ctx);
}

/** Petitions: registered, then forwarded to a unit, turned into a finding, or answered and closed. */
export const PETITION_STATES = ['registered', 'forwarded', 'converted', 'closed'] as const;
export type PetitionState = (typeof PETITION_STATES)[number];
export const PETITION_STATE_LABELS: Record<PetitionState, BilingualMessage> = {
  registered: { zh: '已登记', en: 'Registered' },
  forwarded: { zh: '已交办', en: 'Forwarded' },
  converted: { zh: '已转监督问题', en: 'Turned into a finding' },
  closed: { zh: '已办结反馈', en: 'Closed' },
};
export const PETITION_ACTIONS = ['forward', 'convert', 'close'] as const;
export type PetitionAction = (typeof PETITION_ACTIONS)[number];
export const PETITION_ACTION_LABELS: Record<PetitionAction | 'register', BilingualMessage> = {
  register: { zh: '登记', en: 'Register' },
  forward: { zh: '交办承办单位', en: 'Forward to a unit' },
  convert: { zh: '转为监督发现问题', en: 'Turn into a finding' },
  close: { zh: '办结并反馈', en: 'Close with feedback' },
};
/** Only the liaison office handles petitions; a forwarded one is then tracked as a rectification task. */
export const PETITION_ACTORS = ['office'] as const;
export type PetitionActor = (typeof PETITION_ACTORS)[number];
export const PETITION_ACTOR_LABELS: Record<PetitionActor, BilingualMessage> = { office: { zh: '人大办', en: 'Liaison office' } };

type PetitionRule = TransitionRule<PetitionState, PetitionAction, PetitionActor, Record<string, never>>;
export const PETITION_TRANSITIONS: readonly PetitionRule[] = [
  { action: 'forward', from: ['registered'], to: 'forwarded', actors: ['office'], requires: ['assignee'], records: ['assignee', 'requirement', 'unitName', 'dueOn', 'rectificationId'] },
  { action: 'convert', from: ['registered'], to: 'converted', actors: ['office'], requires: ['activityId', 'assignee'], records: ['activityId', 'assignee', 'requirement', 'unitName', 'dueOn', 'rectificationId'] },
  {
    action: 'close',
    from: ['registered', 'forwarded', 'converted'],
    to: 'closed',
    actors: ['office'],
    requires: ['feedback'],
    records: ['feedback'],
    effects: ({ record, clock }) => ({ feedback: record['feedback'], closedAt: clock.now }),
  },
];

export const PETITION_WORKFLOW: Workflow<PetitionState, PetitionAction, PetitionActor, Record<string, never>> = {
  entity: 'Petition',
  transitions: PETITION_TRANSITIONS,
  actionLabels: PETITION_ACTION_LABELS,
  actorLabels: PETITION_ACTOR_LABELS,
  openStates: [],
  systemActions: [],
};

export const petitionStepSchema = stepSchema(petitionPayloads);

export function petitionTransition(state: PetitionState, action: PetitionAction, clock: Clock, payload: Record<string, unknown> = {}) {
  return transitionOf(PETITION_WORKFLOW, state, action, ['office'], clock, {}, payload);
}
