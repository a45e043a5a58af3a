import { hasPermission, type gridMemberAddSchema } from '@pcs/domain';
import type { z } from 'zod';
import { audit } from '../../audit';
import { invalidField, notFound } from '../../errors';
import type { TenantCtx } from '../shared/tenant-context';

/** Adds a person to a grid: a user of the township (by their display name) or a named person. */
export async function addGridMember(ctx: TenantCtx, input: z.infer<typeof gridMemberAddSchema>) {
  const grid = await ctx.tx.grid.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: input.gridId } }, select: { id: true } });
  if (!grid) throw notFound();
  let name = input.name ?? '';
  let phone = input.phone ?? null;
  if (input.userId) {
    // A user of another township is, to this one, no user at all.
    const membership = await ctx.tx.membership.findFirst({ where: { userId: input.userId, tenantId: ctx.tenant.id }, include: { user: { select: { displayName: true, phone: true } } } });
    if (!membership) throw notFound();
    name = membership.user.displayName;
    phone = phone ?? membership.user.phone ?? null;
    const already = await ctx.tx.gridMember.findFirst({ where: { tenantId: ctx.tenant.id, gridId: input.gridId, userId: input.userId } });
    if (already) throw invalidField(['userId'], { zh: '此人已在该网格中', en: 'is already on this grid' });
  }
  const row = await ctx.tx.gridMember.create({ data: { tenantId: ctx.tenant.id, gridId: input.gridId, role: input.role, userId: input.userId ?? null, name, phone } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'create', entity: 'GridMember', entityId: row.id, after: { gridId: input.gridId, role: input.role, userId: row.userId, name, phone } });
  return { id: row.id };
}

export async function removeGridMember(ctx: TenantCtx, id: string) {
  const row = await ctx.tx.gridMember.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } } });
  if (!row) throw notFound();
  await ctx.tx.gridMember.delete({ where: { tenantId_id: { tenantId: ctx.tenant.id, id } } });
  await audit(ctx, { tenantId: ctx.tenant.id, action: 'delete', entity: 'GridMember', entityId: id, before: { gridId: row.gridId, role: row.role, userId: row.userId, name: row.name } });
  return { id };
}

/** Users of the township a grid may name as members (grid workers first), for the member picker. */
export async function gridMemberCandidates(ctx: TenantCtx) {
  const rows = await ctx.tx.membership.findMany({ where: { tenantId: ctx.tenant.id, user: { enabled: true } }, select: { role: true, user: { select: { id: true, displayName: true, username: true } } } });
  const byUser = new Map<string, { userId: string; displayName: string; username: string; gridWorker: boolean }>();
  for (const r of rows) {
    const entry = byUser.get(r.user.id) ?? { userId: r.user.id, displayName: r.user.displayName, username: r.user.username, gridWorker: false };
    entry.gridWorker ||= hasPermission([r.role], 'grid.patrol');
    byUser.set(r.user.id, entry);
  }
  return [...byUser.values()].sort((a, b) => Number(b.gridWorker) - Number(a.gridWorker) || a.displayName.localeCompare(b.displayName, 'zh-CN'));
}

