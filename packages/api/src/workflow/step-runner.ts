import { NOTIFICATION_BODIES, transitionOf, type Audience, type Clock, type Workflow } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { auditAs, type AuditActor } from '../audit';
import { forbidden, notFound, staleVersion } from '../errors';
import { notify, type Recipients } from './notify';
import { refusalError } from './refusal';
import type { Viewer } from './viewer';

/** One step of a workflow's history, as every history table keeps it. */
export interface HistoryEntry<S extends string, T extends string | null = string> {
  /** The township whose chain the step is recorded in; null for a county-level item (an appraisal campaign of the county). */
  tenantId: T;
  itemId: string;
  action: string;
  from: S | null;
  to: S;
  actorKind: string;
  actorUserId: string | null;
  actorName: string;
  at: Date;
  data: Record<string, unknown>;
}

/**
 * How one workflow's items are kept: everything the step runner and the deadline sweep need
 * to know of its tables. One store per workflow; the runner is the same for all.
 */
export interface WorkflowStore<Row extends { state: S; version: number }, S extends string, A extends string, R extends string, C, T extends string | null = string> {
  workflow: Workflow<S, A, R, C>;
  /** The item as this viewer may see it; null when unknown or not theirs (the two look the same). */
  load(tx: Tx, tenantId: T, id: string, viewer: Viewer): Promise<Row | null>;
  /** The workflow roles the viewer plays on this item (none: may not act on it at all). */
  actors(viewer: Viewer, row: Row): R[];
  /** What the transition table's conditions read of the item (and of the township's rules). */
  context(tx: Tx, row: Row, env: { countyId: string; tenantId: T; clock: Clock }): Promise<C> | C;
  /**
   * Saves the state and the step's columns if the item still has the version read (false when
   * another step came first), and moves the version on when `bump` says so.
   */
  update(tx: Tx, tenantId: T, id: string, version: number, data: Record<string, unknown>, bump: boolean): Promise<boolean>;
  appendHistory(tx: Tx, entry: HistoryEntry<S, T>): Promise<void>;
  /** The units behind an audience, read at the time of the step (an assignment has just replaced them). */
  recipients(tx: Tx, tenantId: T, id: string, audience: readonly Audience[]): Promise<Recipients>;
  /** How notifications name the item: its number and title. */
  title(row: Row): string;
}

/** Who takes a step: a user, or the system (the deadline sweep, no user). */
export interface StepActor extends AuditActor {
  displayName: string;
  countyId: string;
}

export interface StepCall<A extends string, T extends string | null = string> {
  tx: Tx;
  tenantId: T;
  actor: StepActor;
  requestId: string | null;
  viewer: Viewer;
  clock: Clock;
  id: string;
  /**
   * The version the client saw. The system (deadline sweep) gives none: it acts on what is there,
   * still only if nobody changed it meanwhile, and leaves the version as it is, so a form a user
   * has open stays valid.
   */
  version?: number;
  action: A;
  payload?: Record<string, unknown>;
}

/** What a step may do around the domain's decision, per action. */
export interface StepHooks<Row> {
  /** Checks against other records, and values the domain needs (e.g. a merge target's number); may refuse. */
  prepare?: (row: Row, payload: Readonly<Record<string, unknown>>) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Writes to other tables once the step is decided (e.g. the new assignments); what it returns joins the record. */
  apply?: (row: Row, record: Readonly<Record<string, unknown>>) => Promise<Record<string, unknown> | void>;
}

export interface StepOutcome<S extends string> {
  id: string;
  state: S;
  version: number;
  record: Record<string, unknown>;
}

/**
 * The one workflow step of the API, for every workflow: load the item as the viewer may see
 * it, check the version the client saw, let the domain's transition table decide, then save
 * the state and columns, the history row, the audit entry and the notifications, all in the
 * call's transaction. The update is conditional on the version, so of two concurrent steps
 * exactly one wins and the other gets CONFLICT.
 */
export async function runStep<Row extends { state: S; version: number }, S extends string, A extends string, R extends string, C, T extends string | null = string>(
  store: WorkflowStore<Row, S, A, R, C, T>,
  call: StepCall<A, T>,
  hooks: StepHooks<Row> = {},
): Promise<StepOutcome<S>> {
  const { tx, tenantId, id, clock, actor } = call;
  const row = await store.load(tx, tenantId, id, call.viewer);
  if (!row) throw notFound();
  if (call.version !== undefined && row.version !== call.version) throw staleVersion();
  const actors = store.actors(call.viewer, row);
  // A step none of the viewer's roles may ever take is refused before anything is looked up for it.
  if (!store.workflow.transitions.some((t) => t.action === call.action && t.actors.some((a) => actors.includes(a)))) throw forbidden();
  const payload = { ...(call.payload ?? {}) };
  Object.assign(payload, (await hooks.prepare?.(row, payload)) ?? {});
  const context = await store.context(tx, row, { countyId: actor.countyId, tenantId, clock });
  const result = transitionOf(store.workflow, row.state, call.action, actors, clock, context, payload);
  if (!result.ok) throw refusalError(result);
  const record = { ...result.record, ...((await hooks.apply?.(row, result.record)) ?? {}) };
  const bump = call.version !== undefined;
  if (!(await store.update(tx, tenantId, id, row.version, { ...result.changes, state: result.to }, bump))) throw staleVersion();
  await store.appendHistory(tx, { tenantId, itemId: id, action: call.action, from: result.from, to: result.to, actorKind: result.actor, actorUserId: actor.userId, actorName: actor.displayName, at: clock.now, data: record });
  await auditAs(tx, actor, call.requestId, {
    tenantId,
    action: call.action,
    entity: store.workflow.entity,
    entityId: id,
    before: { state: row.state, version: row.version },
    after: { state: result.to, ...record },
  });
  // Notifications belong to a township; a county-level item's workflow notifies no one.
  if (result.notify && tenantId !== null) {
    const to = await store.recipients(tx, tenantId, id, result.notify.to);
    const label = store.workflow.actionLabels[call.action];
    const due = typeof record['dueOn'] === 'string' && result.notify.kind !== 'overdue' ? record['dueOn'] : null;
    const body = NOTIFICATION_BODIES.step(label, due);
    await notify(tx, to, { tenantId, kind: result.notify.kind, entity: store.workflow.entity, entityId: id, title: store.title(row), body }, actor.userId ?? undefined);
  }
  return { id, state: result.to, version: bump ? row.version + 1 : row.version, record };
}

/** The user behind a call, as the runner records them. */
export function stepActorOf(caller: { user: { id: string; username: string; displayName: string }; county: { id: string } }): StepActor {
  return { userId: caller.user.id, username: caller.user.username, displayName: caller.user.displayName, countyId: caller.county.id };
}

/** The deadline sweep, acting for no user. */
export function systemActor(countyId: string): StepActor {
  return { userId: null, username: 'system', displayName: '系统', countyId };
}
