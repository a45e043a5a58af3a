import type { AuditListQuery } from '@pcs/domain';
import { verifyAuditChains, type Prisma, type Tx } from '@pcs/db';
import { listResult, pageAndTotal, pageWindow } from '../shared/paging';
import type { PlatformCtx } from '../shared/procedure-context';

/** One page of the audit trail, of one township or (for platform admins) of all. */
export async function listAudit(tx: Tx, input: AuditListQuery, tenantId: string | undefined) {
  const where: Prisma.AuditLogWhereInput = {
    ...(tenantId ? { tenantId } : {}),
    ...(input.actorName ? { actorName: { contains: input.actorName } } : {}),
    ...(input.action ? { action: input.action } : {}),
    ...(input.entity ? { entity: input.entity } : {}),
    ...(input.from || input.to
      ? { at: { ...(input.from ? { gte: new Date(input.from) } : {}), ...(input.to ? { lt: new Date(new Date(input.to).getTime() + 86_400_000) } : {}) } }
      : {}),
  };
  const direction = input.sortDirection === 'asc' ? 'asc' : 'desc';
  // By time, then id: ids come from one sequence, which orders entries on one node only (docs/scale.md).
  // A keyset page starts after the entry `after` names; an entry not found (gone, or not this reader's) starts nothing.
  const cursor = input.after === undefined ? undefined : await tx.auditLog.findFirst({ where: { ...where, id: BigInt(input.after) }, select: { id: true, at: true } });
  const past = <T>(value: T) => (direction === 'asc' ? { gt: value } : { lt: value });
  const afterCursor: Prisma.AuditLogWhereInput = cursor === undefined ? {} : cursor === null ? { id: { in: [] } } : { OR: [{ at: past(cursor.at) }, { at: cursor.at, id: past(cursor.id) }] };
  const window = input.after === undefined ? pageWindow(input) : { take: input.pageSize };
  const [rows, total] = await pageAndTotal(
    input.after === undefined ? input : undefined,
    () => tx.auditLog.findMany({ where: { ...where, ...afterCursor }, orderBy: [{ at: direction }, { id: direction }], ...window }),
    () => tx.auditLog.count({ where }),
  );
  const tenants = await tx.tenant.findMany({ where: { id: { in: [...new Set(rows.flatMap((r) => (r.tenantId ? [r.tenantId] : [])))] } }, select: { id: true, name: true } });
  return listResult(input, rows.map((r) => ({ ...r, id: r.id.toString(), at: r.at.toISOString(), tenantName: tenants.find((t) => t.id === r.tenantId)?.name ?? null })), total);
}

/**
 * Recomputes every chain (one per township, one for county and platform entries); any
 * edited, removed or inserted entry breaks its own chain only.
 */
export async function verifyAudit(ctx: PlatformCtx) {
  const chains = await verifyAuditChains(ctx.tx);
  return {
    intact: chains.every((c) => c.intact),
    entries: chains.reduce((sum, c) => sum + c.entries, 0),
    chains,
    checkedAt: ctx.clock.now.toISOString(),
  };
}
