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
    memberships: user.memberships.map((m) => ({ role: m.role, tenant: m.tenant, departmentId: m.departmentId })),
  };
}

export function tenantMemberships(caller: Caller): CallerMembership[] {
  return caller.memberships.filter((m) => m.tenant !== null);
}

/** The tenant the caller asked for, if they belong to it; else their first tenant. */
export function chooseTenant(caller: Caller, requestedTenantId: string | undefined): TenantSummary | null {
  const tenants = tenantMemberships(caller).map((m) => m.tenant!);
  if (requestedTenantId) return tenants.find((t) => t.id === requestedTenantId) ?? null;
  return tenants[0] ?? null;
}

export function rolesIn(caller: Caller, tenantId: string | null): Role[] {
  return caller.memberships.filter((m) => (m.tenant?.id ?? null) === tenantId).map((m) => m.role);
}
