import { z } from 'zod';
import type { BilingualMessage } from '../common/messages';
import type { Clock } from '../time/clock';
import { allowedActions, runTransitionAs, type TransitionResult, type TransitionRule } from './machine';

/**
 * A workflow as data: its transition table, the states in which its deadline runs, the system
 * step the deadline sweep fires, and the payload each person's step takes. The API's one step
 * runner and one deadline sweep serve every workflow through this shape.
 */
export interface Workflow<S extends string, A extends string, R extends string, C> {
  /** The entity name in the audit log and notifications. */
  entity: string;
  transitions: readonly TransitionRule<S, A, R, C>[];
  actionLabels: Record<A, BilingualMessage>;
  actorLabels: Record<R, BilingualMessage>;
  /** States in which a deadline runs (reminders and overdue). */
  openStates: readonly S[];
  /** Steps only the system takes (never a button). */
  systemActions: readonly A[];
  /** The system step that marks an item overdue, and the actor that takes it. */
  overdue?: { action: A; actor: R };
  /** The system step that takes an overdue item one level up when its rule says so (grid events). */
  escalate?: { action: A; actor: R };
}

export function transitionOf<S extends string, A extends string, R extends string, C>(
  workflow: Workflow<S, A, R, C>,
  state: S,
  action: A,
  actors: readonly R[],
  clock: Clock,
  ctx: C,
  payload: Readonly<Record<string, unknown>> = {},
): TransitionResult<S, A, R> {
  return runTransitionAs(workflow.transitions, state, action, actors, clock, ctx, payload);
}

/** The buttons: the steps these actors may take now, system steps left out. */
export function buttonsOf<S extends string, A extends string, R extends string, C>(workflow: Workflow<S, A, R, C>, state: S, actors: readonly R[], clock: Clock, ctx: C): A[] {
  return allowedActions(workflow.transitions, state, actors, clock, ctx).filter((a) => !workflow.systemActions.includes(a));
}

const ref = { id: z.uuid(), version: z.number().int().min(0).max(2_147_483_647) };

type StepSchemaOf<P extends Record<string, z.ZodType>> = {
  [A in keyof P & string]: z.ZodObject<{ id: typeof ref.id; version: typeof ref.version; action: z.ZodLiteral<A>; payload: P[A] }>;
}[keyof P & string];

/**
 * The one input of a workflow's step procedure: `{ id, version, action, payload }`, where the
 * payload's shape follows the action (a discriminated union of the domain's step schemas).
 */
export function stepSchema<P extends Record<string, z.ZodType>>(payloads: P) {
  const options = Object.entries(payloads).map(([action, payload]) => z.object({ ...ref, action: z.literal(action), payload }));
  return z.discriminatedUnion('action', options as unknown as [StepSchemaOf<P>, ...StepSchemaOf<P>[]]);
}

export type StepInputOf<P extends Record<string, z.ZodType>> = { [A in keyof P & string]: { id: string; version: number; action: A; payload: z.infer<P[A]> } }[keyof P & string];
