import { z } from 'zod';
import { listQuerySchema, TENANT_STATUSES } from '@pcs/domain';
import type { Prisma, Tx } from '@pcs/db';
import { listResult, loadPage, pageAndTotal, pageWindow } from './paging';

export const townshipListSchema = listQuerySchema(['name', 'code', 'kind', 'status', 'villageCount']).extend({
  status: z.enum(TENANT_STATUSES).optional(),
});

/**
 * Townships of a county with their headline counts. Village and grid counts are read
 * through RLS, so they only ever include tenants the transaction's scope allows.
 */
export async function listTownships(tx: Tx, countyId: string, input: z.infer<typeof townshipListSchema>) {
  const where: Prisma.TenantWhereInput = {
    countyId,
    ...(input.status ? { status: input.status } : { status: { not: 'archived' } }),
    ...(input.search ? { OR: [{ name: { contains: input.search } }, { code: { contains: input.search } }] } : {}),
  };
  const sortBy = input.sortBy ?? 'code';
  const orderBy: Prisma.TenantOrderByWithRelationInput =
    sortBy === 'villageCount' ? { villages: { _count: input.sortDirection } } : { [sortBy]: input.sortDirection };
  const [page, total] = await pageAndTotal(input, () => tx.tenant.findMany({ where, select: { id: true }, orderBy: [orderBy, { id: 'asc' }], ...pageWindow(input) }), () => tx.tenant.count({ where }));
  const rows = await loadPage(page, (ids) => tx.tenant.findMany({ where: { id: { in: ids } }, include: { _count: { select: { villages: true, grids: true, memberships: true } } } }));
  return listResult(input, rows.map((t) => ({
      id: t.id,
      code: t.code,
      name: t.name,
      kind: t.kind,
      status: t.status,
      // For optimistic locking of status changes made from the list.
      version: t.version,
      villageCount: t._count.villages,
      gridCount: t._count.grids,
      userCount: t._count.memberships,
    })), total);
}
