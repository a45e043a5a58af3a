import { localDay, type ledgerListSchema, type ledgerObjectCreateSchema, type ledgerObjectUpdateSchema } from '@pcs/domain';
import type { Prisma } from '@pcs/db';
import type { z } from 'zod';
import { audit } from '../../audit';
import { AppError, notFound, staleVersion } from '../../errors';
import { isGridOffice, memberGridIds, requireGridFor } from '../grids/access';
import { listResult, loadPage, orderBy, pageAndTotal, pageWindow } from '../shared/paging';
import type { TenantCtx } from '../shared/tenant-context';

/** The office sees every grid's ledger; a grid worker the ledgers of their own grids. */
async function visibleGrids(ctx: TenantCtx): Promise<Prisma.LedgerObjectWhereInput> {
  return isGridOffice(ctx) ? {} : { gridId: { in: await memberGridIds(ctx) } };
}

export async function listLedgerObjects(ctx: TenantCtx, input: z.infer<typeof ledgerListSchema>) {
  const where: Prisma.LedgerObjectWhereInput = {
    tenantId: ctx.tenant.id,
    ...(await visibleGrids(ctx)),
    ...(input.gridId ? { gridId: input.gridId } : {}),
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.riskLevel ? { riskLevel: input.riskLevel } : {}),
    ...(input.search ? { OR: [{ name: { contains: input.search } }, { address: { contains: input.search } }, { responsiblePerson: { contains: input.search } }] } : {}),
  };
  const sortBy = input.sortBy === 'lastInspectedAt' ? undefined : input.sortBy;
  const [page, total] = await pageAndTotal(input, () => ctx.tx.ledgerObject.findMany({ where, select: { id: true }, orderBy: orderBy(sortBy, input.sortDirection, 'name', { gridName: 'grid' }), ...pageWindow(input) }), () => ctx.tx.ledgerObject.count({ where }));
  const rows = await loadPage(page, (ids) =>
    ctx.tx.ledgerObject.findMany({
      where: { tenantId: ctx.tenant.id, id: { in: ids } },
      include: { grid: { select: { name: true } }, inspections: { select: { inspectedAt: true, problemFound: true }, orderBy: { inspectedAt: 'desc' }, take: 1 }, _count: { select: { inspections: true } } },
    }),
  );
  return listResult(
    input,
    rows.map(({ grid, inspections, _count, tenantId: _t, createdAt: _c, updatedAt: _u, ...o }) => ({
      ...o,
      gridName: grid.name,
      inspectionCount: _count.inspections,
      lastInspectedAt: inspections[0]?.inspectedAt.toISOString() ?? null,
      lastProblemFound: inspections[0]?.problemFound ?? null,
    })),
    total,
  );
}

/** One object with its inspection history, newest first (most recorded by patrols). */
export async function ledgerObjectDetail(ctx: TenantCtx, id: string) {
  const row = await ctx.tx.ledgerObject.findFirst({
    where: { tenantId: ctx.tenant.id, id, ...(await visibleGrids(ctx)) },
    include: { grid: { select: { name: true } }, inspections: { orderBy: { inspectedAt: 'desc' }, select: { id: true, inspectedAt: true, inspectorName: true, problemFound: true, finding: true, patrolId: true } } },
  });
  if (!row) throw notFound();
  const { grid, inspections, tenantId: _t, createdAt: _c, updatedAt: _u, ...o } = row;
  return { ...o, gridName: grid.name, inspections: inspections.map((i) => ({ ...i, inspectedAt: i.inspectedAt.toISOString(), day: localDay(i.inspectedAt, ctx.clock.timeZone) })) };
}

const data = (input: z.infer<typeof ledgerObjectCreateSchema>) => ({
  ...input,
  latitude: input.latitude ?? null,
  longitude: input.longitude ?? null,
  responsiblePerson: input.responsiblePerson ?? null,
  responsiblePhone: input.responsiblePhone ?? null,
  note: input.note ?? null,
});

const duplicate = () => new AppError('CONFLICT', 'CONFLICT_DUPLICATE', { zh: '该网格已有同名台账对象', en: 'This grid already has a ledger object of that name' });

export async function createLedgerObject(ctx: TenantCtx, input: z.infer<typeof ledgerObjectCreateSchema>) {
  await requireGridFor(ctx, input.gridId, 'manage');
  if (await ctx.tx.ledgerObject.findFirst({ where: { tenantId: ctx.tenant.id, gridId: input.gridId, name: input.name } })) throw duplicate();
  const row = await ctx.tx.ledgerObject.create({ data: { ...data(input), tenantId: ctx.tenant.id } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'LedgerObject', entityId: row.id, after: input });
  return { id: row.id, version: row.version };
}

export async function updateLedgerObject(ctx: TenantCtx, input: z.infer<typeof ledgerObjectUpdateSchema>) {
  const { id, version, ...changes } = input;
  const before = await ctx.tx.ledgerObject.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } } });
  if (!before) throw notFound();
  await requireGridFor(ctx, changes.gridId, 'manage');
  if (await ctx.tx.ledgerObject.findFirst({ where: { tenantId: ctx.tenant.id, gridId: changes.gridId, name: changes.name, id: { not: id } } })) throw duplicate();
  const updated = await ctx.tx.ledgerObject.updateMany({ where: { tenantId: ctx.tenant.id, id, version }, data: { ...data(changes), version: { increment: 1 } } });
  if (updated.count === 0) throw staleVersion();
  const { tenantId: _t, ...rest } = before;
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'update', entity: 'LedgerObject', entityId: id, before: rest, after: changes });
  return { id, version: version + 1 };
}

/** An object goes with its inspection history; one visited on patrols is kept (the patrols name it). */
export async function deleteLedgerObject(ctx: TenantCtx, id: string) {
  const row = await ctx.tx.ledgerObject.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } }, include: { _count: { select: { inspections: { where: { patrolId: { not: null } } } } } } });
  if (!row) throw notFound();
  if (row._count.inspections > 0) throw new AppError('CONFLICT', 'IN_USE', { zh: '该对象已有巡查记录，不能删除', en: 'This object has patrol records and cannot be deleted' });
  await ctx.tx.ledgerObject.delete({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'delete', entity: 'LedgerObject', entityId: id, before: { name: row.name, gridId: row.gridId } });
  return { id };
}
