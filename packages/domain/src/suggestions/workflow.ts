import type { BilingualMessage } from '../common/messages';
import { dateOf } from '../time/days';
import { isLate } from '../workflow/deadlines';
import { buttonsOf, stepSchema, transitionOf, type Workflow } from '../workflow/definition';
import type { GuardInput, TransitionRule } from '../workflow/machine';
import { evaluationOutcome, type EvaluationOutcome, type EvaluationResultRule, type EvaluationSigner } from './evaluation';
import type { Clock } from '../time/clock';
import { SUPERVISION_ACTION_LABELS, supervisionRows, TRACKING_ACTOR_LABELS, type SupervisedContext } from '../workflow/supervision-rows';
import { SATISFACTIONS, SUGGESTION_OPEN_STATES, suggestionPayloads, type Satisfaction, type SuggestionState } from './suggestion';

/**
 * The suggestion workflow as data (DOMAIN-DETAIL §3.4). A signing deputy ("signer") evaluates
 * the reply for themself; the liaison office ("office") may record it on their behalf.
 */
export const SUGGESTION_ACTIONS = [
  'accept',
  'return',
  'merge',
  'assign',
  'reassign',
  'extend',
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

/** Who takes a step: the office, the lead or a co-handling unit, the county standing committee, the deadline sweep, a signing deputy. */
export const SUGGESTION_ACTORS = ['office', 'lead_handler', 'co_handler', 'county', 'system', 'signer'] as const;
export type SuggestionActor = (typeof SUGGESTION_ACTORS)[number];

export interface SuggestionContext extends SupervisedContext {
  /** Re-handling rounds already used, and the most the township allows (`suggestion.rehandling_max`). */
  rehandlingRound: number;
  rehandlingMax: number;
  /** The signers, the evaluations of this round before the step (deputyId → rating), and the township's rule. */
  evaluation: { rule: EvaluationResultRule; signers: readonly EvaluationSigner[]; ratings: ReadonlyMap<string, Satisfaction> };
}

type Rule = TransitionRule<SuggestionState, SuggestionAction, SuggestionActor, SuggestionContext>;

const OPEN: SuggestionState[] = [...SUGGESTION_OPEN_STATES];
const LIVE: SuggestionState[] = ['submitted', 'accepted', 'assigned', 'in_handling', 'rehandling', 'replied'];
const EVALUATORS: SuggestionActor[] = ['office', 'signer'];
const validRating = (p: Readonly<Record<string, unknown>>) => (SATISFACTIONS as readonly unknown[]).includes(p['rating']);
const EVALUATION_RECORDS = ['deputyId', 'deputyName', 'rating', 'comment', 'enteredByOffice'];
/** The outcome once this step's evaluation joins the round's earlier ones (none decided without a rating). */
function outcomeOf({ ctx, payload }: GuardInput<SuggestionContext>): EvaluationOutcome {
  const rating = payload['rating'];
  const deputyId = payload['deputyId'];
  if (!validRating(payload) || typeof deputyId !== 'string') return { decided: false, missing: [] };
  const ratings = new Map(ctx.evaluation.ratings);
  ratings.set(deputyId, rating as Satisfaction);
  return evaluationOutcome(ctx.evaluation.rule, ctx.evaluation.signers, ratings);
}
const resultOf = (input: GuardInput<SuggestionContext>) => {
  const outcome = outcomeOf(input);
  return outcome.decided ? outcome.rating : null;
};
const roundsLeft = (ctx: SuggestionContext) => ctx.rehandlingRound < ctx.rehandlingMax;
const day = (value: unknown) => dateOf(String(value));

export const SUGGESTION_TRANSITIONS: readonly Rule[] = [
  { action: 'accept', from: ['submitted'], to: 'accepted', actors: ['office'], requires: [], records: ['note'] },
  { action: 'return', from: ['submitted'], to: 'returned', actors: ['office'], requires: ['reason'], records: ['reason'], effects: ({ record, clock }) => ({ returnReason: record['reason'], closedAt: clock.now }) },
  {
    action: 'merge',
    from: ['submitted', 'accepted'],
    to: 'merged',
    actors: ['office'],
    requires: ['mergedIntoId'],
    records: ['mergedIntoId', 'mergedIntoNumber', 'note'],
    effects: ({ record, clock }) => ({ mergedIntoId: record['mergedIntoId'], closedAt: clock.now }),
  },
  {
    action: 'assign',
    from: ['accepted'],
    to: 'assigned',
    actors: ['office'],
    requires: ['lead', 'complexity', 'dueOn', 'assignedOn'],
    records: ['lead', 'co', 'complexity', 'dueOn', 'assignedOn', 'note'],
    effects: ({ record }) => ({ complexity: record['complexity'], assignedOn: day(record['assignedOn']), dueOn: day(record['dueOn']), originalDueOn: day(record['dueOn']), overdue: false }),
    notify: { kind: 'assigned', to: ['units', 'signers'] },
  },
  // Other units take over under the deadline already set: a reassignment never buys time.
  { action: 'reassign', from: ['assigned', 'in_handling'], to: 'assigned', actors: ['office'], requires: ['lead', 'reason'], records: ['lead', 'co', 'reason'], notify: { kind: 'assigned', to: ['units'] } },
  { action: 'record_progress', from: ['assigned', 'in_handling'], to: 'in_handling', actors: ['lead_handler', 'co_handler'], requires: ['note'], records: ['note', 'unitName'] },
  { action: 'record_progress', from: ['rehandling'], to: 'same', actors: ['lead_handler', 'co_handler'], requires: ['note'], records: ['note', 'unitName'] },
  {
    action: 'reply',
    from: OPEN,
    to: 'replied',
    actors: ['lead_handler'],
    requires: ['replyClass', 'replyForm', 'content', 'resolution'],
    records: ['replyClass', 'replyForm', 'content', 'resolution', 'resolutionNote', 'unitName'],
    derive: ({ ctx, clock }) => ({ late: isLate(ctx.dueOn, clock.today), dueOn: ctx.dueOn }),
    effects: ({ record, clock }) => ({
      replyClass: record['replyClass'],
      replyForm: record['replyForm'],
      replyContent: record['content'],
      repliedAt: clock.now,
      replyLate: record['late'],
      resolution: record['resolution'],
      resolutionNote: record['resolutionNote'] ?? null,
      resolutionAt: clock.now,
      overdue: false,
    }),
    notify: { kind: 'replied', to: ['office', 'signers'] },
  },
  {
    action: 'update_resolution',
    from: ['replied', 'closed'],
    to: 'same',
    actors: ['lead_handler'],
    requires: ['resolution', 'resolutionNote'],
    records: ['resolution', 'resolutionNote'],
    effects: ({ record, clock }) => ({ resolution: record['resolution'], resolutionNote: record['resolutionNote'], resolutionAt: clock.now }),
  },
  // Each signer evaluates for themself (a deputy, or the office on their behalf); the rule
  // `suggestion.evaluation_result` says when the evaluations decide the suggestion's result.
  {
    action: 'evaluate',
    from: ['replied'],
    to: 'same',
    actors: EVALUATORS,
    requires: ['deputyId', 'rating'],
    records: EVALUATION_RECORDS,
    when: (input) => !outcomeOf(input).decided,
    match: validRating,
  },
  {
    action: 'evaluate',
    from: ['replied'],
    to: 'closed',
    actors: EVALUATORS,
    requires: ['deputyId', 'rating'],
    records: EVALUATION_RECORDS,
    when: (input) => resultOf(input) === 'satisfied' || resultOf(input) === 'basically_satisfied',
    derive: (input) => ({ result: resultOf(input) }),
    effects: ({ record, clock }) => ({ satisfaction: record['result'], evaluatedAt: clock.now, closedAt: clock.now }),
    notify: { kind: 'evaluated', to: ['lead_units'] },
  },
  {
    action: 'evaluate',
    from: ['replied'],
    to: 'rehandling',
    actors: EVALUATORS,
    requires: ['deputyId', 'rating', 'dueOn'],
    records: [...EVALUATION_RECORDS, 'dueOn'],
    when: (input) => resultOf(input) === 'unsatisfied' && roundsLeft(input.ctx),
    derive: (input) => ({ result: 'unsatisfied', rehandlingRound: input.ctx.rehandlingRound + 1 }),
    effects: ({ record, clock }) => ({ satisfaction: record['result'], evaluatedAt: clock.now, rehandlingRound: record['rehandlingRound'], dueOn: day(record['dueOn']), overdue: false }),
    notify: { kind: 'rehandling', to: ['lead_units'] },
  },
  {
    action: 'evaluate',
    from: ['replied'],
    to: 'closed',
    actors: EVALUATORS,
    requires: ['deputyId', 'rating'],
    records: EVALUATION_RECORDS,
    when: (input) => resultOf(input) === 'unsatisfied' && !roundsLeft(input.ctx),
    derive: () => ({ result: 'unsatisfied', closedUnsatisfied: true }),
    effects: ({ record, clock }) => ({ satisfaction: record['result'], evaluatedAt: clock.now, closedAt: clock.now }),
    notify: { kind: 'evaluated', to: ['lead_units'] },
  },
  ...supervisionRows<SuggestionState, SuggestionActor, SuggestionContext>({
    live: LIVE,
    urgeable: [...OPEN, 'replied'],
    open: OPEN,
    office: 'office',
    supervisors: ['office', 'county'],
    system: 'system',
    overdueText: { zh: '未超过答复期限或已标记逾期', en: 'not past the deadline, or already marked overdue' },
  }),
];

export const SUGGESTION_ACTION_LABELS: Record<SuggestionAction, BilingualMessage> = {
  accept: { zh: '审查立案', en: 'Accept' },
  return: { zh: '退回', en: 'Return' },
  merge: { zh: '并案', en: 'Merge' },
  assign: { zh: '交办', en: 'Assign' },
  reassign: { zh: '调整承办单位', en: 'Reassign' },
  extend: { zh: '延长办理期限', en: 'Extend the deadline' },
  record_progress: { zh: '记录办理进展', en: 'Record progress' },
  reply: { zh: '答复', en: 'Reply' },
  update_resolution: { zh: '更新落实情况', en: 'Update resolution' },
  evaluate: { zh: '代表评价', en: 'Evaluation' },
  ...SUPERVISION_ACTION_LABELS,
};

export const SUGGESTION_ACTOR_LABELS: Record<SuggestionActor, BilingualMessage> = {
  ...TRACKING_ACTOR_LABELS,
  lead_handler: { zh: '主办单位', en: 'Lead handling unit' },
  co_handler: { zh: '协办单位', en: 'Co-handling unit' },
  signer: { zh: '签名代表', en: 'Signing deputy' },
};

export const SUGGESTION_WORKFLOW: Workflow<SuggestionState, SuggestionAction, SuggestionActor, SuggestionContext> = {
  entity: 'Suggestion',
  transitions: SUGGESTION_TRANSITIONS,
  actionLabels: SUGGESTION_ACTION_LABELS,
  actorLabels: SUGGESTION_ACTOR_LABELS,
  openStates: OPEN,
  systemActions: ['mark_overdue'],
  overdue: { action: 'mark_overdue', actor: 'system' },
};

/** The step procedure's input: `{ id, version, action, payload }` for every step a person takes. */
export const suggestionStepSchema = stepSchema(suggestionPayloads);

/**
 * The next state of a suggestion, what to record and which columns change, or a refusal. For
 * an unsatisfied evaluation the context says whether a re-handling round is left.
 */
export function suggestionTransition(
  state: SuggestionState,
  action: SuggestionAction,
  actors: SuggestionActor | readonly SuggestionActor[],
  clock: Clock,
  ctx: SuggestionContext,
  payload: Record<string, unknown> = {},
) {
  return transitionOf(SUGGESTION_WORKFLOW, state, action, typeof actors === 'string' ? [actors] : actors, clock, ctx, payload);
}

/** The buttons these actors get on a suggestion now. */
export function suggestionActionsFor(state: SuggestionState, actors: readonly SuggestionActor[], clock: Clock, ctx: SuggestionContext): SuggestionAction[] {
  return buttonsOf(SUGGESTION_WORKFLOW, state, actors, clock, ctx);
}
