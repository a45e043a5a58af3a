import { instantAt, patrolTimeIssues, type patrolCreateSchema, type patrolListSchema } from '@pcs/domain';
import type { Prisma } from '@pcs/db';
import type { z } from 'zod';
import { audit } from '../../audit';
import { presentAttachments } from '../../attachments/service';
import { invalidField, notFound, requireValid } from '../../errors';
import { isGridOffice, memberGridIds, requireGridFor } from '../grids/access';
import { listResult, loadPage, orderBy, pageAndTotal, pageWindow } from '../shared/paging';
import type { TenantCtx } from '../shared/tenant-context';

/**
 * Records a patrol: a grid worker on a grid they are a member of (refused otherwise), the office
 * on any grid (a paper patrol record entered afterwards). Each ledger object visited must be of
 * the patrolled grid; its visit becomes an inspection in the object's history.
 */
export async function createPatrol(ctx: TenantCtx, input: z.infer<typeof patrolCreateSchema>) {
  requireValid(patrolTimeIssues(input, ctx.clock.now));
  const grid = await requireGridFor(ctx, input.gridId, 'manage');
  const objectIds = [...new Set(input.visits.map((v) => v.ledgerObjectId))];
  if (objectIds.length !== input.visits.length) throw invalidField(['visits'], { zh: '同一对象只能记录一次', en: 'each object can be recorded once' });
  const objects = await ctx.tx.ledgerObject.findMany({ where: { tenantId: ctx.tenant.id, id: { in: objectIds } }, select: { id: true, gridId: true } });
  // Another township's object is not found; one of another grid is not on this patrol's route.
  if (objects.length !== objectIds.length) throw notFound();
  const strays = input.visits.flatMap((v, i) => (objects.find((o) => o.id === v.ledgerObjectId)!.gridId === grid.id ? [] : [i]));
  if (strays.length > 0) throw invalidField(['visits', strays[0]!, 'ledgerObjectId'], { zh: '该对象不属于所巡查的网格', en: 'this object is not in the patrolled grid' });
  const patrollerName = ctx.caller.user.displayName;
  const endedAt = new Date(input.endedAt);
  const row = await ctx.tx.patrol.create({
    data: {
      tenantId: ctx.tenant.id,
      gridId: grid.id,
      patrollerId: ctx.caller.user.id,
      patrollerName,
      startedAt: new Date(input.startedAt),
      endedAt,
      findings: input.findings ?? null,
      inspections: { create: input.visits.map((v) => ({ ledgerObjectId: v.ledgerObjectId, inspectedAt: endedAt, inspectorName: patrollerName, problemFound: v.problemFound, finding: v.finding ?? null })) },
    },
  });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'Patrol', entityId: row.id, after: input });
  return { id: row.id };
}

export async function listPatrols(ctx: TenantCtx, input: z.infer<typeof patrolListSchema>) {
  const tz = ctx.clock.timeZone;
  const where: Prisma.PatrolWhereInput = {
    tenantId: ctx.tenant.id,
    ...(isGridOffice(ctx) ? {} : { gridId: { in: await memberGridIds(ctx) } }),
    ...(input.mine ? { patrollerId: ctx.caller.user.id } : {}),
    ...(input.gridId ? { gridId: input.gridId } : {}),
    ...(input.from || input.to ? { startedAt: { ...(input.from ? { gte: instantAt(input.from, 0, tz) } : {}), ...(input.to ? { lt: instantAt(input.to, 24, tz) } : {}) } } : {}),
    ...(input.search ? { OR: [{ findings: { contains: input.search } }, { patrollerName: { contains: input.search } }, { grid: { name: { contains: input.search } } }] } : {}),
  };
  const [page, total] = await pageAndTotal(input, () => ctx.tx.patrol.findMany({ where, select: { id: true }, orderBy: orderBy(input.sortBy, input.sortDirection, 'startedAt', { gridName: 'grid' }), ...pageWindow(input) }), () => ctx.tx.patrol.count({ where }));
  const rows = await loadPage(page, (ids) =>
    ctx.tx.patrol.findMany({
      where: { tenantId: ctx.tenant.id, id: { in: ids } },
      include: { grid: { select: { name: true } }, _count: { select: { inspections: true } }, inspections: { where: { problemFound: true }, select: { id: true } } },
    }),
  );
  const photos = await ctx.tx.attachment.groupBy({ by: ['ownerId'], where: { tenantId: ctx.tenant.id, ownerKind: 'patrol', ownerId: { in: rows.map((r) => r.id) } }, _count: { _all: true } });
  const photoCount = new Map(photos.map((p) => [p.ownerId, p._count._all]));
  return listResult(
    input,
    rows.map((p) => ({
      id: p.id,
      gridId: p.gridId,
      gridName: p.grid.name,
      patrollerName: p.patrollerName,
      startedAt: p.startedAt.toISOString(),
      endedAt: p.endedAt.toISOString(),
      findings: p.findings,
      visitCount: p._count.inspections,
      problemCount: p.inspections.length,
      photoCount: photoCount.get(p.id) ?? 0,
    })),
    total,
  );
}

export async function patrolDetail(ctx: TenantCtx, id: string) {
  const row = await ctx.tx.patrol.findFirst({
    where: { tenantId: ctx.tenant.id, id, ...(isGridOffice(ctx) ? {} : { gridId: { in: await memberGridIds(ctx) } }) },
    include: { grid: { select: { name: true } }, inspections: { include: { ledgerObject: { select: { name: true, kind: true } } }, orderBy: { ledgerObject: { name: 'asc' } } } },
  });
  if (!row) throw notFound();
  const office = isGridOffice(ctx, 'manage');
  return {
    id: row.id,
    gridId: row.gridId,
    gridName: row.grid.name,
    patrollerName: row.patrollerName,
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt.toISOString(),
    findings: row.findings,
    visits: row.inspections.map((i) => ({ id: i.id, ledgerObjectId: i.ledgerObjectId, name: i.ledgerObject.name, kind: i.ledgerObject.kind, problemFound: i.problemFound, finding: i.finding })),
    photos: await presentAttachments(ctx.tx, ctx.tenant.id, 'patrol', row.id, { userId: ctx.caller.user.id, standing: office ? 'office' : 'unit' }),
    canAttach: office || row.patrollerId === ctx.caller.user.id,
  };
}
