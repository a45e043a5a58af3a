import {
  idSchema,
  rectificationCancelSchema,
  rectificationIssueSchema,
  rectificationKeySchema,
  rectificationListSchema,
  rectificationProgressSchema,
  rectificationReportSchema,
  rectificationUrgeSchema,
  rectificationVerifySchema,
  type Assignee,
  type RectificationSource,
} from '@pcs/domain';
import type { Prisma, Tx } from '@pcs/db';
import { z } from 'zod';
import { audit } from '../../audit';
import type { Caller } from '../../caller';
import { InvalidInput, notFound } from '../../errors';
import { countyDeptProcedure, countyProcedure, router, tenantProcedure, tenantProcedureAnyOf, writeInto } from '../../trpc';
import { notify } from '../../workflow/notify';
import { nextNumber } from '../../workflow/numbering';
import { today } from '../rule-values';
import { countyTownshipIds, withTenantNames } from '../county-townships';
import { countyViewer, departmentViewer, townshipViewer, type Viewer } from '../suggestions/access';
import { resolveAssignees } from '../suggestions/assignment';
import { presentTransition } from '../suggestions/present';
import { defaultDueAt, presentRectification, rectificationButtons, rectificationVisible, runRectificationStep, type RectificationStepCall } from './rectification-steps';

type RectificationListQuery = z.infer<typeof rectificationListSchema>;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function listWhere(input: RectificationListQuery, viewer: Viewer): Prisma.RectificationWhereInput {
  return {
    ...rectificationVisible(viewer),
    ...(input.states?.length ? { state: { in: input.states } } : {}),
    ...(input.source ? { source: input.source } : {}),
    ...(input.handlingUnitId ? { handlingUnitId: input.handlingUnitId } : {}),
    ...(input.departmentId ? { departmentId: input.departmentId } : {}),
    ...(input.activityId ? { activityId: input.activityId } : {}),
    ...(input.overdue !== undefined ? { overdue: input.overdue } : {}),
    ...(input.isKey !== undefined ? { isKey: input.isKey } : {}),
    ...(input.search ? { OR: [{ title: { contains: input.search } }, { number: { contains: input.search } }, { unitName: { contains: input.search } }] } : {}),
  };
}

async function listRectifications(tx: Tx, input: RectificationListQuery, viewer: Viewer, tenantIds: readonly string[]) {
  const where = { ...listWhere(input, viewer), tenantId: { in: [...tenantIds] } };
  const orderBy: Prisma.RectificationOrderByWithRelationInput[] = input.sortBy
    ? [{ [input.sortBy]: input.sortDirection }, { id: 'asc' }]
    : [{ overdue: 'desc' }, { isKey: 'desc' }, { closedAt: { sort: 'desc', nulls: 'first' } }, { dueAt: 'asc' }, { id: 'asc' }];
  const [rows, total] = await Promise.all([
    tx.rectification.findMany({ where, include: { activity: { select: { title: true, kind: true } } }, orderBy, skip: (input.page - 1) * input.pageSize, take: input.pageSize }),
    tx.rectification.count({ where }),
  ]);
  return { items: rows.map(presentRectification), total, page: input.page, pageSize: input.pageSize };
}

export async function rectificationDetail(tx: Tx, tenantId: string, id: string, viewer: Viewer) {
  const row = await tx.rectification.findFirst({
    where: { tenantId, id, ...rectificationVisible(viewer) },
    include: { activity: { select: { title: true, kind: true } }, transitions: { orderBy: { id: 'asc' } }, petition: { select: { id: true, number: true, subject: true } } },
  });
  if (!row) throw notFound();
  const { transitions, petition, ...rest } = row;
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { name: true } });
  return { ...presentRectification(rest), tenantName: tenant.name, petition, timeline: transitions.map(presentTransition), actions: rectificationButtons(rest, viewer) };
}

