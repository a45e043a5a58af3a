import {
  RECTIFICATION_ACTION_LABELS,
  addDaysUtc,
  rectificationActionsFor,
  rectificationTransition,
  resolveRule,
  type NotificationKind,
  type RectificationAction,
  type RectificationActor,
  type RectificationContext,
  type RectificationState,
  type TransitionResult,
} from '@pcs/domain';
import type { Prisma, Rectification, Tx } from '@pcs/db';
import { audit } from '../../audit';
import type { Caller } from '../../caller';
import { forbidden, notFound, staleVersion } from '../../errors';
import { notify, type Recipients } from '../../workflow/notify';
import { refusalError } from '../../workflow/refusal';
import { loadRuleValues } from '../rule-values';
import type { Viewer } from '../suggestions/access';
import { isoDay } from '../suggestions/present';

export function rectificationVisible(viewer: Viewer): Prisma.RectificationWhereInput {
  if (viewer.kind === 'units') return { handlingUnitId: { in: viewer.handlingUnitIds } };
  if (viewer.kind === 'department') return { departmentId: viewer.departmentId };
  return {};
}

export function rectificationActors(viewer: Viewer, row: Pick<Rectification, 'handlingUnitId' | 'departmentId'>): RectificationActor[] {
  if (viewer.kind === 'office') return ['office'];
  if (viewer.kind === 'county') return ['county'];
  if (viewer.kind === 'units') return row.handlingUnitId && viewer.handlingUnitIds.includes(row.handlingUnitId) ? ['handler'] : [];
  return row.departmentId === viewer.departmentId ? ['handler'] : [];
}

const contextOf = (row: Rectification): RectificationContext => ({ isKey: row.isKey, overdue: row.overdue, dueAt: row.dueAt });

export function rectificationButtons(row: Rectification, viewer: Viewer, now = new Date()) {
  return rectificationActionsFor(row.state, rectificationActors(viewer, row), now, contextOf(row)).filter((a) => a !== 'mark_overdue');
}

/** Default deadline for a new task, from the township's rules on the day it is issued. */
export async function defaultDueAt(tx: Tx, countyId: string, tenantId: string, source: 'finding' | 'deliberation_opinion' | 'petition', on: Date): Promise<Date> {
  const records = await loadRuleValues(tx, countyId, tenantId);
  const key = source === 'deliberation_opinion' ? 'supervision.deliberation_reply_days' : source === 'petition' ? 'supervision.petition_due_days' : 'supervision.rectification_due_days';
  return addDaysUtc(on, resolveRule(key, tenantId, isoDay(on), records).value as number);
}

function changesFor(action: RectificationAction, record: Record<string, unknown>, now: Date): Prisma.RectificationUpdateManyMutationInput {
  switch (action) {
    case 'report':
      return { reportContent: record['content'] as string, reportedAt: now, reportLate: record['late'] as boolean, overdue: false };
    case 'verify_accept':
      return { verifiedAt: now, closedAt: now };
    case 'verify_reject':
      return { rejectCount: { increment: 1 }, dueAt: new Date(`${String(record['dueAt'])}T00:00:00Z`), overdue: false };
    case 'cancel':
      return { closedAt: now, overdue: false };
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

function notificationFor(action: RectificationAction, row: Rectification): { kind: NotificationKind; to: Recipients } | null {
  const unit: Recipients = { handlingUnitIds: row.handlingUnitId ? [row.handlingUnitId] : [], departmentIds: row.departmentId ? [row.departmentId] : [] };
  switch (action) {
    case 'report':
      return { kind: 'reported', to: { office: true } };
    case 'verify_accept':
      return { kind: 'verified', to: unit };
    case 'verify_reject':
      return { kind: 'rejected', to: unit };
    case 'urge':
      return { kind: 'urged', to: unit };
    default:
      return null;
  }
}

export interface RectificationStepCall {
  tx: Tx;
  tenantId: string;
  caller: Caller;
  requestId: string;
  viewer: Viewer;
  id: string;
  version: number;
  action: RectificationAction;
  payload?: Record<string, unknown>;
}

/** One step of a rectification task, saved like a suggestion's (state, history, audit, notifications, version check). */
export async function runRectificationStep(call: RectificationStepCall) {
  const now = new Date();
  const row = await call.tx.rectification.findFirst({ where: { tenantId: call.tenantId, id: call.id, ...rectificationVisible(call.viewer) } });
  if (!row) throw notFound();
  if (row.version !== call.version) throw staleVersion();
  const actors = rectificationActors(call.viewer, row);
  if (actors.length === 0) throw forbidden();
  let result: TransitionResult<RectificationState, RectificationAction, RectificationActor> | null = null;
  for (const actor of actors) {
    result = rectificationTransition(row.state, call.action, actor, now, contextOf(row), call.payload ?? {});
    if (result.ok) break;
  }
  if (!result || !result.ok) throw refusalError(result as Extract<typeof result, { ok: false }>);
  const updated = await call.tx.rectification.updateMany({
    where: { tenantId: call.tenantId, id: call.id, version: call.version },
    data: { ...changesFor(call.action, result.record, now), state: result.to, version: { increment: 1 } },
  });
  if (updated.count === 0) throw staleVersion();
  await call.tx.rectificationTransition.create({
    data: {
      tenantId: call.tenantId,
      rectificationId: call.id,
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
  await audit(
    { tx: call.tx, caller: call.caller, requestId: call.requestId },
    { tenantId: call.tenantId, action: call.action, entity: 'Rectification', entityId: call.id, before: { state: row.state, version: row.version }, after: { state: result.to, ...result.record } },
  );
  const note = notificationFor(call.action, row);
  if (note) {
    await notify(call.tx, note.to, { tenantId: call.tenantId, kind: note.kind, entity: 'Rectification', entityId: call.id, title: `${row.number} ${row.title}`, body: RECTIFICATION_ACTION_LABELS[call.action].zh }, call.caller.user.id);
  }
  return { id: call.id, state: result.to, version: row.version + 1 };
}

export function presentRectification(row: Rectification & { activity?: { title: string; kind: string } | null }) {
  const { tenantId, ...r } = row;
  return {
    ...r,
    tenantId,
    issuedAt: isoDay(r.issuedAt),
    dueAt: isoDay(r.dueAt),
    overdueSince: r.overdueSince?.toISOString() ?? null,
    reportedAt: r.reportedAt?.toISOString() ?? null,
    verifiedAt: r.verifiedAt?.toISOString() ?? null,
    closedAt: r.closedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    activityTitle: row.activity?.title ?? null,
  };
}
