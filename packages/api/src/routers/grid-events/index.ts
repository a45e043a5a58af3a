import { gridEventListSchema, gridEventReportSchema, gridEventStepSchema, hasPermission, idSchema, type Clock, type GridEventAction, type GridEventListQuery } from '@pcs/domain';
import type { Prisma, Tx } from '@pcs/db';
import { z } from 'zod';
import { rolesIn, type Caller } from '../../caller';
import { invalidField, notFound } from '../../errors';
import { countyDeptProcedure, countyProcedure, router, tenantProcedure, tenantProcedureAnyOf, writeInto } from '../../trpc';
import { runStep, stepActorOf } from '../../workflow/step-runner';
import { countyViewer, departmentViewer, officeViewer, unitsViewer, type Viewer } from '../../workflow/viewer';
import { countyTownshipIds, withTenantNames } from '../shared/county-townships';
import { listResult, loadPage, pageAndTotal, pageWindow } from '../shared/paging';
import { gridEventStepHooks } from './hooks';
import { gridEventDetail, presentEvent } from './present';
import { reportEvent } from './report';
import { gridEventStore, gridEventVisible } from './store';
import { headOfGridIds, workerMayReportInto } from './reporters';
import { holidaysRouter } from './holidays';
import { figuresSchema, townshipFigures } from './figures';
import { eventWhere } from './event-where';

/** Without a chosen sort: overdue first, then key-supervised, open before closed, the nearest deadline first (an index in this order: GridEvent_list_order_idx). */
export const GRID_EVENT_LIST_ORDER: Prisma.GridEventOrderByWithRelationInput[] = [
  { overdue: 'desc' }, { isKey: 'desc' }, { closedAt: { sort: 'desc', nulls: 'first' } }, { dueOn: { sort: 'asc', nulls: 'last' } }, { reportedAt: 'desc' }, { id: 'asc' },
];

function listWhere(input: GridEventListQuery, viewer: Viewer, userId: string): Prisma.GridEventWhereInput {
  return {
    AND: [
      gridEventVisible(viewer),
      input.mine ? { OR: [{ handlerUserId: userId }, { reporterUserId: userId }] } : {},
      input.search ? { OR: [{ number: { contains: input.search } }, { placeAddress: { contains: input.search } }, { description: { contains: input.search } }, { hotlineRef: { contains: input.search } }] } : {},
    ],
    ...(input.states?.length ? { state: { in: input.states } } : {}),
    ...(input.category ? { category: input.category } : {}),
    ...(input.urgency ? { urgency: input.urgency } : {}),
    ...(input.source ? { source: input.source } : {}),
    ...(input.gridId ? { gridId: input.gridId } : {}),
    ...(input.level ? { level: input.level } : {}),
    ...(input.overdue !== undefined ? { overdue: input.overdue } : {}),
    ...(input.isKey !== undefined ? { isKey: input.isKey } : {}),
  };
}

async function listEvents(ctx: { tx: Tx; clock: Clock; caller: Caller }, input: GridEventListQuery, viewer: Viewer, tenantIds: readonly string[]) {
  const where = { ...listWhere(input, viewer, ctx.caller.user.id), tenantId: { in: [...tenantIds] } };
  const orderBy: Prisma.GridEventOrderByWithRelationInput[] = input.sortBy ? [{ [input.sortBy]: input.sortDirection }, { id: 'asc' }] : GRID_EVENT_LIST_ORDER;
  const [page, total] = await pageAndTotal(input, () => tx(ctx).gridEvent.findMany({ where, select: { id: true }, orderBy, ...pageWindow(input) }), () => tx(ctx).gridEvent.count({ where }));
  const rows = await loadPage(page, (ids) => tx(ctx).gridEvent.findMany({ where: { tenantId: { in: [...tenantIds] }, id: { in: ids } }, include: { grid: { select: { name: true } } } }));
  return listResult(input, rows.map((r) => presentEvent(r, ctx.clock.today)), total);
}
const tx = (ctx: { tx: Tx }) => ctx.tx;

