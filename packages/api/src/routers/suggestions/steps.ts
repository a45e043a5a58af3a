import {
  SUGGESTION_ACTION_LABELS,
  resolveRule,
  suggestionActionsFor,
  suggestionTransition,
  type NotificationKind,
  type SuggestionAction,
  type SuggestionActor,
  type SuggestionContext,
  type TransitionResult,
  type SuggestionState,
} from '@pcs/domain';
import type { Prisma, Tx } from '@pcs/db';
import { audit } from '../../audit';
import type { Caller } from '../../caller';
import { forbidden, notFound, staleVersion } from '../../errors';
import { notify, type Recipients } from '../../workflow/notify';
import { refusalError } from '../../workflow/refusal';
import { loadRuleValues } from '../rule-values';
import { actorsOf, visibleWhere, type Viewer } from './access';
import { isoDay } from './present';

/** What a step call brings: the transaction, whose township, who acts, and what they asked. */
export interface StepCall {
  tx: Tx;
  tenantId: string;
  caller: Caller;
  requestId: string;
  viewer: Viewer;
  id: string;
  version: number;
  action: SuggestionAction;
  payload?: Record<string, unknown>;
  now?: Date;
}

export const stepInclude = {
  assignments: { where: { endedAt: null } },
  signers: true,
} as const satisfies Prisma.SuggestionInclude;
export type StepRow = Prisma.SuggestionGetPayload<{ include: typeof stepInclude }>;

export async function rehandlingMax(tx: Tx, countyId: string, tenantId: string, on: Date): Promise<number> {
  const records = await loadRuleValues(tx, countyId, tenantId);
  return resolveRule('suggestion.rehandling_max', tenantId, isoDay(on), records).value as number;
}

export function contextOf(row: StepRow, max: number): SuggestionContext {
  return { isKey: row.isKey, overdue: row.overdue, dueAt: row.dueAt, rehandlingRound: row.rehandlingRound, rehandlingMax: max };
}

/** Tries the caller's workflow roles in turn; the first that may take the step decides. */
export function decide(row: StepRow, actors: readonly SuggestionActor[], action: SuggestionAction, now: Date, ctx: SuggestionContext, payload: Record<string, unknown>) {
  // A viewer with no role on the item (a co-handler's colleague unit, say) may not act on it at all.
  if (actors.length === 0) throw forbidden();
  let refusal: Extract<TransitionResult<SuggestionState, SuggestionAction, SuggestionActor>, { ok: false }> | null = null;
  for (const actor of actors) {
    const result = suggestionTransition(row.state, action, actor, now, ctx, payload);
    if (result.ok) return result;
    if (!refusal || refusal.refusal === 'actor_not_allowed') refusal = result;
  }
  throw refusalError(refusal!);
}

/** Column changes that each step makes besides state and version. */
function changesFor(action: SuggestionAction, record: Record<string, unknown>, to: SuggestionState, now: Date): Prisma.SuggestionUpdateManyMutationInput {
  const day = (value: unknown) => new Date(`${String(value)}T00:00:00Z`);
  switch (action) {
    case 'return':
      return { returnReason: record['reason'] as string, closedAt: now };
    case 'merge':
      return { mergedIntoId: record['mergedIntoId'] as string, closedAt: now };
    case 'assign':
    case 'reassign':
      return {
        complexity: record['complexity'] as 'standard' | 'complex',
        assignedAt: day(record['assignedOn'] ?? isoDay(now)),
        dueAt: day(record['dueAt']),
        overdue: false,
      };
    case 'reply':
      return {
        replyClass: record['replyClass'] as 'A' | 'B' | 'C',
        replyForm: record['replyForm'] as 'written',
        replyContent: record['content'] as string,
        repliedAt: now,
        replyLate: record['late'] as boolean,
        resolution: record['resolution'] as 'solved',
        resolutionNote: (record['resolutionNote'] as string | undefined) ?? null,
        resolutionAt: now,
        overdue: false,
      };
    case 'update_resolution':
      return { resolution: record['resolution'] as 'solved', resolutionNote: record['resolutionNote'] as string, resolutionAt: now };
    case 'evaluate':
      return {
        satisfaction: record['rating'] as 'satisfied',
        evaluatedAt: now,
        ...(to === 'closed' ? { closedAt: now } : {}),
        ...(to === 'rehandling' ? { rehandlingRound: record['rehandlingRound'] as number, dueAt: day(record['dueAt']), overdue: false } : {}),
      };
    case 'mark_key':
      return { isKey: true };
    case 'unmark_key':
      return { isKey: false };
    case 'mark_overdue':
      return { overdue: true, overdueSince: now };
    default:
      return {};
  }
}

