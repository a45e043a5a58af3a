import { gridGuaranteeSetSchema } from '@pcs/domain';
import { audit } from '../../audit';
import { notFound } from '../../errors';
import { countyProcedure, platformProcedure, router } from '../../trpc';
import type { CountyCtx } from '../shared/procedure-context';

/** Every township of the county with the department that guarantees it (包保), if any: the level-2 grid. */
async function listGuarantees(ctx: Pick<CountyCtx, 'tx' | 'county'>) {
  const [townships, departments, guarantees] = await Promise.all([
    ctx.tx.tenant.findMany({ where: { countyId: ctx.county.id }, select: { id: true, name: true, code: true, status: true }, orderBy: { code: 'asc' } }),
    ctx.tx.countyDepartment.findMany({ where: { countyId: ctx.county.id }, select: { id: true, name: true, code: true }, orderBy: { code: 'asc' } }),
    ctx.tx.gridGuarantee.findMany({ where: { countyId: ctx.county.id }, select: { townshipId: true, departmentId: true, updatedAt: true, updatedBy: true } }),
  ]);
  const byTownship = new Map(guarantees.map((g) => [g.townshipId, g]));
  return {
    departments,
    townships: townships.map((t) => {
      const g = byTownship.get(t.id);
      return { ...t, departmentId: g?.departmentId ?? null, departmentName: departments.find((d) => d.id === g?.departmentId)?.name ?? null, updatedAt: g?.updatedAt.toISOString() ?? null, updatedBy: g?.updatedBy ?? null };
    }),
  };
}

/**
 * The level-2 grid (二级网格): which county department guarantees which township. A county table
 * like the county settings: the county reads it, the platform admin sets it (county-wide settings).
 */
export const gridGuaranteesRouter = router({
  list: countyProcedure('county.read').query(({ ctx }) => listGuarantees(ctx)),

  set: platformProcedure('settings.manage_county')
    .input(gridGuaranteeSetSchema)
    .mutation(async ({ ctx, input }) => {
      const township = await ctx.tx.tenant.findFirst({ where: { id: input.townshipId, countyId: ctx.county.id }, select: { id: true } });
      if (!township) throw notFound();
      const before = await ctx.tx.gridGuarantee.findUnique({ where: { townshipId: township.id } });
      if (input.departmentId === null) {
        if (before) await ctx.tx.gridGuarantee.delete({ where: { townshipId: township.id } });
      } else {
        const department = await ctx.tx.countyDepartment.findFirst({ where: { id: input.departmentId, countyId: ctx.county.id }, select: { id: true } });
        if (!department) throw notFound();
        await ctx.tx.gridGuarantee.upsert({
          where: { townshipId: township.id },
          create: { countyId: ctx.county.id, townshipId: township.id, departmentId: department.id, updatedBy: ctx.caller.user.username },
          update: { departmentId: department.id, updatedBy: ctx.caller.user.username },
        });
      }
      await audit(ctx, { tenantId: null, action: 'update', entity: 'GridGuarantee', entityId: township.id, before: before ? { departmentId: before.departmentId } : null, after: input });
      return { townshipId: township.id, departmentId: input.departmentId };
    }),
});
