import type { BilingualMessage } from '../common/messages';
import type { NotificationKind } from '../notifications/notification';
import type { Clock } from '../time/clock';

/** What a transition's guard and derived fields see: the item's context, the step's input and the county's clock. */
export interface GuardInput<C> {
  ctx: C;
  payload: Readonly<Record<string, unknown>>;
  clock: Clock;
}

/** What a transition's effects see once it is decided. */
export interface EffectInput<S extends string, C> {
  ctx: C;
  from: S;
  to: S;
  /** What the history row records (payload fields and derived values). */
  record: Readonly<Record<string, unknown>>;
  clock: Clock;
}

/**
 * Who hears of a step: the township's liaison office, every unit the item is assigned to, its
 * lead units only, or the deputies who signed it (those with an account). The API turns these into users.
 */
export type Audience = 'office' | 'units' | 'lead_units' | 'signers';

export interface StepNotice {
  kind: NotificationKind;
  to: readonly Audience[];
}

/**
 * One row of a workflow's transition table: from which states an action may be taken, by
 * whom, to which state, what the history row records, which columns of the item change and
 * who is told. Rows with the same action are tried in order; the first whose `from`, actor,
 * `when` and `match` fit decides.
 */
export interface TransitionRule<S extends string, A extends string, R extends string, C> {
  action: A;
  from: readonly S[];
  /** 'same' keeps the state (urging, progress notes, key marks): still a recorded transition. */
  to: S | 'same';
  actors: readonly R[];
  /** Payload fields that must be present and non-empty. */
  requires: readonly string[];
  /** Payload fields stored in the history row (a superset of `requires`). */
  records: readonly string[];
  /** A condition on the item (not on the input): also decides whether the button shows. */
  when?: (input: GuardInput<C>) => boolean;
  /** The condition in words, for the docs and the refusal message. */
  whenText?: BilingualMessage;
  /** Picks this row among rows of the same action by the input (e.g. the evaluation's rating). */
  match?: (payload: Readonly<Record<string, unknown>>) => boolean;
  /** Values computed at transition time and recorded with it (e.g. whether a reply was late). */
  derive?: (input: GuardInput<C>) => Record<string, unknown>;
  /** The item's columns this step sets besides state and version (days as ISO days, instants as Dates). */
  effects?: (input: EffectInput<S, C>) => Record<string, unknown>;
  /** Who is told of the step, and as what. */
  notify?: StepNotice;
}

export type TransitionRefusal = 'unknown_action' | 'wrong_state' | 'actor_not_allowed' | 'condition_failed' | 'missing_fields' | 'invalid_input';

export type TransitionResult<S extends string, A extends string, R extends string> =
  | {
      ok: true;
      action: A;
      actor: R;
      from: S;
      to: S;
      at: Date;
      record: Record<string, unknown>;
      /** Column changes besides state and version. */
      changes: Record<string, unknown>;
      notify: StepNotice | null;
    }
  | { ok: false; refusal: TransitionRefusal; missing?: string[]; message: BilingualMessage };

export type TransitionRefused = Extract<TransitionResult<string, string, string>, { ok: false }>;

const REFUSAL_MESSAGES: Record<TransitionRefusal, BilingualMessage> = {
  unknown_action: { zh: '没有这个办理环节', en: 'No such step' },
  wrong_state: { zh: '当前状态下不能进行此操作', en: 'This step is not possible in the current state' },
  actor_not_allowed: { zh: '您无权进行此操作', en: 'You may not take this step' },
  condition_failed: { zh: '不满足此操作的条件', en: 'The conditions for this step are not met' },
  missing_fields: { zh: '缺少必填内容', en: 'Required information is missing' },
  invalid_input: { zh: '输入不符合此操作的要求', en: 'The input does not fit this step' },
};

