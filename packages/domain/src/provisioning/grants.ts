import { ROLE_INFO, type Role } from '../access/roles';

/** What a grantor holds that matters for handing out roles. */
export interface Grantor {
  platformAdmin: boolean;
  /** Townships where the grantor is township admin. */
  townshipAdminOf: readonly string[];
}

export interface Grant {
  role: Role;
  tenantId: string | null;
}

export type GrantRefusal = 'scope_mismatch' | 'not_allowed';

/**
 * Who may hand out which role: platform admins any role in its proper scope; township
 * admins only township roles, only in their own township (never county or platform roles). The
 * deputy role is granted by no one here: the office invites deputies from the roster.
 */
export function checkGrant(grantor: Grantor, grant: Grant): GrantRefusal | null {
  const scope = ROLE_INFO[grant.role].scope;
  if ((scope === 'township') !== (grant.tenantId !== null)) return 'scope_mismatch';
  // A deputy's account is tied to their Deputy row: only the office's invitation from the roster makes it.
  if (grant.role === 'deputy') return 'not_allowed';
  if (grantor.platformAdmin) return null;
  if (scope === 'township' && grant.tenantId !== null && grantor.townshipAdminOf.includes(grant.tenantId)) return null;
  return 'not_allowed';
}
