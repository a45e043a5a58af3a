import type { idSchema, villageCreateSchema, villageListSchema, villageUpdateSchema } from '@pcs/domain';
import type { Prisma } from '@pcs/db';
import { audit } from '../../audit';
import { notFound, staleVersion } from '../../errors';
import { listResult, loadPage, pageAndTotal, pageWindow } from '../shared/paging';
import type { z } from 'zod';
import type { TenantCtx } from '../shared/tenant-context';

const withGridCount = { _count: { select: { grids: true } } } as const;

type VillageRow = Prisma.VillageGetPayload<{ include: typeof withGridCount }>;

function present(row: VillageRow) {
  const { _count, tenantId: _tenantId, ...village } = row;
  return { ...village, createdAt: village.createdAt.toISOString(), updatedAt: village.updatedAt.toISOString(), gridCount: _count.grids };
}

export async function listVillages(ctx: TenantCtx, input: z.infer<typeof villageListSchema>) {
  const where: Prisma.VillageWhereInput = {
    tenantId: ctx.tenant.id,
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.search ? { name: { contains: input.search } } : {}),
  };
  const [page, total] = await pageAndTotal(input, () => ctx.tx.village.findMany({ where, select: { id: true }, orderBy: [{ [input.sortBy ?? 'name']: input.sortDirection }, { id: 'asc' }], ...pageWindow(input) }), () => ctx.tx.village.count({ where }));
  const rows = await loadPage(page, (ids) => ctx.tx.village.findMany({ where: { tenantId: ctx.tenant.id, id: { in: ids } }, include: withGridCount }));
  return listResult(input, rows.map(present), total);
}

export async function getVillage(ctx: TenantCtx, input: z.infer<typeof idSchema>) {
  const row = await ctx.tx.village.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } }, include: withGridCount });
  if (!row) throw notFound();
  return present(row);
}

export async function createVillage(ctx: TenantCtx, input: z.infer<typeof villageCreateSchema>) {
  const row = await ctx.tx.village.create({ data: { ...input, tenantId: ctx.tenant.id }, include: withGridCount });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'Village', entityId: row.id, after: input });
  return present(row);
}

export async function updateVillage(ctx: TenantCtx, input: z.infer<typeof villageUpdateSchema>) {
  const { id, version, ...changes } = input;
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id } };
  const before = await ctx.tx.village.findUnique({ where: key });
  if (!before) throw notFound();
  const updated = await ctx.tx.village.updateMany({ where: { tenantId: ctx.tenant.id, id, version }, data: { ...changes, version: { increment: 1 } } });
  if (updated.count === 0) throw staleVersion();
  const row = await ctx.tx.village.findUniqueOrThrow({ where: key, include: withGridCount });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'update', entity: 'Village', entityId: id, before, after: changes });
  return present(row);
}

export async function deleteVillage(ctx: TenantCtx, input: z.infer<typeof idSchema>) {
  const key = { tenantId_id: { tenantId: ctx.tenant.id, id: input.id } };
  const before = await ctx.tx.village.findUnique({ where: key });
  if (!before) throw notFound();
  await ctx.tx.village.delete({ where: key });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'delete', entity: 'Village', entityId: input.id, before });
  return { id: input.id };
}
