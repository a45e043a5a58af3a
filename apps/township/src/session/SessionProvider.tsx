import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Permission } from '@pcs/domain';
import { SessionGate } from '@pcs/ui';
import { tenantStore } from '../api/tenantStore';
import { useTRPC } from '../api/trpc';
import { NS } from '../i18n/texts';
import { SessionContext, type Session, type Tenant } from './SessionContext';

/** Loads who the user is (me.get) and which township they work in; children render only with both. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useTranslation(NS);
  const me = useQuery(trpc.me.get.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  const data = me.data;

  // A remembered township the user no longer belongs to: forget it and fall back to their first one.
  const staleChoice = Boolean(data && !data.activeTenant && tenantStore.get() && data.memberships.some((m) => m.tenant));
  useEffect(() => {
    if (!staleChoice) return;
    tenantStore.set(null);
    void queryClient.resetQueries();
  }, [staleChoice, queryClient]);

  // Every cached answer belongs to the previous township: drop them all and load afresh.
  const switchTenant = useCallback(
    (tenantId: string) => {
      tenantStore.set(tenantId);
      void queryClient.resetQueries();
    },
    [queryClient],
  );

  const session = useMemo<Session | null>(() => {
    if (!data?.activeTenant) return null;
    const tenants = new Map<string, Tenant>();
    for (const m of data.memberships) if (m.tenant) tenants.set(m.tenant.id, m.tenant);
    const permissions = new Set(data.permissions);
    return {
      me: data,
      tenant: data.activeTenant,
      tenants: [...tenants.values()],
      can: (permission: Permission) => permissions.has(permission),
      switchTenant,
    };
  }, [data, switchTenant]);

  return (
    <SessionGate
      error={me.error}
      onRetry={() => void me.refetch()}
      loading={me.isPending || staleChoice}
      denied={session ? null : { testId: 'no-tenant', title: t('session.noTenantTitle'), body: t('session.noTenantBody') }}
    >
      {session && <SessionContext.Provider value={session}>{children}</SessionContext.Provider>}
    </SessionGate>
  );
}
