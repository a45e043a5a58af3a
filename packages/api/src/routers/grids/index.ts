import { gridCreateSchema, gridListSchema } from '@pcs/domain';
import { audit } from '../../audit';
import { notFound } from '../../errors';
import { router, tenantProcedure } from '../../trpc';

export const gridsRouter = router({
  list: tenantProcedure('region.read')
    .input(gridListSchema)
    .query(async ({ ctx, input }) => {
      const rows = await ctx.tx.grid.findMany({
        where: { tenantId: ctx.tenant.id, ...(input.villageId ? { villageId: input.villageId } : {}) },
        include: { village: { select: { name: true } } },
        orderBy: [{ level: 'asc' }, { name: 'asc' }],
      });
      return rows.map((g) => ({
        id: g.id,
        name: g.name,
        level: g.level as 3 | 4,
        villageId: g.villageId,
        villageName: g.village?.name ?? null,
        headName: g.headName,
        supervisorName: g.supervisorName,
      }));
    }),

  create: tenantProcedure('region.write')
    .input(gridCreateSchema)
    .mutation(async ({ ctx, input }) => {
      if (input.villageId) {
        const village = await ctx.tx.village.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.villageId } } });
        if (!village) throw notFound();
      }
      const row = await ctx.tx.grid.create({ data: { ...input, tenantId: ctx.tenant.id } });
      await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'Grid', entityId: row.id, after: input });
      return { id: row.id };
    }),
});
