import { hasPermission, type Permission } from '@pcs/domain';
import { rolesIn } from '../../caller';
import { forbidden } from '../../errors';
import type { TenantCtx } from '../shared/tenant-context';

/** Whether the caller may see personal contact data (phones, addresses): those who maintain the roster. */
export const canSeeContacts = (ctx: TenantCtx) => hasPermission(rolesIn(ctx.caller, ctx.tenant.id), 'deputies.write');

/**
 * Refuses a caller who lacks any of the permissions in this township: for reads of the deputies
 * area that show other areas' rows (CONGRESS_BOOK_PERMISSIONS, DUTY_PROFILE_PERMISSIONS).
 */
export function requirePermissions(ctx: Pick<TenantCtx, 'caller' | 'tenant'>, permissions: readonly Permission[]): void {
  const roles = rolesIn(ctx.caller, ctx.tenant.id);
  if (!permissions.every((p) => hasPermission(roles, p))) throw forbidden();
}
