import { auditListSchema, type AuditListQuery } from '@pcs/domain';
import { verifyAuditChains, type Prisma, type Tx } from '@pcs/db';
import { platformProcedure, router, tenantProcedure } from '../../trpc';
import { listResult, pageWindow } from '../shared/paging';

async function listAudit(tx: Tx, input: AuditListQuery, tenantId: string | undefined) {
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
    tx.auditLog.findMany({ where, orderBy: { id: input.sortDirection === 'asc' ? 'asc' : 'desc' }, ...pageWindow(input) }),
    tx.auditLog.count({ where }),
  ]);
  const tenants = await tx.tenant.findMany({ where: { id: { in: [...new Set(rows.flatMap((r) => (r.tenantId ? [r.tenantId] : [])))] } }, select: { id: true, name: true } });
  return listResult(input, rows.map((r) => ({ ...r, id: r.id.toString(), at: r.at.toISOString(), tenantName: tenants.find((t) => t.id === r.tenantId)?.name ?? null })), total);
}

/** The append-only audit trail: platform admins see all of it, township admins their township's. */
export const auditRouter = router({
  list: platformProcedure('audit.read')
    .input(auditListSchema)
    .query(({ ctx, input }) => listAudit(ctx.tx, input, input.tenantId)),

  listTownship: tenantProcedure('audit.read')
    .input(auditListSchema.omit({ tenantId: true }))
    .query(({ ctx, input }) => listAudit(ctx.tx, input, ctx.tenant.id)),

  /**
   * Recomputes every chain (one per township, one for county and platform entries); any
   * edited, removed or inserted entry breaks its own chain only.
   */
  verify: platformProcedure('audit.read').query(async ({ ctx }) => {
    const chains = await verifyAuditChains(ctx.tx);
    return {
      intact: chains.every((c) => c.intact),
      entries: chains.reduce((sum, c) => sum + c.entries, 0),
      chains,
      checkedAt: ctx.clock.now.toISOString(),
    };
  }),
});
