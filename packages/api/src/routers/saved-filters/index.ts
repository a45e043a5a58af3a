import { savedFilterCreateSchema, savedFilterListSchema, savedFilterRemoveSchema } from '@pcs/domain';
import { noTenantScope, tenantScope, withScope } from '@pcs/db';
import { rolesIn } from '../../caller';
import type { Caller, TenantSummary } from '../../caller';
import type { Context } from '../../context';
import { AppError, forbidden, notFound } from '../../errors';
import { authedProcedure, router } from '../../trpc';

type Ctx = Context & { caller: Caller; township: TenantSummary | null };
const select = { id: true, name: true, filter: true } as const;

/** The township whose lists the filters belong to: the one the app chose and the caller works in. */
function townshipOf(ctx: Ctx): string {
  if (!ctx.township) throw new AppError('FORBIDDEN', 'TENANT_REQUIRED');
  return ctx.township.id;
}

/** County filters are for users with a county role (the cross-township lists are theirs only). */
function requireCountyRole(ctx: Ctx): void {
  if (rolesIn(ctx.caller, null).length === 0) throw forbidden();
}

/**
 * A user's named list filters: per township for a township's lists (tenant rows, under RLS),
 * per user for the county's cross-township lists (decision 17). A user's own preference: not audited.
 */
export const savedFiltersRouter = router({
  list: authedProcedure.input(savedFilterListSchema).query(({ ctx, input }) => {
    const where = { userId: ctx.caller.user.id, list: input.list };
    if (input.scope === 'county') {
      requireCountyRole(ctx);
      return withScope(ctx.deps.db, noTenantScope(), (tx) => tx.countySavedFilter.findMany({ where, select, orderBy: { name: 'asc' } }));
    }
    const tenantId = townshipOf(ctx);
    return withScope(ctx.deps.db, tenantScope(tenantId), (tx) => tx.savedFilter.findMany({ where: { ...where, tenantId }, select, orderBy: { name: 'asc' } }));
  }),

  save: authedProcedure.input(savedFilterCreateSchema).mutation(({ ctx, input }) => {
    const key = { userId: ctx.caller.user.id, list: input.list, name: input.name };
    const filter = input.filter as never;
    if (input.scope === 'county') {
      requireCountyRole(ctx);
      return withScope(ctx.deps.db, noTenantScope(), (tx) => tx.countySavedFilter.upsert({ where: { userId_list_name: key }, create: { ...key, filter }, update: { filter }, select }));
    }
    const tenantId = townshipOf(ctx);
    return withScope(ctx.deps.db, tenantScope(tenantId), (tx) =>
      tx.savedFilter.upsert({ where: { tenantId_userId_list_name: { tenantId, ...key } }, create: { tenantId, ...key, filter }, update: { filter }, select }),
    );
  }),

  remove: authedProcedure.input(savedFilterRemoveSchema).mutation(async ({ ctx, input }) => {
    const where = { id: input.id, userId: ctx.caller.user.id };
    let removed: { count: number };
    if (input.scope === 'county') {
      requireCountyRole(ctx);
      removed = await withScope(ctx.deps.db, noTenantScope(), (tx) => tx.countySavedFilter.deleteMany({ where }));
    } else {
      const tenantId = townshipOf(ctx);
      removed = await withScope(ctx.deps.db, tenantScope(tenantId), (tx) => tx.savedFilter.deleteMany({ where: { ...where, tenantId } }));
    }
    if (removed.count === 0) throw notFound();
    return { id: input.id };
  }),
});
