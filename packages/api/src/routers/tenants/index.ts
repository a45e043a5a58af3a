import { idSchema, tenantCreateSchema, tenantStatusSchema, tenantUpdateSchema } from '@pcs/domain';
import { platformProcedure, router } from '../../trpc';
import { getTenant, createTenant, updateTenant, setTenantStatus } from './handlers';
import { listTownships, townshipListSchema } from '../shared/township-list';

/** Platform administration of township tenants. */
export const tenantsRouter = router({
  list: platformProcedure('tenant.manage')
    .input(townshipListSchema)
    .query(({ ctx, input }) => listTownships(ctx.tx, ctx.county.id, input)),

  get: platformProcedure('tenant.manage')
    .input(idSchema)
    .query(({ ctx, input }) => getTenant(ctx, input)),

  /**
   * A new township in one transaction: the tenant and optionally its first admin. Its rules are
   * the county's until it overrides one. The identity
   * provider is told only after the commit; its failure leaves a visible sync status.
   */
  create: platformProcedure('tenant.manage')
    .input(tenantCreateSchema)
    .mutation(({ ctx, input }) => createTenant(ctx, input)),

  update: platformProcedure('tenant.manage')
    .input(tenantUpdateSchema)
    .mutation(({ ctx, input }) => updateTenant(ctx, input)),

  /** Suspend (no login, no API), reactivate, or archive (read-only, hidden by default). */
  setStatus: platformProcedure('tenant.manage')
    .input(tenantStatusSchema)
    .mutation(({ ctx, input }) => setTenantStatus(ctx, input)),
});
