import type { gridCreateSchema, gridListSchema } from '@pcs/domain';
import { audit } from '../../audit';
import { notFound } from '../../errors';
import type { z } from 'zod';
import type { TenantCtx } from '../shared/tenant-context';

export async function listGrids(ctx: TenantCtx, input: z.infer<typeof gridListSchema>) {
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
}

export async function createGrid(ctx: TenantCtx, input: z.infer<typeof gridCreateSchema>) {
  if (input.villageId) {
    const village = await ctx.tx.village.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.villageId } } });
    if (!village) throw notFound();
  }
  const row = await ctx.tx.grid.create({ data: { ...input, tenantId: ctx.tenant.id } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'Grid', entityId: row.id, after: input });
  return { id: row.id };
}