/** Creates a task and its first history row ("issue"), and tells the responsible unit. */
export async function issueRectification(
  ctx: { tx: Tx; caller: Caller; requestId: string },
  tenantId: string,
  input: { source: RectificationSource; activityId?: string | null; petitionId?: string | null; title: string; description: string; requirement?: string | null; assignee: Assignee; dueOn?: string },
) {
  const [assignee] = await resolveAssignees(ctx.tx, tenantId, ctx.caller.county.id, input.assignee, [], ['assignee']);
  const issuedAt = day(today());
  const dueAt = input.dueOn ? day(input.dueOn) : await defaultDueAt(ctx.tx, ctx.caller.county.id, tenantId, input.source, issuedAt);
  if (dueAt < issuedAt) {
    throw new InvalidInput([{ code: 'custom', input: input.dueOn, path: ['dueOn'], message: 'The deadline is in the past', params: { zh: '整改期限不能早于今天', en: 'cannot be in the past' } }]);
  }
  const number = await nextNumber(ctx.tx, 'Rectification', tenantId, issuedAt.getUTCFullYear());
  const row = await ctx.tx.rectification.create({
    data: {
      tenantId,
      number,
      source: input.source,
      activityId: input.activityId ?? null,
      petitionId: input.petitionId ?? null,
      title: input.title,
      description: input.description,
      requirement: input.requirement ?? null,
      handlingUnitId: assignee!.handlingUnitId,
      departmentId: assignee!.departmentId,
      unitName: assignee!.unitName,
      issuedAt,
      dueAt,
      transitions: {
        create: {
          action: 'issue',
          fromState: null,
          toState: 'issued',
          actorKind: 'office',
          actorUserId: ctx.caller.user.id,
          actorName: ctx.caller.user.displayName,
          data: { unitName: assignee!.unitName, dueAt: dueAt.toISOString().slice(0, 10), source: input.source },
        },
      },
    },
  });
  await audit(ctx, { tenantId, action: 'create', entity: 'Rectification', entityId: row.id, after: { ...input, number } });
  await notify(
    ctx.tx,
    { handlingUnitIds: assignee!.handlingUnitId ? [assignee!.handlingUnitId] : [], departmentIds: assignee!.departmentId ? [assignee!.departmentId] : [] },
    { tenantId, kind: 'assigned', entity: 'Rectification', entityId: row.id, title: `${number} ${input.title}`, body: `整改期限 ${dueAt.toISOString().slice(0, 10)}` },
  );
  return { id: row.id, number, version: row.version, dueAt: dueAt.toISOString().slice(0, 10) };
}

const readers = tenantProcedureAnyOf(['supervision.read', 'assigned.read']);
const office = tenantProcedure('supervision.manage');
const handler = tenantProcedure('assigned.write');
const officeViewer: Viewer = { kind: 'office' };

type TenantCtx = { tx: Tx; tenant: { id: string }; caller: Caller; requestId: string };
const step = (ctx: TenantCtx, viewer: Viewer, rest: Pick<RectificationStepCall, 'id' | 'version' | 'action' | 'payload'>) =>
  runRectificationStep({ tx: ctx.tx, tenantId: ctx.tenant.id, caller: ctx.caller, requestId: ctx.requestId, viewer, ...rest });

/** Rectification tasks in the township app: the office issues, verifies and urges; the responsible unit rectifies and reports. */
export const rectificationsRouter = router({
  list: readers.input(rectificationListSchema).query(async ({ ctx, input }) => listRectifications(ctx.tx, input, await townshipViewer(ctx.tx, ctx.caller, ctx.tenant.id), [ctx.tenant.id])),

  get: readers.input(idSchema).query(async ({ ctx, input }) => rectificationDetail(ctx.tx, ctx.tenant.id, input.id, await townshipViewer(ctx.tx, ctx.caller, ctx.tenant.id))),

  /** A finding, or the deliberation opinions after a work report, becomes a task. */
  issue: office.input(rectificationIssueSchema).mutation(async ({ ctx, input }) => {
    const activity = await ctx.tx.supervisionActivity.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.activityId } } });
    if (!activity) throw notFound();
    if (input.source === 'deliberation_opinion' && activity.kind !== 'work_report_hearing') {
      throw new InvalidInput([{ code: 'custom', input: input.source, path: ['source'], message: 'Deliberation opinions follow a work report', params: { zh: '审议意见须来自听取专项工作报告', en: 'deliberation opinions follow the hearing of a work report' } }]);
    }
    return issueRectification(ctx, ctx.tenant.id, input);
  }),

  progress: handler.input(rectificationProgressSchema).mutation(async ({ ctx, input }) => {
    const viewer = await townshipViewer(ctx.tx, ctx.caller, ctx.tenant.id);
    const unit = await ctx.tx.rectification.findFirst({ where: { tenantId: ctx.tenant.id, id: input.id }, select: { unitName: true } });
    return step(ctx, viewer, { id: input.id, version: input.version, action: 'record_progress', payload: { note: input.note, unitName: unit?.unitName } });
  }),

  report: handler.input(rectificationReportSchema).mutation(async ({ ctx, input }) => {
    const viewer = await townshipViewer(ctx.tx, ctx.caller, ctx.tenant.id);
    const unit = await ctx.tx.rectification.findFirst({ where: { tenantId: ctx.tenant.id, id: input.id }, select: { unitName: true } });
    return step(ctx, viewer, { id: input.id, version: input.version, action: 'report', payload: { content: input.content, unitName: unit?.unitName } });
  }),

  verify: office.input(rectificationVerifySchema).mutation(async ({ ctx, input }) => {
    if (input.accept) return step(ctx, officeViewer, { id: input.id, version: input.version, action: 'verify_accept', payload: { reason: input.reason } });
    const dueAt = input.newDueOn ?? (await defaultDueAt(ctx.tx, ctx.caller.county.id, ctx.tenant.id, 'finding', day(today()))).toISOString().slice(0, 10);
    return step(ctx, officeViewer, { id: input.id, version: input.version, action: 'verify_reject', payload: { reason: input.reason, dueAt } });
  }),

  urge: office.input(rectificationUrgeSchema).mutation(({ ctx, input }) => step(ctx, officeViewer, { id: input.id, version: input.version, action: 'urge', payload: { note: input.note } })),

  setKey: office.input(rectificationKeySchema).mutation(({ ctx, input }) =>
    step(ctx, officeViewer, { id: input.id, version: input.version, action: input.isKey ? 'mark_key' : 'unmark_key', payload: { note: input.note } }),
  ),

  cancel: office.input(rectificationCancelSchema).mutation(({ ctx, input }) => step(ctx, officeViewer, { id: input.id, version: input.version, action: 'cancel', payload: { reason: input.reason } })),
});

