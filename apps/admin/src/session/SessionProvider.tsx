import { useMemo, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRole, permissionsOf, type Permission } from '@pcs/domain';
import { ErrorAlert, useAuth } from '@pcs/ui';
import { useTRPC } from '../api/trpc';
import { NS } from '../i18n/texts';
import { SessionContext, type Session } from './SessionContext';

/** Loads who the user is (me.get); children render only for users with a county-level role. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const { t } = useTranslation(NS);
  const { logout } = useAuth();
  const me = useQuery(trpc.me.get.queryOptions(undefined, { staleTime: 5 * 60_000 }));

  const session = useMemo<Session | null>(() => {
    if (!me.data) return null;
    // me.get's permissions also include the first township's roles; the county app needs county ones only.
    const countyRoles = me.data.memberships.filter((m) => m.tenant === null).map((m) => m.role).filter(isRole);
    if (countyRoles.length === 0) return null;
    const permissions = permissionsOf(countyRoles);
    return { me: me.data, can: (permission: Permission) => permissions.has(permission) };
  }, [me.data]);

  if (me.error) {
    return (
      <Flex vertical align="center" justify="center" gap={16} style={{ minHeight: '100vh', padding: 24 }} data-testid="session-error">
        <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
        <Button onClick={logout}>{t('common:shell.logout')}</Button>
      </Flex>
    );
  }
  if (me.isPending) {
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }} role="status" data-testid="session-loading">
        <Spin size="large" />
      </Flex>
    );
  }
  if (!session) {
    return (
      <div data-testid="no-county-role">
        <Result
          status="403"
          title={t('session.noCountyTitle')}
          subTitle={t('session.noCountyBody')}
          extra={<Button onClick={logout}>{t('common:shell.logout')}</Button>}
        />
      </div>
    );
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
