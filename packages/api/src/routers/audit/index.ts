import { auditListSchema } from '@pcs/domain';
import { platformProcedure, router, tenantProcedure } from '../../trpc';
import { listAudit, verifyAudit } from './handlers';

/** The append-only audit trail: platform admins see all of it, township admins their township's. */
export const auditRouter = router({
  list: platformProcedure('audit.read')
    .input(auditListSchema)
    .query(({ ctx, input }) => listAudit(ctx.tx, input, input.tenantId)),

  listTownship: tenantProcedure('audit.read')
    .input(auditListSchema.omit({ tenantId: true }))
    .query(({ ctx, input }) => listAudit(ctx.tx, input, ctx.tenant.id)),

  /** Recomputes every chain: any edited, removed or inserted entry breaks its own chain only. */
  verify: platformProcedure('audit.read').query(({ ctx }) => verifyAudit(ctx)),
});
