import type { BilingualMessage } from '../common/messages';
import { isLate } from '../workflow/deadlines';
import { allowedActions, runTransition, type TransitionRule } from '../workflow/machine';
import type { RectificationState } from './rectification';

export const RECTIFICATION_ACTIONS = ['record_progress', 'report', 'verify_accept', 'verify_reject', 'urge', 'mark_key', 'unmark_key', 'mark_overdue', 'cancel'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

/** The office verifies; the responsible unit ("handler") rectifies and reports; the county may urge. */
export const RECTIFICATION_ACTORS = ['office', 'handler', 'county', 'system'] as const;
export type RectificationActor = (typeof RECTIFICATION_ACTORS)[number];

export interface RectificationContext {
  isKey: boolean;
  overdue: boolean;
  dueAt: Date | null;
}

type Rule = TransitionRule<RectificationState, RectificationAction, RectificationActor, RectificationContext>;
const OPEN: RectificationState[] = ['issued', 'in_progress'];
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
    derive: ({ ctx, now }) => ({ late: isLate(ctx.dueAt, now), dueAt: ctx.dueAt?.toISOString() ?? null }),
  },
  { action: 'verify_accept', from: ['reported'], to: 'verified', actors: ['office'], requires: [], records: ['reason'] },
  { action: 'verify_reject', from: ['reported'], to: 'in_progress', actors: ['office'], requires: ['reason', 'dueAt'], records: ['reason', 'dueAt'] },
  { action: 'urge', from: LIVE, to: 'same', actors: ['office', 'county'], requires: ['note'], records: ['note'] },
  { action: 'mark_key', from: LIVE, to: 'same', actors: ['office', 'county'], requires: [], records: ['note'], when: ({ ctx }) => !ctx.isKey, whenText: { zh: '已是重点督办件', en: 'already key-supervised' } },
  { action: 'unmark_key', from: LIVE, to: 'same', actors: ['office', 'county'], requires: [], records: ['note'], when: ({ ctx }) => ctx.isKey, whenText: { zh: '不是重点督办件', en: 'not key-supervised' } },
  {
    action: 'mark_overdue',
    from: OPEN,
    to: 'same',
    actors: ['system'],
    requires: [],
    records: [],
    when: ({ ctx, now }) => !ctx.overdue && isLate(ctx.dueAt, now),
    whenText: { zh: '未超过整改期限或已标记逾期', en: 'not past the deadline, or already marked overdue' },
    derive: ({ ctx }) => ({ dueAt: ctx.dueAt?.toISOString() ?? null }),
  },
  { action: 'cancel', from: OPEN, to: 'cancelled', actors: ['office'], requires: ['reason'], records: ['reason'] },
];

export function rectificationTransition(
  state: RectificationState,
  action: RectificationAction,
  actor: RectificationActor,
  now: Date,
  ctx: RectificationContext,
  payload: Record<string, unknown> = {},
) {
  return runTransition(RECTIFICATION_TRANSITIONS, state, action, actor, now, ctx, payload);
}

export function rectificationActionsFor(state: RectificationState, actors: readonly RectificationActor[], now: Date, ctx: RectificationContext): RectificationAction[] {
  return allowedActions(RECTIFICATION_TRANSITIONS, state, actors, now, ctx);
}

export const RECTIFICATION_ACTION_LABELS: Record<RectificationAction | 'issue', BilingualMessage> = {
  issue: { zh: '交办整改', en: 'Issue' },
  record_progress: { zh: '记录整改进展', en: 'Record progress' },
  report: { zh: '报告整改情况', en: 'Report rectification' },
  verify_accept: { zh: '核验通过', en: 'Verify' },
  verify_reject: { zh: '核验不通过', en: 'Reject' },
  urge: { zh: '督办催办', en: 'Urge' },
  mark_key: { zh: '列为重点督办', en: 'Mark key-supervised' },
  unmark_key: { zh: '取消重点督办', en: 'Remove key supervision' },
  mark_overdue: { zh: '逾期', en: 'Overdue' },
  cancel: { zh: '撤销', en: 'Cancel' },
};

export const RECTIFICATION_ACTOR_LABELS: Record<RectificationActor, BilingualMessage> = {
  office: { zh: '人大办', en: 'Liaison office' },
  handler: { zh: '责任单位', en: 'Responsible unit' },
  county: { zh: '县人大常委会', en: 'County standing committee' },
  system: { zh: '系统', en: 'System' },
};

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
export const PETITION_ACTION_LABELS: Record<PetitionAction, BilingualMessage> = {
  forward: { zh: '交办承办单位', en: 'Forward to a unit' },
  convert: { zh: '转为监督发现问题', en: 'Turn into a finding' },
  close: { zh: '办结并反馈', en: 'Close with feedback' },
};

type PetitionRule = TransitionRule<PetitionState, PetitionAction, 'office', Record<string, never>>;
export const PETITION_TRANSITIONS: readonly PetitionRule[] = [
  { action: 'forward', from: ['registered'], to: 'forwarded', actors: ['office'], requires: ['assignee', 'dueAt'], records: ['assignee', 'unitName', 'dueAt', 'rectificationId'] },
  { action: 'convert', from: ['registered'], to: 'converted', actors: ['office'], requires: ['activityId'], records: ['activityId', 'rectificationId'] },
  { action: 'close', from: ['registered', 'forwarded', 'converted'], to: 'closed', actors: ['office'], requires: ['feedback'], records: ['feedback'] },
];

export function petitionTransition(state: PetitionState, action: PetitionAction, now: Date, payload: Record<string, unknown> = {}) {
  return runTransition(PETITION_TRANSITIONS, state, action, 'office', now, {}, payload);
}
