import type { rectificationIssueSchema, rectificationListSchema} from '@pcs/domain';
import { NOTIFICATION_BODIES, dateOf, rectificationActionsFor, rectificationActorsOf, yearOf, type Assignee, type Clock, type RectificationAction, type RectificationSource } from '@pcs/domain';
import type { Prisma, Tx } from '@pcs/db';
import type { z } from 'zod';
import { auditAs } from '../../audit';
import { itemAttachments } from '../../attachments/service';
import type { Caller } from '../../caller';
import { invalidField, notFound } from '../../errors';
import { writeInto } from '../../trpc';
import { notify } from '../../workflow/notify';
import { nextNumber } from '../../workflow/numbering';
import { presentTransition } from '../../workflow/present-transition';
import { runStep, stepActorOf, type StepActor } from '../../workflow/step-runner';
import { townshipViewer, type Viewer } from '../../workflow/viewer';
import { resolveAssignees } from '../../workflow/assignees';
import { rectificationStepHooks } from './rectification-hooks';
import { defaultDueOn, presentRectification, rectificationContext, rectificationStore } from './rectification-store';
import { rectificationVisible } from '../../workflow/visibility';
import { listResult, loadPage, pageAndTotal, pageWindow } from '../shared/paging';
import type { TenantCtx } from '../shared/tenant-context';

type RectificationListQuery = z.infer<typeof rectificationListSchema>;

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

export async function listRectifications(tx: Tx, input: RectificationListQuery, viewer: Viewer, tenantIds: readonly string[]) {
  const where = { ...listWhere(input, viewer), tenantId: { in: [...tenantIds] } };
  const orderBy: Prisma.RectificationOrderByWithRelationInput[] = input.sortBy
    ? [{ [input.sortBy]: input.sortDirection }, { id: 'asc' }]
    : [{ overdue: 'desc' }, { isKey: 'desc' }, { closedAt: { sort: 'desc', nulls: 'first' } }, { dueOn: 'asc' }, { id: 'asc' }];
  const [page, total] = await pageAndTotal(input, () => tx.rectification.findMany({ where, select: { id: true }, orderBy, ...pageWindow(input) }), () => tx.rectification.count({ where }));
  const rows = await loadPage(page, (ids) => tx.rectification.findMany({ where: { tenantId: { in: [...tenantIds] }, id: { in: ids } }, include: { activity: { select: { title: true, kind: true } } } }));
  return listResult(input, rows.map(presentRectification), total);
}

export async function rectificationDetail(tx: Tx, caller: Caller, clock: Clock, tenantId: string, id: string, viewer: Viewer) {
  const row = await tx.rectification.findFirst({
    where: { tenantId, id, ...rectificationVisible(viewer) },
    include: { activity: { select: { title: true, kind: true } }, transitions: { orderBy: [{ at: 'asc' }, { id: 'asc' }] }, petition: { select: { id: true, number: true, subject: true } } },
  });
  if (!row) throw notFound();
  const { transitions, petition, ...rest } = row;
  const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { name: true } });
  return {
    ...presentRectification(rest),
    tenantName: tenant.name,
    petition,
    timeline: transitions.map(presentTransition),
    ...(await itemAttachments(tx, caller, tenantId, 'rectification', id, viewer)),
    actions: rectificationActionsFor(rest.state, rectificationActorsOf(viewer, rest), clock, rectificationContext(rest)),
  };
}

