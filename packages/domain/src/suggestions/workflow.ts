import type { BilingualMessage } from '../common/messages';
import { isLate } from '../workflow/deadlines';
import { allowedActions, runTransition, type TransitionRule } from '../workflow/machine';
import type { SuggestionState } from './suggestion';

/**
 * The suggestion workflow as data (DOMAIN-DETAIL §3.4). Deputies have no login yet: the
 * liaison office ("office") records submissions and evaluations on their behalf.
 */
export const SUGGESTION_ACTIONS = [
  'accept',
  'return',
  'merge',
  'assign',
  'reassign',
  'record_progress',
  'reply',
  'update_resolution',
  'evaluate',
  'mark_key',
  'unmark_key',
  'urge',
  'mark_overdue',
] as const;
export type SuggestionAction = (typeof SUGGESTION_ACTIONS)[number];

/** Who takes a step: the office, the lead or a co-handling unit, the county standing committee, the overdue job. */
export const SUGGESTION_ACTORS = ['office', 'lead_handler', 'co_handler', 'county', 'system'] as const;
export type SuggestionActor = (typeof SUGGESTION_ACTORS)[number];

export interface SuggestionContext {
  isKey: boolean;
  overdue: boolean;
  dueAt: Date | null;
  /** Re-handling rounds already used, and the most the township allows (`suggestion.rehandling_max`). */
  rehandlingRound: number;
  rehandlingMax: number;
}

type Rule = TransitionRule<SuggestionState, SuggestionAction, SuggestionActor, SuggestionContext>;

const OPEN: SuggestionState[] = ['assigned', 'in_handling', 'rehandling'];
const LIVE: SuggestionState[] = ['submitted', 'accepted', 'assigned', 'in_handling', 'rehandling', 'replied'];
const satisfied = (p: Readonly<Record<string, unknown>>) => p['rating'] === 'satisfied' || p['rating'] === 'basically_satisfied';
const unsatisfied = (p: Readonly<Record<string, unknown>>) => p['rating'] === 'unsatisfied';
const roundsLeft = ({ ctx }: { ctx: SuggestionContext }) => ctx.rehandlingRound < ctx.rehandlingMax;

export const SUGGESTION_TRANSITIONS: readonly Rule[] = [
  { action: 'accept', from: ['submitted'], to: 'accepted', actors: ['office'], requires: [], records: ['note'] },
  { action: 'return', from: ['submitted'], to: 'returned', actors: ['office'], requires: ['reason'], records: ['reason'] },
  { action: 'merge', from: ['submitted', 'accepted'], to: 'merged', actors: ['office'], requires: ['mergedIntoId'], records: ['mergedIntoId', 'mergedIntoNumber', 'note'] },
  {
    action: 'assign',
    from: ['accepted'],
    to: 'assigned',
    actors: ['office'],
    requires: ['lead', 'complexity', 'dueAt'],
    records: ['lead', 'co', 'complexity', 'dueAt', 'assignedOn', 'note'],
  },
  { action: 'reassign', from: ['assigned', 'in_handling'], to: 'assigned', actors: ['office'], requires: ['lead', 'reason', 'dueAt'], records: ['lead', 'co', 'complexity', 'dueAt', 'reason'] },
  { action: 'record_progress', from: ['assigned', 'in_handling'], to: 'in_handling', actors: ['lead_handler', 'co_handler'], requires: ['note'], records: ['note', 'unitName'] },
  { action: 'record_progress', from: ['rehandling'], to: 'same', actors: ['lead_handler', 'co_handler'], requires: ['note'], records: ['note', 'unitName'] },
  {
    action: 'reply',
    from: OPEN,
    to: 'replied',
    actors: ['lead_handler'],
    requires: ['replyClass', 'replyForm', 'content', 'resolution'],
    records: ['replyClass', 'replyForm', 'content', 'resolution', 'resolutionNote', 'unitName'],
    derive: ({ ctx, now }) => ({ late: isLate(ctx.dueAt, now), dueAt: ctx.dueAt?.toISOString() ?? null }),
  },
  { action: 'update_resolution', from: ['replied', 'closed'], to: 'same', actors: ['lead_handler'], requires: ['resolution', 'resolutionNote'], records: ['resolution', 'resolutionNote'] },
  { action: 'evaluate', from: ['replied'], to: 'closed', actors: ['office'], requires: ['deputyId', 'rating'], records: ['deputyId', 'deputyName', 'rating', 'comment'], match: satisfied },
  {
    action: 'evaluate',
    from: ['replied'],
    to: 'rehandling',
    actors: ['office'],
    requires: ['deputyId', 'rating', 'dueAt'],
    records: ['deputyId', 'deputyName', 'rating', 'comment', 'dueAt'],
    match: (p) => unsatisfied(p) && p['roundsLeft'] === true,
    derive: ({ ctx }) => ({ rehandlingRound: ctx.rehandlingRound + 1 }),
  },
  {
    action: 'evaluate',
    from: ['replied'],
    to: 'closed',
    actors: ['office'],
    requires: ['deputyId', 'rating'],
    records: ['deputyId', 'deputyName', 'rating', 'comment'],
    match: (p) => unsatisfied(p) && p['roundsLeft'] !== true,
    derive: () => ({ closedUnsatisfied: true }),
  },
  {
    action: 'mark_key',
    from: LIVE,
    to: 'same',
    actors: ['office', 'county'],
    requires: [],
    records: ['note'],
    when: ({ ctx }) => !ctx.isKey,
    whenText: { zh: '已是重点督办件', en: 'already key-supervised' },
  },
  {
    action: 'unmark_key',
    from: LIVE,
    to: 'same',
    actors: ['office', 'county'],
    requires: [],
    records: ['note'],
    when: ({ ctx }) => ctx.isKey,
    whenText: { zh: '不是重点督办件', en: 'not key-supervised' },
  },
  { action: 'urge', from: [...OPEN, 'replied'], to: 'same', actors: ['office', 'county'], requires: ['note'], records: ['note'] },
  {
    action: 'mark_overdue',
    from: OPEN,
    to: 'same',
    actors: ['system'],
    requires: [],
    records: [],
    when: ({ ctx, now }) => !ctx.overdue && isLate(ctx.dueAt, now),
    whenText: { zh: '未超过答复期限或已标记逾期', en: 'not past the deadline, or already marked overdue' },
    derive: ({ ctx }) => ({ dueAt: ctx.dueAt?.toISOString() ?? null }),
  },
];

