import { ROLE_INFO, permissionsOf } from '@pcs/domain';
import { rolesIn } from '../../caller';
import type { SessionCtx } from '../shared/procedure-context';

/**
 * The signed-in user, their roles per township, and the township the app works in; answered
 * even when that township is suspended (then without it), so the app can say so.
 */
export function whoAmI(ctx: SessionCtx) {
  const activeTenant = ctx.township;
  const roles = [...rolesIn(ctx.caller, null), ...(activeTenant ? rolesIn(ctx.caller, activeTenant.id) : [])];
  return {
    user: ctx.caller.user,
    county: ctx.caller.county,
    memberships: ctx.caller.memberships.map((m) => ({
      role: m.role,
      roleNameZh: ROLE_INFO[m.role].nameZh,
      roleNameEn: ROLE_INFO[m.role].nameEn,
      tenant: m.tenant,
    })),
    activeTenant,
    permissions: [...permissionsOf(roles)],
  };
}
