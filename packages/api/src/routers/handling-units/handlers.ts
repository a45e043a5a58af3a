import type { handlingUnitCreateSchema, handlingUnitListSchema, handlingUnitUpdateSchema, idSchema } from '@pcs/domain';
import type { Prisma } from '@pcs/db';
import { audit } from '../../audit';
import { notFound, staleVersion } from '../../errors';
import { listResult, pageAndTotal, pageWindow } from '../shared/paging';
import type { z } from 'zod';
import type { TenantCtx } from '../shared/tenant-context';

export async function listHandlingUnits(ctx: TenantCtx, input: z.infer<typeof handlingUnitListSchema>) {
  const where: Prisma.HandlingUnitWhereInput = {
    tenantId: ctx.tenant.id,
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.active !== undefined ? { active: input.active } : {}),
    ...(input.search ? { name: { contains: input.search } } : {}),
  };
  const [items, total] = await pageAndTotal(
    input,
    () => ctx.tx.handlingUnit.findMany({ where, orderBy: [{ [input.sortBy ?? 'name']: input.sortDirection }, { id: 'asc' }], ...pageWindow(input) }),
    () => ctx.tx.handlingUnit.count({ where }),
  );
  // Memberships (a platform table) name their unit without a relation (docs/tenancy.md, "Keys").
  // An empty page has no units to count handlers for: no statement.
  const handlers =
    items.length === 0
      ? []
      : await ctx.tx.membership.groupBy({
          by: ['handlingUnitId'],
          where: { tenantId: ctx.tenant.id, handlingUnitId: { in: items.map((unit) => unit.id) } },
          _count: { _all: true },
        });
  const handlerCount = new Map(handlers.map((row) => [row.handlingUnitId, row._count._all]));
  return listResult(input, items.map(({ tenantId: _t, ...unit }) => ({ ...unit, handlerCount: handlerCount.get(unit.id) ?? 0 })), total);
}

export async function createHandlingUnit(ctx: TenantCtx, input: z.infer<typeof handlingUnitCreateSchema>) {
  const unit = await ctx.tx.handlingUnit.create({ data: { ...input, tenantId: ctx.tenant.id } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'HandlingUnit', entityId: unit.id, after: input });
  return { id: unit.id, version: unit.version };
}

export async function updateHandlingUnit(ctx: TenantCtx, input: z.infer<typeof handlingUnitUpdateSchema>) {
  const { id, version, ...changes } = input;
  const before = await ctx.tx.handlingUnit.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } } });
  if (!before) throw notFound();
  const updated = await ctx.tx.handlingUnit.updateMany({ where: { tenantId: ctx.tenant.id, id, version }, data: { ...changes, version: { increment: 1 } } });
  if (updated.count === 0) throw staleVersion();
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'update', entity: 'HandlingUnit', entityId: id, before, after: changes });
  return { id };
}

export async function getHandlingUnit(ctx: TenantCtx, input: z.infer<typeof idSchema>) {
  const unit = await ctx.tx.handlingUnit.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } } });
  if (!unit) throw notFound();
  return unit;
}
