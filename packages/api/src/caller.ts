import type { VerifiedToken } from '@pcs/auth';
import type { Db } from '@pcs/db';
import type { Role, TenantKind, TenantStatus } from '@pcs/domain';
import { AppError } from './errors';

export interface TenantSummary {
  id: string;
  code: string;
  name: string;
  kind: TenantKind;
  status: TenantStatus;
}

export interface CallerMembership {
  role: Role;
  tenant: TenantSummary | null;
  departmentId: string | null;
  /** For the deputy role: the Deputy row of that township the user is. */
  deputyId: string | null;
}

/** Who is calling, as our database knows them (the token only says who they claim to be). */
export interface Caller {
  user: { id: string; username: string; displayName: string };
  county: { id: string; name: string; timeZone: string };
  memberships: CallerMembership[];
}

const tenantFields = { id: true, code: true, name: true, kind: true, status: true } as const;

/**
 * Links a verified token to a provisioned, enabled user. Read on every call, so that
 * disabling a user or suspending a township takes effect on the next request.
 */
export async function resolveCaller(db: Db, token: VerifiedToken): Promise<Caller> {
  const user = await db.user.findUnique({
    where: { username: token.username },
    include: { memberships: { include: { tenant: { select: tenantFields }, county: true }, orderBy: { createdAt: 'asc' } } },
  });
  if (!user) throw new AppError('FORBIDDEN', 'USER_UNKNOWN');
  if (!user.enabled) throw new AppError('UNAUTHORIZED', 'USER_DISABLED');
  const first = user.memberships[0];
  if (!first) throw new AppError('FORBIDDEN', 'USER_UNKNOWN');
  return {
    user: { id: user.id, username: user.username, displayName: user.displayName },
    county: { id: first.county.id, name: first.county.name, timeZone: first.county.timeZone },
    memberships: user.memberships.map((m) => ({ role: m.role, tenant: m.tenant, departmentId: m.departmentId, deputyId: m.deputyId })),
  };
}

export function tenantMemberships(caller: Caller): CallerMembership[] {
  return caller.memberships.filter((m) => m.tenant !== null);
}

/** The township a call works in, if any; or why the call is refused. */
export type TownshipChoice = { tenant: TenantSummary | null } | { refused: 'TENANT_SUSPENDED' | 'TENANT_ARCHIVED' };

/**
 * The one place a township's status is checked (decision 8; docs/tenancy.md). The township is
 * the one the app asks for (x-tenant-id), else the caller's first usable one; users with a county
 * role work without one unless they ask. A suspended township refuses every call; an archived one
 * every write. A caller whose townships are all suspended and who has no county role is refused.
 */
export function chooseTownship(caller: Caller, requestedTenantId: string | undefined, write: boolean): TownshipChoice {
  const tenants = tenantMemberships(caller).map((m) => m.tenant!);
  let tenant: TenantSummary | null;
  if (requestedTenantId) {
    tenant = tenants.find((t) => t.id === requestedTenantId) ?? null;
  } else if (rolesIn(caller, null).length > 0) {
    tenant = null;
  } else {
    tenant = tenants.find((t) => t.status === 'active') ?? tenants.find((t) => t.status === 'archived') ?? tenants[0] ?? null;
  }
  const refused = tenant && statusRefusal(tenant.status, write);
  if (refused) return { refused };
  return { tenant };
}

/** The rule itself, also applied where a county call writes into a township (`writeInto`). */
export function statusRefusal(status: TenantStatus, write: boolean): 'TENANT_SUSPENDED' | 'TENANT_ARCHIVED' | null {
  if (status === 'suspended') return 'TENANT_SUSPENDED';
  if (status === 'archived' && write) return 'TENANT_ARCHIVED';
  return null;
}

export function rolesIn(caller: Caller, tenantId: string | null): Role[] {
  return caller.memberships.filter((m) => (m.tenant?.id ?? null) === tenantId).map((m) => m.role);
}
