import { idSchema, savedFilterCreateSchema, savedFilterListSchema } from '@pcs/domain';
import { tenantScope, withScope } from '@pcs/db';
import { chooseTenant } from '../caller';
import { AppError, notFound } from '../errors';
import { authedProcedure, router } from '../trpc';

const inTenant = authedProcedure.use(({ ctx, next }) => {
  const tenant = chooseTenant(ctx.caller, ctx.requestedTenantId);
  if (!tenant) throw new AppError('FORBIDDEN', 'TENANT_REQUIRED');
  return next({ ctx: { tenantId: tenant.id } });
});

/** A user's named list filters, per township and list. A user's own preference: not audited. */
export const savedFiltersRouter = router({
  list: inTenant.input(savedFilterListSchema).query(({ ctx, input }) =>
    withScope(ctx.deps.db, tenantScope(ctx.tenantId), (tx) =>
      tx.savedFilter.findMany({ where: { tenantId: ctx.tenantId, userId: ctx.caller.user.id, list: input.list }, select: { id: true, name: true, filter: true }, orderBy: { name: 'asc' } }),
    ),
  ),

  save: inTenant.input(savedFilterCreateSchema).mutation(({ ctx, input }) =>
    withScope(ctx.deps.db, tenantScope(ctx.tenantId), (tx) =>
      tx.savedFilter.upsert({
        where: { tenantId_userId_list_name: { tenantId: ctx.tenantId, userId: ctx.caller.user.id, list: input.list, name: input.name } },
        create: { tenantId: ctx.tenantId, userId: ctx.caller.user.id, list: input.list, name: input.name, filter: input.filter as never },
        update: { filter: input.filter as never },
        select: { id: true, name: true, filter: true },
      }),
    ),
  ),

  remove: inTenant.input(idSchema).mutation(({ ctx, input }) =>
    withScope(ctx.deps.db, tenantScope(ctx.tenantId), async (tx) => {
      const removed = await tx.savedFilter.deleteMany({ where: { tenantId: ctx.tenantId, id: input.id, userId: ctx.caller.user.id } });
      if (removed.count === 0) throw notFound();
      return { id: input.id };
    }),
  ),
});