/**
 * The next state of a suggestion and what to record, or a refusal. For an evaluation the
 * caller passes the rating; whether a re-handling round is left is decided here.
 */
export function suggestionTransition(
  state: SuggestionState,
  action: SuggestionAction,
  actor: SuggestionActor,
  now: Date,
  ctx: SuggestionContext,
  payload: Record<string, unknown> = {},
) {
  const withRounds = action === 'evaluate' ? { ...payload, roundsLeft: roundsLeft({ ctx }) } : payload;
  return runTransition(SUGGESTION_TRANSITIONS, state, action, actor, now, ctx, withRounds);
}

export function suggestionActionsFor(state: SuggestionState, actors: readonly SuggestionActor[], now: Date, ctx: SuggestionContext): SuggestionAction[] {
  return allowedActions(SUGGESTION_TRANSITIONS, state, actors, now, ctx);
}

export const SUGGESTION_ACTION_LABELS: Record<SuggestionAction, BilingualMessage> = {
  accept: { zh: '审查立案', en: 'Accept' },
  return: { zh: '退回', en: 'Return' },
  merge: { zh: '并案', en: 'Merge' },
  assign: { zh: '交办', en: 'Assign' },
  reassign: { zh: '调整承办单位', en: 'Reassign' },
  record_progress: { zh: '记录办理进展', en: 'Record progress' },
  reply: { zh: '答复', en: 'Reply' },
  update_resolution: { zh: '更新落实情况', en: 'Update resolution' },
  evaluate: { zh: '代表评价', en: 'Evaluation' },
  mark_key: { zh: '列为重点督办', en: 'Mark key-supervised' },
  unmark_key: { zh: '取消重点督办', en: 'Remove key supervision' },
  urge: { zh: '督办催办', en: 'Urge' },
  mark_overdue: { zh: '逾期', en: 'Overdue' },
};

export const SUGGESTION_ACTOR_LABELS: Record<SuggestionActor, BilingualMessage> = {
  office: { zh: '人大办', en: 'Liaison office' },
  lead_handler: { zh: '主办单位', en: 'Lead handling unit' },
  co_handler: { zh: '协办单位', en: 'Co-handling unit' },
  county: { zh: '县人大常委会', en: 'County standing committee' },
  system: { zh: '系统', en: 'System' },
};