type StepInput = { id: string; version: number; action: GridEventAction; payload: Record<string, unknown> };
type CallCtx = { tx: Tx; caller: Caller; requestId: string; clock: Clock };

function step(ctx: CallCtx, tenantId: string, viewer: Viewer, input: StepInput) {
  const actor = stepActorOf(ctx.caller);
  const hooks = gridEventStepHooks({ tx: ctx.tx, tenantId, actor, clock: ctx.clock }, input.action);
  return runStep(gridEventStore, { tx: ctx.tx, tenantId, actor, requestId: ctx.requestId, viewer, clock: ctx.clock, ...input }, hooks);
}

/** The township of an event the viewer sees, among the townships it reads (named, not left to RLS: one shard each on a distributed database). */
async function tenantOfEvent(db: Tx, viewer: Viewer, id: string, tenantIds: readonly string[]): Promise<string> {
  const row = await db.gridEvent.findFirst({ where: { ...eventWhere({ in: [...tenantIds] }, id), ...gridEventVisible(viewer) }, select: { tenantId: true } });
  if (!row) throw notFound();
  return row.tenantId;
}

/** A step by a county viewer (department or grid office) on an event it can see: written into the event's own township. */
async function crossTownshipStep(ctx: CallCtx, viewer: Viewer, input: StepInput, tenantIds: readonly string[]) {
  const tenantId = await tenantOfEvent(ctx.tx, viewer, input.id, tenantIds);
  await writeInto(ctx.tx, tenantId);
  return step(ctx, tenantId, viewer, input);
}

/** The township viewer: the office, or a unit's handler / grid worker (their units' events and their own). */
async function viewerOf(ctx: { tx: Tx; caller: Caller; tenant: { id: string } }): Promise<Viewer> {
  if (hasPermission(rolesIn(ctx.caller, ctx.tenant.id), 'grid_event.read')) return officeViewer;
  return { ...(await unitsViewer(ctx.tx, ctx.caller, ctx.tenant.id)), headOfGridIds: await headOfGridIds(ctx.tx, ctx.tenant.id, ctx.caller.user.id) };
}

const readers = tenantProcedureAnyOf(['grid_event.read', 'grid_event.report', 'assigned.read']);
const stepTakers = tenantProcedureAnyOf(['grid_event.manage', 'grid_event.report', 'assigned.write']);