/** Creates a task and its first history row ("issue"), and tells the responsible unit. */
export async function issueRectification(
  ctx: { tx: Tx; actor: StepActor; clock: Clock; requestId: string | null },
  tenantId: string,
  input: { source: RectificationSource; activityId?: string | null; petitionId?: string | null; title: string; description: string; requirement?: string | null; assignee: Assignee; dueOn?: string | undefined },
  paths: { assignee: (string | number)[]; dueOn: (string | number)[] } = { assignee: ['assignee'], dueOn: ['dueOn'] },
) {
  const { tx, clock } = ctx;
  const [assignee] = await resolveAssignees(tx, tenantId, ctx.actor.countyId, input.assignee, [], paths.assignee);
  const issuedOn = clock.today;
  const dueOn = input.dueOn ?? (await defaultDueOn(tx, ctx.actor.countyId, tenantId, input.source, issuedOn));
  if (dueOn < issuedOn) throw invalidField(paths.dueOn, { zh: '整改期限不能早于今天', en: 'cannot be in the past' }, input.dueOn);
  const number = await nextNumber(tx, 'Rectification', tenantId, yearOf(issuedOn));
  const row = await tx.rectification.create({
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
      issuedOn: dateOf(issuedOn),
      dueOn: dateOf(dueOn),
      transitions: {
        create: {
          action: 'issue',
          fromState: null,
          toState: 'issued',
          actorKind: 'office',
          actorUserId: ctx.actor.userId,
          actorName: ctx.actor.displayName,
          at: clock.now,
          data: { unitName: assignee!.unitName, dueOn, source: input.source },
        },
      },
    },
  });
  await auditAs(tx, ctx.actor, ctx.requestId, { tenantId, action: 'create', entity: 'Rectification', entityId: row.id, after: { ...input, number } });
  await notify(
    tx,
    { handlingUnitIds: assignee!.handlingUnitId ? [assignee!.handlingUnitId] : [], departmentIds: assignee!.departmentId ? [assignee!.departmentId] : [] },
    { tenantId, kind: 'assigned', entity: 'Rectification', entityId: row.id, title: `${number} ${input.title}`, body: NOTIFICATION_BODIES.rectificationAssigned(dueOn) },
  );
  return { id: row.id, number, version: row.version, dueOn, unitName: assignee!.unitName };
}

type StepInput = { id: string; version: number; action: RectificationAction; payload: Record<string, unknown> };
type CallCtx = { tx: Tx; caller: Caller; requestId: string; clock: Clock };

export function step(ctx: CallCtx, tenantId: string, viewer: Viewer, input: StepInput) {
  const hooks = rectificationStepHooks({ tx: ctx.tx, tenantId, countyId: ctx.caller.county.id, clock: ctx.clock }, input.action);
  return runStep(rectificationStore, { tx: ctx.tx, tenantId, actor: stepActorOf(ctx.caller), requestId: ctx.requestId, viewer, clock: ctx.clock, ...input }, hooks);
}

export async function tenantOfRectification(tx: Tx, viewer: Viewer, id: string, tenantIds: readonly string[]): Promise<string> {
  // The townships are named (not left to RLS): on a distributed database the lookup reaches their shards only.
  const row = await tx.rectification.findFirst({ where: { tenantId: { in: [...tenantIds] }, id, ...rectificationVisible(viewer) }, select: { tenantId: true } });
  if (!row) throw notFound();
  return row.tenantId;
}

/** A step by a county viewer (department or standing committee) on a task it can see: written into the task's own township. */
export async function crossTownshipStep(ctx: CallCtx, viewer: Viewer, input: StepInput, tenantIds: readonly string[]) {
  const tenantId = await tenantOfRectification(ctx.tx, viewer, input.id, tenantIds);
  await writeInto(ctx.tx, tenantId);
  return step(ctx, tenantId, viewer, input);
}

export const viewerOf = (ctx: { tx: Tx; caller: Caller; tenant: { id: string } }) => townshipViewer(ctx.tx, ctx.caller, ctx.tenant.id, 'supervision.read');

/** A finding, or the deliberation opinions after a work report, becomes a task. */
export async function issueActivityRectification(ctx: TenantCtx, input: z.infer<typeof rectificationIssueSchema>) {
  const activity = await ctx.tx.supervisionActivity.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.activityId } } });
  if (!activity) throw notFound();
  if (input.source === 'deliberation_opinion' && activity.kind !== 'work_report_hearing') {
    throw invalidField(['source'], { zh: '审议意见须来自听取专项工作报告', en: 'deliberation opinions follow the hearing of a work report' }, input.source);
  }
  return issueRectification({ tx: ctx.tx, actor: stepActorOf(ctx.caller), clock: ctx.clock, requestId: ctx.requestId }, ctx.tenant.id, input);
}