async function tenantOfRectification(tx: Tx, viewer: Viewer, id: string): Promise<string> {
  const row = await tx.rectification.findFirst({ where: { id, ...rectificationVisible(viewer) }, select: { tenantId: true } });
  if (!row) throw notFound();
  return row.tenantId;
}

type CrossTownshipCtx = { tx: Tx; caller: Caller; requestId: string };

/** A step by a county viewer (department or standing committee) on a task it can see: written into the task's own township. */
async function crossTownshipStep(ctx: CrossTownshipCtx, viewer: Viewer, step: Pick<RectificationStepCall, 'id' | 'version' | 'action' | 'payload'>) {
  const tenantId = await tenantOfRectification(ctx.tx, viewer, step.id);
  await writeInto(ctx.tx, tenantId);
  return runRectificationStep({ tx: ctx.tx, tenantId, caller: ctx.caller, requestId: ctx.requestId, viewer, ...step });
}


/** A county department's rectification tasks and deliberation opinions from every township. */
export const departmentRectificationsRouter = router({
  list: countyDeptProcedure('assigned.read')
    .input(rectificationListSchema)
    .query(async ({ ctx, input }) => withTenantNames(ctx.tx, await listRectifications(ctx.tx, input, departmentViewer(ctx.department), ctx.tenantIds))),
  get: countyDeptProcedure('assigned.read')
    .input(idSchema)
    .query(async ({ ctx, input }) => rectificationDetail(ctx.tx, await tenantOfRectification(ctx.tx, departmentViewer(ctx.department), input.id), input.id, departmentViewer(ctx.department))),
  progress: countyDeptProcedure('assigned.write')
    .input(rectificationProgressSchema)
    .mutation(({ ctx, input }) => crossTownshipStep(ctx, departmentViewer(ctx.department), { id: input.id, version: input.version, action: 'record_progress', payload: { note: input.note, unitName: ctx.department.name } })),
  report: countyDeptProcedure('assigned.write')
    .input(rectificationReportSchema)
    .mutation(({ ctx, input }) => crossTownshipStep(ctx, departmentViewer(ctx.department), { id: input.id, version: input.version, action: 'report', payload: { content: input.content, unitName: ctx.department.name } })),
});

/** The county standing committee over rectification tasks: read across townships, key-supervise, urge. */
export const countyRectificationsRouter = router({
  list: countyProcedure('county.read')
    .input(rectificationListSchema.extend({ tenantId: z.uuid().optional() }))
    .query(async ({ ctx, input }) => withTenantNames(ctx.tx, await listRectifications(ctx.tx, input, countyViewer, await countyTownshipIds(ctx.tx, ctx.county.id, input.tenantId)))),
  get: countyProcedure('county.read')
    .input(idSchema)
    .query(async ({ ctx, input }) => rectificationDetail(ctx.tx, await tenantOfRectification(ctx.tx, countyViewer, input.id), input.id, countyViewer)),
  setKey: countyProcedure('county.supervise')
    .input(rectificationKeySchema)
    .mutation(({ ctx, input }) => crossTownshipStep(ctx, countyViewer, { id: input.id, version: input.version, action: input.isKey ? 'mark_key' : 'unmark_key', payload: { note: input.note } })),
  urge: countyProcedure('county.supervise')
    .input(rectificationUrgeSchema)
    .mutation(({ ctx, input }) => crossTownshipStep(ctx, countyViewer, { id: input.id, version: input.version, action: 'urge', payload: { note: input.note } })),
});
