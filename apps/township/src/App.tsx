import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, matchPath, useLocation, useNavigate } from 'react-router-dom';
import { AppShell, lazyPage, PageSuspense, useAuth, useLanguage } from '@pcs/ui';
import { NS } from './i18n/texts';
import { mayOpen, PAGES } from './pages';
import { NotificationBell } from '@pcs/work-ui';
import { useSession } from './session/SessionContext';
import { useTRPC } from './api/trpc';
import { useCongressWording } from './session/useCongressWording';

// Rare (a page opened by URL without its permission): its own chunk.
const Forbidden = lazyPage(() => import('./pages/Forbidden'), 'Forbidden');

/** The signed-in frame: menu filtered by permission, header with township switcher, routed pages. */
export function App() {
  const { t } = useTranslation(NS);
  const { logout } = useAuth();
  const session = useSession();
  const wording = useCongressWording();
  const { pick } = useLanguage();
  const navigate = useNavigate();
  const location = useLocation();
  const trpc = useTRPC();
  // 我的测评 is in the menu only for someone listed in an evaluation (every township role may be).
  const ballots = useQuery({ ...trpc.myBallots.list.queryOptions(), enabled: session.can('ballot.vote') });
  const facts = { hasBallots: (ballots.data ?? []).some((b) => b.status === 'open' || b.voted === true) };
  const allowed = PAGES.filter((page) => mayOpen(page, session.can) && (page.inMenuWhen?.(facts) ?? true));
  const current = PAGES.find((page) => matchPath({ path: page.path, end: true }, location.pathname));

  return (
    <AppShell
      title={t('appTitle')}
      menuItems={allowed.map((page) => ({ key: page.key, label: page.labelFor ? pick(page.labelFor(wording)) : t(page.labelKey), icon: page.icon }))}
      selectedKey={current?.key}
      onNavigate={(key) => navigate((PAGES.find((page) => page.key === key)?.path ?? '/').replace(/\/\*$/, ''))}
      userDisplayName={session.me.user.displayName}
      tenantName={session.tenant.name}
      tenants={session.tenants.map(({ id, name }) => ({ id, name }))}
      activeTenantId={session.tenant.id}
      onTenantChange={session.switchTenant}
      onLogout={logout}
      headerExtra={<NotificationBell />}
    >
      {session.tenant.status !== 'active' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(session.tenant.status === 'suspended' ? 'session.suspended' : 'session.archived')}
          data-testid="tenant-status-banner"
        />
      )}
      <PageSuspense>
      <Routes>
        {PAGES.map((page) => (
          <Route key={page.key} path={page.path} element={mayOpen(page, session.can) ? page.element : <Forbidden />} />
        ))}
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
      </PageSuspense>
    </AppShell>
  );
}
