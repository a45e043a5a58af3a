import type { VerifiedToken } from '@pcs/auth';
import { PREPARED, type Db } from '@pcs/db';
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

interface CallerRow {
  id: string;
  username: string;
  displayName: string;
  enabled: boolean;
  memberships: Array<{ role: Role; departmentId: string | null; deputyId: string | null; tenant: TenantSummary | null; county: Caller['county'] }>;
}

/**
 * The caller in one statement (`$1` the username): the user, their memberships in the order they
 * were given, each one's township with its status and county. Also the benchmark's raw SQL of a call.
 */
export const CALLER_SQL = `
    SELECT u.id, u.username, u."displayName", u.enabled,
      COALESCE(json_agg(json_build_object(
        'role', m.role,
        'departmentId', m."departmentId",
        'deputyId', m."deputyId",
        'tenant', CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object('id', t.id, 'code', t.code, 'name', t.name, 'kind', t.kind, 'status', t.status) END,
        'county', json_build_object('id', c.id, 'name', c.name, 'timeZone', c."timeZone")
      ) ORDER BY m."createdAt", m.ctid) FILTER (WHERE m.id IS NOT NULL), '[]') AS memberships
    FROM "User" u
    LEFT JOIN "Membership" m ON m."userId" = u.id
    LEFT JOIN "Tenant" t ON t.id = m."tenantId"
    LEFT JOIN "County" c ON c.id = m."countyId"
    WHERE u.username = $1
    GROUP BY u.id`;

/**
 * Links a verified token to a provisioned, enabled user, read on every call (`CALLER_SQL`).
 * Memberships given together share a `createdAt`; among them the order they were
 * written in (`ctid`) decides, as the seeds and the admin screens list them: the first usable one is
 * the township a call works in when the app names none, so that disabling a user or suspending a township takes effect on the next request.
 */
export async function resolveCaller(db: Db, token: VerifiedToken): Promise<Caller> {
  // Run on every request: a prepared statement (PREPARED, @pcs/db's plan cache), not planned each time.
  const [user] = await db.$queryRawUnsafe<CallerRow[]>(PREPARED + CALLER_SQL, token.username);
  if (!user) throw new AppError('FORBIDDEN', 'USER_UNKNOWN');
  if (!user.enabled) throw new AppError('UNAUTHORIZED', 'USER_DISABLED');
  const first = user.memberships[0];
  if (!first) throw new AppError('FORBIDDEN', 'USER_UNKNOWN');
  return {
    user: { id: user.id, username: user.username, displayName: user.displayName },
    county: first.county,
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
