import { platformProcedure, router } from '../trpc';
import { listTownships, townshipListSchema } from './townships-query';

/** Platform administration of township tenants (provisioning arrives with the admin issue). */
export const tenantsRouter = router({
  list: platformProcedure('tenant.manage')
    .input(townshipListSchema)
    .query(({ ctx, input }) => listTownships(ctx.tx, ctx.county.id, input)),
});