function present(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/**
 * The one pure transition function of every workflow: the next state, what to record, which
 * columns change and who is told, or a typed refusal. No I/O; the API's step runner loads the
 * item, calls this, and saves it all in one transaction.
 */
export function runTransition<S extends string, A extends string, R extends string, C>(
  table: readonly TransitionRule<S, A, R, C>[],
  state: S,
  action: A,
  actor: R,
  clock: Clock,
  ctx: C,
  payload: Readonly<Record<string, unknown>> = {},
): TransitionResult<S, A, R> {
  const rows = table.filter((row) => row.action === action);
  const refuse = (refusal: TransitionRefusal, extra: Partial<{ missing: string[]; message: BilingualMessage }> = {}) =>
    ({ ok: false, refusal, message: extra.message ?? REFUSAL_MESSAGES[refusal], ...(extra.missing ? { missing: extra.missing } : {}) }) as const;
  if (rows.length === 0) return refuse('unknown_action');
  const fromState = rows.filter((row) => row.from.includes(state));
  if (fromState.length === 0) return refuse('wrong_state');
  const byActor = fromState.filter((row) => row.actors.includes(actor));
  if (byActor.length === 0) return refuse('actor_not_allowed');
  const input: GuardInput<C> = { ctx, payload, clock };
  const possible = byActor.filter((r) => !r.when || r.when(input));
  if (possible.length === 0) {
    const text = byActor.find((r) => r.whenText)?.whenText;
    return refuse('condition_failed', text ? { message: { zh: `${REFUSAL_MESSAGES.condition_failed.zh}：${text.zh}`, en: `${REFUSAL_MESSAGES.condition_failed.en}: ${text.en}` } } : {});
  }
  const row = possible.find((r) => !r.match || r.match(payload));
  if (!row) return refuse('invalid_input');
  const missing = row.requires.filter((field) => !present(payload[field]));
  if (missing.length > 0) return refuse('missing_fields', { missing });
  const record: Record<string, unknown> = {};
  for (const field of row.records) if (payload[field] !== undefined) record[field] = payload[field];
  Object.assign(record, row.derive?.(input) ?? {});
  const to = row.to === 'same' ? state : row.to;
  const changes = row.effects?.({ ctx, from: state, to, record, clock }) ?? {};
  return { ok: true, action, actor, from: state, to, at: clock.now, record, changes, notify: row.notify ?? null };
}

/**
 * The first actor of several (a viewer may be lead and co-handler at once) that may take the
 * step decides; otherwise the most telling refusal: one about the step itself wins over
 * "you may not".
 */
export function runTransitionAs<S extends string, A extends string, R extends string, C>(
  table: readonly TransitionRule<S, A, R, C>[],
  state: S,
  action: A,
  actors: readonly R[],
  clock: Clock,
  ctx: C,
  payload: Readonly<Record<string, unknown>> = {},
): TransitionResult<S, A, R> {
  let refusal: Extract<TransitionResult<S, A, R>, { ok: false }> | null = null;
  for (const actor of actors) {
    const result = runTransition(table, state, action, actor, clock, ctx, payload);
    if (result.ok) return result;
    if (!refusal || refusal.refusal === 'actor_not_allowed') refusal = result;
  }
  return refusal ?? { ok: false, refusal: 'actor_not_allowed', message: REFUSAL_MESSAGES.actor_not_allowed };
}

/** The actions an actor may take on an item now: the UI shows exactly these buttons. */
export function allowedActions<S extends string, A extends string, R extends string, C>(
  table: readonly TransitionRule<S, A, R, C>[],
  state: S,
  actors: readonly R[],
  clock: Clock,
  ctx: C,
): A[] {
  const actions: A[] = [];
  for (const row of table) {
    if (actions.includes(row.action)) continue;
    if (!row.from.includes(state) || !row.actors.some((a) => actors.includes(a))) continue;
    if (row.when && !row.when({ ctx, payload: {}, clock })) continue;
    actions.push(row.action);
  }
  return actions;
}
