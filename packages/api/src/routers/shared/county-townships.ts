import type { ListResult } from '@pcs/domain';
import type { Tx } from '@pcs/db';

/** Names each row's township, for lists that span townships (county and department views). */
export async function withTenantNames<T extends { tenantId: string }>(tx: Tx, page: ListResult<T>) {
  const ids = [...new Set(page.items.map((item) => item.tenantId))];
  const tenants = await tx.tenant.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return { ...page, items: page.items.map((item) => ({ ...item, tenantName: tenants.find((t) => t.id === item.tenantId)?.name ?? '' })) };
}

/** The county's townships a cross-township list reads: all of them, or the one chosen (none if it is not the county's). */
export async function countyTownshipIds(tx: Tx, countyId: string, tenantId?: string): Promise<string[]> {
  const tenants = await tx.tenant.findMany({ where: { countyId, ...(tenantId ? { id: tenantId } : {}) }, select: { id: true } });
  return tenants.map((t) => t.id);
}
