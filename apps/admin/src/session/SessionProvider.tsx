import { useMemo, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isRole, permissionsOf, type Permission } from '@pcs/domain';
import { SessionGate } from '@pcs/ui';
import { useTRPC } from '../api/trpc';
import { NS } from '../i18n/texts';
import { SessionContext, type Session } from './SessionContext';

/** Loads who the user is (me.get); children render only for users with a county-level role. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const { t } = useTranslation(NS);
  const me = useQuery(trpc.me.get.queryOptions(undefined, { staleTime: 5 * 60_000 }));

  const session = useMemo<Session | null>(() => {
    if (!me.data) return null;
    // me.get's permissions also include the first township's roles; the county app needs county ones only.
    const countyRoles = me.data.memberships.filter((m) => m.tenant === null).map((m) => m.role).filter(isRole);
    if (countyRoles.length === 0) return null;
    const permissions = permissionsOf(countyRoles);
    return { me: me.data, can: (permission: Permission) => permissions.has(permission) };
  }, [me.data]);

  return (
    <SessionGate
      error={me.error}
      onRetry={() => void me.refetch()}
      loading={me.isPending}
      denied={session ? null : { testId: 'no-county-role', title: t('session.noCountyTitle'), body: t('session.noCountyBody') }}
    >
      {session && <SessionContext.Provider value={session}>{children}</SessionContext.Provider>}
    </SessionGate>
  );
}
