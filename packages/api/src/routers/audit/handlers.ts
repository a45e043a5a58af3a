import type { AuditListQuery } from '@pcs/domain';
import { verifyAuditChains, type Prisma, type Tx } from '@pcs/db';
import { listResult, pageWindow } from '../shared/paging';
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
  const [rows, total] = await Promise.all([
    // By time, then id: ids come from one sequence, which orders entries on one node only (docs/scale.md).
    tx.auditLog.findMany({ where, orderBy: [{ at: input.sortDirection === 'asc' ? 'asc' : 'desc' }, { id: input.sortDirection === 'asc' ? 'asc' : 'desc' }], ...pageWindow(input) }),
    tx.auditLog.count({ where }),
  ]);
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
