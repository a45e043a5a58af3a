import type { Db } from './client';
import type { Prisma } from './generated/prisma/client';

export type Tx = Prisma.TransactionClient;

/**
 * What one API call may touch in PostgreSQL. RLS reads these settings (see the
 * tenant_rls migration); they are set per transaction, never per pooled connection.
 */
export interface DbScope {
  readTenantIds: readonly string[];
  writeTenantId: string | null;
  platform: boolean;
  /**
   * A province-wide read of the indicator rollups (migration province_read): a flag with its own
   * policy, never a list of every township's id. Platform administration has it.
   */
  province?: boolean;
  /**
   * The county home of appraised county departments (migration county_appraisal_rls): the county
   * whose rows a county procedure reads and writes, and for a department's own user its
   * department (its subject only). Township scopes never carry it; once set it stays for the
   * transaction (a county call that writes into a township keeps its county).
   */
  county?: { id: string; departmentId: string | null };
}

export const tenantScope = (tenantId: string): DbScope => ({ readTenantIds: [tenantId], writeTenantId: tenantId, platform: false });
export const countyReadScope = (tenantIds: readonly string[]): DbScope => ({ readTenantIds: tenantIds, writeTenantId: null, platform: false });
export const platformScope = (): DbScope => ({ readTenantIds: [], writeTenantId: null, platform: true, province: true });
/** The whole province's indicator rollups, no township's items (a future province office). */
export const provinceReadScope = (): DbScope => ({ readTenantIds: [], writeTenantId: null, platform: false, province: true });
/** A scope that also reads (and writes) the county home's rows: a county procedure's, or a department's. */
export const withCounty = (scope: DbScope, countyId: string, departmentId: string | null = null): DbScope => ({ ...scope, county: { id: countyId, departmentId } });
/** Before the caller's tenant is known: platform tables only, no tenant rows. */
export const noTenantScope = (): DbScope => ({ readTenantIds: [], writeTenantId: null, platform: false });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkedTenantId(value: string): string {
  if (!UUID.test(value)) throw new Error(`Not a tenant id: ${JSON.stringify(value)}`);
  return value.toLowerCase();
}

/** A string as an SQL literal; the values are checked UUIDs and flags, quoted all the same. */
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * The statements that put a transaction under a scope. SET LOCAL, because it ends with the
 * transaction (a pooled connection never carries a tenant to the next call) and because
 * Citus passes SET LOCAL on to the workers, which it does not do for set_config(). SET takes
 * no bind parameters, hence the checked and quoted values.
 */
export function scopeStatements(scope: DbScope): string[] {
  const read = `{${scope.readTenantIds.map(checkedTenantId).join(',')}}`;
  const write = scope.writeTenantId === null ? '' : checkedTenantId(scope.writeTenantId);
  const county = scope.county
    ? [`SET LOCAL app.read_county = ${literal(checkedTenantId(scope.county.id))}`, `SET LOCAL app.county_department = ${literal(scope.county.departmentId === null ? '' : checkedTenantId(scope.county.departmentId))}`]
    : [];
  return [
    `SET LOCAL app.read_tenants = ${literal(read)}`,
    `SET LOCAL app.write_tenant = ${literal(write)}`,
    // One setting for both flags (a statement fewer per scope): 'on' for the platform (which reads the
    // province's rollups too), 'province' for a province read alone.
    `SET LOCAL app.platform = ${literal(scope.platform ? 'on' : scope.province ? 'province' : '')}`,
    ...county,
  ];
}

/**
 * Sets the scope for the rest of the transaction tx (again: a later call replaces it). One round
 * trip: without bind parameters the driver sends the statements as one simple query (every call
 * pays this, and three round trips were a third of a small list's time on the server).
 */
export async function applyScope(tx: Tx, scope: DbScope): Promise<void> {
  await tx.$executeRawUnsafe(scopeStatements(scope).join(';\n'));
}

/** Runs fn in one transaction under the scope: it all commits, or nothing does. */
export function withScope<T>(db: Db, scope: DbScope, fn: (tx: Tx) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await applyScope(tx, scope);
      return fn(tx);
    },
    { maxWait: 5_000, timeout: options.timeoutMs ?? 20_000 },
  );
}
