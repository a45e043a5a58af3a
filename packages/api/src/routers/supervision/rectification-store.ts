import {
  RECTIFICATION_WORKFLOW,
  addDays,
  dayOf,
  dayOrNull,
  resolveRule,
  type IsoDay,
  type RectificationAction,
  type RectificationActor,
  type RectificationContext,
  type RectificationState,
} from '@pcs/domain';
import type { Prisma, Rectification, Tx } from '@pcs/db';
import { audienceRecipients } from '../../workflow/notify';
import type { WorkflowStore } from '../../workflow/step-runner';
import type { Viewer } from '../../workflow/viewer';
import { loadRuleValues } from '../shared/rule-values';

/** What a viewer sees of rectification tasks: all of the township's, or those of their unit or department. */
export function rectificationVisible(viewer: Viewer): Prisma.RectificationWhereInput {
  if (viewer.kind === 'units') return { handlingUnitId: { in: viewer.handlingUnitIds } };
  if (viewer.kind === 'department') return { departmentId: viewer.departmentId };
  return {};
}

/** The workflow roles a viewer plays on a task: the responsible unit is its handler. */
export function rectificationActors(viewer: Viewer, row: Pick<Rectification, 'handlingUnitId' | 'departmentId'>): RectificationActor[] {
  switch (viewer.kind) {
    case 'office':
      return ['office'];
    case 'county':
      return ['county'];
    case 'system':
      return ['system'];
    case 'units':
      return row.handlingUnitId && viewer.handlingUnitIds.includes(row.handlingUnitId) ? ['handler'] : [];
    case 'department':
      return row.departmentId === viewer.departmentId ? ['handler'] : [];
  }
}

export const rectificationContext = (row: Rectification): RectificationContext => ({ isKey: row.isKey, overdue: row.overdue, dueOn: dayOrNull(row.dueOn), rejectCount: row.rejectCount });

/** The township's default deadline for a new task, from its rules on the day it is issued. */
export async function defaultDueOn(tx: Tx, countyId: string, tenantId: string, source: 'finding' | 'deliberation_opinion' | 'petition', on: IsoDay): Promise<IsoDay> {
  const key = source === 'deliberation_opinion' ? 'supervision.deliberation_reply_days' : source === 'petition' ? 'supervision.petition_due_days' : 'supervision.rectification_due_days';
  return addDays(on, resolveRule(key, tenantId, on, await loadRuleValues(tx, countyId, tenantId)).value as number);
}

/** Rectification tasks and their history, as the step runner and the deadline sweep keep them. */
export const rectificationStore: WorkflowStore<Rectification, RectificationState, RectificationAction, RectificationActor, RectificationContext> = {
  workflow: RECTIFICATION_WORKFLOW,
  load: (tx, tenantId, id, viewer) => tx.rectification.findFirst({ where: { tenantId, id, ...rectificationVisible(viewer) } }),
  actors: rectificationActors,
  context: (_tx, row) => rectificationContext(row),
  update: async (tx, tenantId, id, version, data, bump) =>
    (await tx.rectification.updateMany({ where: { tenantId, id, version }, data: { ...(data as Prisma.RectificationUpdateManyMutationInput), ...(bump ? { version: { increment: 1 } } : {}) } })).count === 1,
  appendHistory: async (tx, e) => {
    await tx.rectificationTransition.create({
      data: { tenantId: e.tenantId, rectificationId: e.itemId, action: e.action, fromState: e.from, toState: e.to, actorKind: e.actorKind, actorUserId: e.actorUserId, actorName: e.actorName, at: e.at, data: e.data as Prisma.InputJsonValue },
    });
  },
  recipients: async (tx, tenantId, id, audience) => {
    const row = await tx.rectification.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id } }, select: { handlingUnitId: true, departmentId: true } });
    return audienceRecipients(audience, [{ role: 'lead', ...row }]);
  },
  title: (row) => `${row.number} ${row.title}`,
};

export function presentRectification(row: Rectification & { activity?: { title: string; kind: string } | null }) {
  const { activity, ...r } = row;
  return {
    ...r,
    issuedOn: dayOf(r.issuedOn),
    dueOn: dayOf(r.dueOn),
    overdueSince: r.overdueSince?.toISOString() ?? null,
    reportedAt: r.reportedAt?.toISOString() ?? null,
    verifiedAt: r.verifiedAt?.toISOString() ?? null,
    closedAt: r.closedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    activityTitle: activity?.title ?? null,
  };
}
