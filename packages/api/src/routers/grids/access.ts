import { hasPermission } from '@pcs/domain';
import { rolesIn } from '../../caller';
import { AppError, notFound } from '../../errors';
import type { TenantCtx } from '../shared/tenant-context';

/**
 * Who acts on which grid: the office (grid.manage / grid.read) on every grid of the township; a
 * grid worker (grid.patrol) only on grids they are a member of (GridMember with their user).
 */
export const isGridOffice = (ctx: TenantCtx, mode: 'read' | 'manage' = 'read') => hasPermission(rolesIn(ctx.caller, ctx.tenant.id), mode === 'read' ? 'grid.read' : 'grid.manage');

/** The grids a grid worker is a member of (their user), for filtering their views. */
export async function memberGridIds(ctx: TenantCtx): Promise<string[]> {
  const rows = await ctx.tx.gridMember.findMany({ where: { tenantId: ctx.tenant.id, userId: ctx.caller.user.id }, select: { gridId: true } });
  return [...new Set(rows.map((r) => r.gridId))];
}

/** A grid of the township the caller may act on: NOT_FOUND for another township's id, refused for a grid not theirs. */
export async function requireGridFor(ctx: TenantCtx, gridId: string, mode: 'read' | 'manage') {
  const grid = await ctx.tx.grid.findUnique({ where: { tenantId_id: { tenantId: ctx.tenant.id, id: gridId } }, select: { id: true, name: true, level: true } });
  if (!grid) throw notFound();
  if (isGridOffice(ctx, mode)) return grid;
  if (!(await memberGridIds(ctx)).includes(gridId)) {
    throw new AppError('FORBIDDEN', 'FORBIDDEN', { zh: '您不是该网格的成员，只能在本人所在网格工作', en: 'You are not a member of this grid; you can only work on your own grids' });
  }
  return grid;
}
