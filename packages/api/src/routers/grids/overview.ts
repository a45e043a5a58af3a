import type { IsoDay } from '@pcs/domain';
import { coveragePeriods, gridsCoverage } from '../shared/patrol-coverage';
import type { TenantCtx } from '../shared/tenant-context';

/** Every grid with its people, its open (and overdue) events, and patrol coverage in the week and month holding `on` (the grid overview page). */
export async function gridOverview(ctx: TenantCtx, on: IsoDay) {
  const [grids, guarantee] = await Promise.all([
    ctx.tx.grid.findMany({
      where: { tenantId: ctx.tenant.id },
      select: { id: true, name: true, level: true, parentId: true, members: { select: { role: true, name: true }, orderBy: { createdAt: 'asc' } }, _count: { select: { ledgerObjects: true } } },
      orderBy: [{ level: 'asc' }, { name: 'asc' }],
    }),
    ctx.tx.gridGuarantee.findUnique({ where: { townshipId: ctx.tenant.id }, select: { department: { select: { id: true, name: true } } } }),
  ]);
  const [coverage, open, overdue] = await Promise.all([
    gridsCoverage(ctx, grids.map((g) => g.id), on),
    ctx.tx.gridEvent.groupBy({ by: ['gridId'], where: { tenantId: ctx.tenant.id, state: { notIn: ['closed', 'refused'] } }, _count: { _all: true } }),
    ctx.tx.gridEvent.groupBy({ by: ['gridId'], where: { tenantId: ctx.tenant.id, state: { notIn: ['closed', 'refused'] }, overdue: true }, _count: { _all: true } }),
  ]);
  const countOf = (rows: typeof open, gridId: string) => rows.find((r) => r.gridId === gridId)?._count._all ?? 0;
  return {
    on,
    periods: coveragePeriods(on),
    /** The level-2 grid: the county department that guarantees this township, if the county set one. */
    guaranteeDepartment: guarantee?.department ?? null,
    grids: grids.map((g) => ({
      id: g.id,
      name: g.name,
      level: g.level as 3 | 4 | 5,
      parentId: g.parentId,
      members: g.members,
      ledgerObjectCount: g._count.ledgerObjects,
      /** Events of the grid not closed or refused now, and of those the overdue ones. */
      openEvents: countOf(open, g.id),
      overdueEvents: countOf(overdue, g.id),
      ...coverage.get(g.id)!,
    })),
  };
}
