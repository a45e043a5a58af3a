import type { ListResult } from '@pcs/domain';
import type { Tx } from '@pcs/db';

/** The names of these townships (none asked: none read). */
export async function tenantNames(tx: Tx, tenantIds: ReadonlyArray<string | null>): Promise<Map<string, string>> {
  const ids = [...new Set(tenantIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const tenants = await tx.tenant.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(tenants.map((t) => [t.id, t.name]));
}

/** Names each row's township, for lists that span townships (county and department views). */
export async function withTenantNames<T extends { tenantId: string }>(tx: Tx, page: ListResult<T>) {
  const names = await tenantNames(tx, page.items.map((item) => item.tenantId));
  return { ...page, items: page.items.map((item) => ({ ...item, tenantName: names.get(item.tenantId) ?? '' })) };
}

/** The county's townships a cross-township list reads: all of them, or the one chosen (none if it is not the county's). */
export async function countyTownshipIds(tx: Tx, countyId: string, tenantId?: string): Promise<string[]> {
  const tenants = await tx.tenant.findMany({ where: { countyId, ...(tenantId ? { id: tenantId } : {}) }, select: { id: true } });
  return tenants.map((t) => t.id);
}