/** Grid events in the township app: the office accepts, dispatches and verifies; units and grid workers handle; grid workers report. */
export const gridEventsRouter = router({
  list: readers.input(gridEventListSchema).query(async ({ ctx, input }) => listEvents(ctx, input, await viewerOf(ctx), [ctx.tenant.id])),

  get: readers.input(idSchema).query(async ({ ctx, input }) => gridEventDetail(ctx, ctx.tenant.id, input.id, await viewerOf(ctx))),

  /**
   * A report by a grid worker (into a grid of theirs) or by the office (any grid; hotline
   * complaints with the hotline's reference). Sent again with the same Idempotency-Key, it
   * answers the first report: one event.
   */
  report: tenantProcedure('grid_event.report')
    .input(gridEventReportSchema)
    .mutation(async ({ ctx, input }) => {
      const office = hasPermission(rolesIn(ctx.caller, ctx.tenant.id), 'grid_event.manage');
      if (!office) {
        if (input.source !== 'grid_worker' && input.source !== 'patrol') throw invalidField(['source'], { zh: '网格员只能上报本人发现的事件', en: 'a grid worker reports what they found' }, input.source);
        if (!(await workerMayReportInto(ctx.tx, ctx.tenant.id, ctx.caller.user.id, input.gridId))) throw invalidField(['gridId'], { zh: '不是您负责的网格', en: 'not a grid of yours' }, input.gridId);
      }
      const actor = { ...stepActorOf(ctx.caller), kind: office ? ('office' as const) : ('reporter' as const) };
      return reportEvent({ tx: ctx.tx, actor, clock: ctx.clock, requestId: ctx.requestId }, ctx.tenant.id, input);
    }),

  /** Every step of the workflow: `{ id, version, action, payload }`; the transition table decides who may take it. */
  step: stepTakers.input(gridEventStepSchema).mutation(async ({ ctx, input }) => step(ctx, ctx.tenant.id, await viewerOf(ctx), input)),

  /** Durations, on-time rates, overdue, escalated, returned, reopened and satisfaction as of a moment, from the history. */
  figures: tenantProcedure('grid_event.read')
    .input(figuresSchema)
    .query(({ ctx, input }) => townshipFigures(ctx.tx, ctx.caller.county.id, ctx.tenant.id, ctx.clock, input.asOf)),

  /** What the office's forms offer: grids, handling units, the township's people, the county's departments. */
  options: tenantProcedure('grid_event.report').query(async ({ ctx }) => {
    // A grid worker is offered the grids they may report into: theirs and their finer cells.
    const office = hasPermission(rolesIn(ctx.caller, ctx.tenant.id), 'grid_event.manage');
    const userId = ctx.caller.user.id;
    const theirs = office ? {} : { OR: [{ members: { some: { userId } } }, { parent: { members: { some: { userId } } } }] };
    const [grids, units, people, departments] = await Promise.all([
      ctx.tx.grid.findMany({ where: { tenantId: ctx.tenant.id, ...theirs }, select: { id: true, name: true, level: true }, orderBy: [{ level: 'asc' }, { name: 'asc' }] }),
      ctx.tx.handlingUnit.findMany({ where: { tenantId: ctx.tenant.id }, select: { id: true, name: true }, orderBy: { name: 'asc' } }),
      ctx.tx.membership.findMany({ where: { tenantId: ctx.tenant.id, role: { in: ['grid_worker', 'township_handler'] } }, select: { user: { select: { id: true, displayName: true } } }, distinct: ['userId'] }),
      ctx.tx.countyDepartment.findMany({ where: { countyId: ctx.caller.county.id }, select: { id: true, name: true }, orderBy: { code: 'asc' } }),
    ]);
    return { grids, units, people: people.map((p) => p.user), departments };
  }),
});

/** A county department's events: those escalated to it, from every township. */
export const departmentGridEventsRouter = router({
  list: countyDeptProcedure('assigned.read')
    .input(gridEventListSchema)
    .query(async ({ ctx, input }) => withTenantNames(ctx.tx, await listEvents(ctx, input, departmentViewer(ctx.department), ctx.tenantIds))),
  get: countyDeptProcedure('assigned.read')
    .input(idSchema)
    .query(async ({ ctx, input }) => gridEventDetail(ctx, await tenantOfEvent(ctx.tx, departmentViewer(ctx.department), input.id, ctx.tenantIds), input.id, departmentViewer(ctx.department))),
  step: countyDeptProcedure('assigned.write')
    .input(gridEventStepSchema)
    .mutation(({ ctx, input }) => crossTownshipStep(ctx, departmentViewer(ctx.department), input, ctx.tenantIds)),
});

/** The county grid office (level 2): every escalated or overdue event of the county; it urges and reassigns, nothing else. */
export const countyGridEventsRouter = router({
  list: countyProcedure('grid_event.county')
    .input(gridEventListSchema.extend({ tenantId: z.uuid().optional() }))
    .query(async ({ ctx, input }) => withTenantNames(ctx.tx, await listEvents(ctx, input, countyViewer, await countyTownshipIds(ctx.tx, ctx.county.id, input.tenantId)))),
  get: countyProcedure('grid_event.county')
    .input(idSchema)
    .query(async ({ ctx, input }) => gridEventDetail(ctx, await tenantOfEvent(ctx.tx, countyViewer, input.id, ctx.tenantIds), input.id, countyViewer)),
  step: countyProcedure('grid_event.county')
    .input(gridEventStepSchema)
    .mutation(({ ctx, input }) => crossTownshipStep(ctx, countyViewer, input, ctx.tenantIds)),
  departments: countyProcedure('grid_event.county').query(({ ctx }) =>
    ctx.tx.countyDepartment.findMany({ where: { countyId: ctx.county.id }, select: { id: true, name: true }, orderBy: { code: 'asc' } }),
  ),
  holidays: holidaysRouter,
});
