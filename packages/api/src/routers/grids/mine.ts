import { coveragePeriods, gridsCoverage } from '../shared/patrol-coverage';
import type { TenantCtx } from '../shared/tenant-context';

/** The grid worker's own grids (我的网格): their role there, the ledger objects to visit, coverage this week and month. */
export async function myGrids(ctx: TenantCtx) {
  const memberships = await ctx.tx.gridMember.findMany({
    where: { tenantId: ctx.tenant.id, userId: ctx.caller.user.id },
    select: {
      role: true,
      grid: {
        select: {
          id: true,
          name: true,
          level: true,
          areaDescription: true,
          village: { select: { name: true } },
          ledgerObjects: { select: { id: true, name: true, kind: true, riskLevel: true, address: true }, orderBy: [{ riskLevel: 'asc' }, { name: 'asc' }] },
        },
      },
    },
    orderBy: { grid: { name: 'asc' } },
  });
  const coverage = await gridsCoverage(ctx, memberships.map((m) => m.grid.id), ctx.clock.today);
  return {
    periods: coveragePeriods(ctx.clock.today),
    grids: memberships.map(({ role, grid }) => ({
      id: grid.id,
      name: grid.name,
      level: grid.level as 3 | 4 | 5,
      villageName: grid.village?.name ?? null,
      areaDescription: grid.areaDescription,
      role,
      ledgerObjects: grid.ledgerObjects,
      ...coverage.get(grid.id)!,
    })),
  };
}
