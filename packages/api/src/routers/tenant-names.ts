import type { Tx } from '@pcs/db';

/** Names each row's township, for lists that span townships (county and department views). */
export async function withTenantNames<T extends { tenantId: string }>(tx: Tx, page: { items: T[]; total: number; page: number; pageSize: number }) {
  const ids = [...new Set(page.items.map((item) => item.tenantId))];
  const tenants = await tx.tenant.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return { ...page, items: page.items.map((item) => ({ ...item, tenantName: tenants.find((t) => t.id === item.tenantId)?.name ?? '' })) };
}
