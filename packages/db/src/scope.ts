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
}

export const tenantScope = (tenantId: string): DbScope => ({ readTenantIds: [tenantId], writeTenantId: tenantId, platform: false });
export const countyReadScope = (tenantIds: readonly string[]): DbScope => ({ readTenantIds: tenantIds, writeTenantId: null, platform: false });
export const platformScope = (): DbScope => ({ readTenantIds: [], writeTenantId: null, platform: true });
/** Before the caller's tenant is known: platform tables only, no tenant rows. */
export const noTenantScope = (): DbScope => ({ readTenantIds: [], writeTenantId: null, platform: false });

export async function applyScope(tx: Tx, scope: DbScope): Promise<void> {
  const readList = `{${scope.readTenantIds.join(',')}}`;
  await tx.$queryRaw`SELECT set_config('app.read_tenants', ${readList}, true),
    set_config('app.write_tenant', ${scope.writeTenantId ?? ''}, true),
    set_config('app.platform', ${scope.platform ? 'on' : ''}, true)`;
}

/** Runs fn in one transaction under the scope: it all commits, or nothing does. */
export function withScope<T>(db: Db, scope: DbScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await applyScope(tx, scope);
      return fn(tx);
    },
    { maxWait: 5_000, timeout: 20_000 },
  );
}