/** Whom each step notifies, and as what. */
function notificationFor(action: SuggestionAction, to: SuggestionState, row: StepRow, leadUnits: Recipients): { kind: NotificationKind; to: Recipients } | null {
  switch (action) {
    case 'reply':
      return { kind: 'replied', to: { office: true } };
    case 'evaluate':
      return { kind: to === 'rehandling' ? 'rehandling' : 'evaluated', to: leadUnits };
    case 'urge':
      return { kind: 'urged', to: unitsOf(row.assignments) };
    case 'mark_overdue':
      return { kind: 'overdue', to: { ...unitsOf(row.assignments), office: true } };
    default:
      return null;
  }
}

export function unitsOf(assignments: readonly { handlingUnitId: string | null; departmentId: string | null; role?: string }[], role?: 'lead'): Recipients {
  const chosen = role ? assignments.filter((a) => a.role === role) : assignments;
  return {
    handlingUnitIds: chosen.flatMap((a) => (a.handlingUnitId ? [a.handlingUnitId] : [])),
    departmentIds: chosen.flatMap((a) => (a.departmentId ? [a.departmentId] : [])),
  };
}

/**
 * One workflow step: load the item as the viewer may see it, check the version the client
 * saw, ask the domain's transition table, then save state, columns, the history row, the
 * audit entry and notifications in the caller's transaction. The update is conditional on
 * the version, so of two concurrent steps exactly one wins; the other gets CONFLICT.
 */
export async function runStep(call: StepCall, hooks: { prepare?: (row: StepRow) => Promise<Record<string, unknown>> | Record<string, unknown>; afterSave?: (row: StepRow, record: Record<string, unknown>) => Promise<void> } = {}) {
  const now = call.now ?? new Date();
  const row = await call.tx.suggestion.findFirst({ where: { tenantId: call.tenantId, id: call.id, ...visibleWhere(call.viewer) }, include: stepInclude });
  if (!row) throw notFound();
  if (row.version !== call.version) throw staleVersion();
  const max = call.action === 'evaluate' ? await rehandlingMax(call.tx, call.caller.county.id, call.tenantId, now) : 0;
  const ctx = contextOf(row, max);
  const payload = { ...(call.payload ?? {}), ...((await hooks.prepare?.(row)) ?? {}) };
  const result = decide(row, actorsOf(call.viewer, row.assignments), call.action, now, ctx, payload);
  const updated = await call.tx.suggestion.updateMany({
    where: { tenantId: call.tenantId, id: call.id, version: call.version },
    data: { ...changesFor(call.action, result.record, result.to, now), state: result.to, version: { increment: 1 } },
  });
  if (updated.count === 0) throw staleVersion();
  await call.tx.suggestionTransition.create({
    data: {
      tenantId: call.tenantId,
      suggestionId: call.id,
      action: call.action,
      fromState: result.from,
      toState: result.to,
      actorKind: result.actor,
      actorUserId: call.caller.user.id,
      actorName: call.caller.user.displayName,
      at: now,
      data: result.record as Prisma.InputJsonValue,
    },
  });
  await hooks.afterSave?.(row, result.record);
  await audit(
    { tx: call.tx, caller: call.caller, requestId: call.requestId },
    { tenantId: call.tenantId, action: call.action, entity: 'Suggestion', entityId: call.id, before: { state: row.state, version: row.version }, after: { state: result.to, ...result.record } },
  );
  const note = notificationFor(call.action, result.to, row, unitsOf(row.assignments, 'lead'));
  if (note) {
    await notify(call.tx, note.to, { tenantId: call.tenantId, kind: note.kind, entity: 'Suggestion', entityId: call.id, title: `${row.number} ${row.title}`, body: SUGGESTION_ACTION_LABELS[call.action].zh }, call.caller.user.id);
  }
  return { id: call.id, state: result.to, version: row.version + 1, record: result.record };
}

/** The buttons a viewer gets on an item: the domain table's allowed actions for their roles. */
export function actionsFor(row: StepRow, viewer: Viewer, max: number, now = new Date()): SuggestionAction[] {
  return suggestionActionsFor(row.state, actorsOf(viewer, row.assignments), now, contextOf(row, max)).filter((a) => a !== 'mark_overdue');
}
