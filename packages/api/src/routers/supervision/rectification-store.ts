import {
  RECTIFICATION_WORKFLOW,
  addDays,
  dayOf,
  dayOrNull,
  rectificationActorsOf,
  rectificationDueRule,
  resolveRule,
  type IsoDay,
  type RectificationAction,
  type RectificationActor,
  type RectificationContext,
  type RectificationSource,
  type RectificationState,
} from '@pcs/domain';
import type { Prisma, Rectification, Tx } from '@pcs/db';
import { audienceRecipients } from '../../workflow/notify';
import type { WorkflowStore } from '../../workflow/step-runner';
import { rectificationVisible } from '../../workflow/visibility';
import { loadRuleValues } from '../shared/rule-values';

export const rectificationContext = (row: Rectification): RectificationContext => ({ isKey: row.isKey, overdue: row.overdue, dueOn: dayOrNull(row.dueOn), rejectCount: row.rejectCount });

/** The township's default deadline for a new task, from its rules on the day it is issued. */
export async function defaultDueOn(tx: Tx, countyId: string, tenantId: string, source: RectificationSource, on: IsoDay): Promise<IsoDay> {
  return addDays(on, resolveRule(rectificationDueRule(source), tenantId, on, await loadRuleValues(tx, countyId, tenantId)).value as number);
}

/** Rectification tasks and their history, as the step runner and the deadline sweep keep them. */
export const rectificationStore: WorkflowStore<Rectification, RectificationState, RectificationAction, RectificationActor, RectificationContext> = {
  workflow: RECTIFICATION_WORKFLOW,
  load: (tx, tenantId, id, viewer) => tx.rectification.findFirst({ where: { tenantId, id, ...rectificationVisible(viewer) } }),
  actors: rectificationActorsOf,
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
