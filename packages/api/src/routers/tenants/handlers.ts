import type { idSchema, tenantCreateSchema, tenantStatusSchema, tenantUpdateSchema } from '@pcs/domain';
import { applyScope } from '@pcs/db';
import { audit } from '../../audit';
import { AppError, notFound, staleVersion } from '../../errors';
import { syncUser } from '../../provisioning/sync-user';
import { temporaryPassword } from '../../provisioning/temporary-password';
import type { z } from 'zod';
import type { PlatformCtx } from '../shared/procedure-context';

export async function getTenant(ctx: PlatformCtx, input: z.infer<typeof idSchema>) {
  const tenant = await ctx.tx.tenant.findFirst({ where: { id: input.id, countyId: ctx.county.id } });
  if (!tenant) throw notFound();
  return { ...tenant, areaKm2: tenant.areaKm2?.toString() ?? null };
}

export async function createTenant(ctx: PlatformCtx, input: z.infer<typeof tenantCreateSchema>) {
  const { firstAdmin, ...fields } = input;
  const tenant = await ctx.tx.tenant.create({ data: { ...fields, countyId: ctx.county.id } });
  // From here on the transaction writes the new township's own rows, under its RLS scope.
  await applyScope(ctx.tx, { readTenantIds: [tenant.id], writeTenantId: tenant.id, platform: true });
  // No rule values are copied: the township follows the county's defaults, later changes
  // included, until it overrides a rule itself (resolveRule falls back to the county).
  await audit(ctx, { tenantId: tenant.id, action: 'create', entity: 'Tenant', entityId: tenant.id, after: input });
  let initialPassword: string | null = null;
  if (firstAdmin) {
    if (await ctx.tx.user.findUnique({ where: { username: firstAdmin.username } })) {
      throw new AppError('CONFLICT', 'CONFLICT_DUPLICATE', { zh: `用户名 ${firstAdmin.username} 已被使用`, en: `Username ${firstAdmin.username} is taken` });
    }
    const user = await ctx.tx.user.create({
      data: { ...firstAdmin, memberships: { create: { role: 'township_admin', tenantId: tenant.id, countyId: ctx.county.id } } },
    });
    await audit(ctx, { tenantId: tenant.id, action: 'create', entity: 'User', entityId: user.id, after: { ...firstAdmin, role: 'township_admin' } });
    initialPassword = temporaryPassword();
    const password = initialPassword;
    ctx.afterCommit(async () => {
      const outcome = await syncUser(ctx.deps, user.id);
      if (outcome.status === 'synced') await ctx.deps.identityProvider.setTemporaryPassword(outcome.idpUserId, password).catch(() => undefined);
    });
  }
  return { id: tenant.id, code: tenant.code, initialPassword };
}

export async function updateTenant(ctx: PlatformCtx, input: z.infer<typeof tenantUpdateSchema>) {
  const { id, version, ...changes } = input;
  const before = await ctx.tx.tenant.findFirst({ where: { id, countyId: ctx.county.id } });
  if (!before) throw notFound();
  const updated = await ctx.tx.tenant.updateMany({ where: { id, version }, data: { ...changes, version: { increment: 1 } } });
  if (updated.count === 0) throw staleVersion();
  await audit(ctx, { tenantId: id, action: 'update', entity: 'Tenant', entityId: id, before, after: changes });
  return { id };
}

export async function setTenantStatus(ctx: PlatformCtx, input: z.infer<typeof tenantStatusSchema>) {
  const before = await ctx.tx.tenant.findFirst({ where: { id: input.id, countyId: ctx.county.id } });
  if (!before) throw notFound();
  const updated = await ctx.tx.tenant.updateMany({ where: { id: input.id, version: input.version }, data: { status: input.status, version: { increment: 1 } } });
  if (updated.count === 0) throw staleVersion();
  await audit(ctx, { tenantId: input.id, action: `status_${input.status}`, entity: 'Tenant', entityId: input.id, before: { status: before.status }, after: { status: input.status } });
  // Suspension also stops logins: members with no other usable township are disabled at the identity provider.
  const members = await ctx.tx.membership.findMany({ where: { tenantId: input.id }, select: { userId: true }, distinct: ['userId'] });
  ctx.afterCommit(async () => {
    for (const { userId } of members) await syncUser(ctx.deps, userId);
  });
  return { id: input.id, status: input.status };
}
