import type { savedFilterCreateSchema, savedFilterListSchema, savedFilterRemoveSchema } from '@pcs/domain';
import type { z } from 'zod';
import { noTenantScope, tenantScope, withScope } from '@pcs/db';
import { rolesIn } from '../../caller';
import { AppError, forbidden, notFound } from '../../errors';
import type { UserCtx } from '../shared/procedure-context';

const select = { id: true, name: true, filter: true } as const;

/** The township whose lists the filters belong to: the one the app chose and the caller works in. */
function townshipOf(ctx: UserCtx): string {
  if (!ctx.township) throw new AppError('FORBIDDEN', 'TENANT_REQUIRED');
  return ctx.township.id;
}

/** County filters are for users with a county role (the cross-township lists are theirs only). */
function requireCountyRole(ctx: UserCtx): void {
  if (rolesIn(ctx.caller, null).length === 0) throw forbidden();
}

export function listSavedFilters(ctx: UserCtx, input: z.infer<typeof savedFilterListSchema>) {
  const where = { userId: ctx.caller.user.id, list: input.list };
  if (input.scope === 'county') {
    requireCountyRole(ctx);
    return withScope(ctx.deps.db, noTenantScope(), (tx) => tx.countySavedFilter.findMany({ where, select, orderBy: { name: 'asc' } }));
  }
  const tenantId = townshipOf(ctx);
  return withScope(ctx.deps.db, tenantScope(tenantId), (tx) => tx.savedFilter.findMany({ where: { ...where, tenantId }, select, orderBy: { name: 'asc' } }));
}

export function saveFilter(ctx: UserCtx, input: z.infer<typeof savedFilterCreateSchema>) {
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
}

export async function removeSavedFilter(ctx: UserCtx, input: z.infer<typeof savedFilterRemoveSchema>) {
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
}
