import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, matchPath, useLocation, useNavigate } from 'react-router-dom';
import { AntdScope, AppShell, lazyPage, PageSuspense, routeHref, useAuth } from '@pcs/ui';
import { NotificationBell } from '@pcs/work-ui';
import { NS } from './i18n/texts';
import { PAGES, type PageDef } from './pages';
import { useSession } from './session/SessionContext';

// Rare (a page opened by URL without its permission): its own chunk.
const Forbidden = lazyPage(() => import('./pages/Forbidden'), 'Forbidden');

/** The signed-in frame: menu filtered by permission, header with the county's name, routed pages. */
export function App() {
  const { t } = useTranslation(NS);
  const { logout } = useAuth();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const allowed = PAGES.filter((page) => !page.permission || session.can(page.permission));
  const current = PAGES.find((page) => matchPath({ path: page.path, end: true }, location.pathname));
  // The frame and the home need no antd; every other page gets antd's locale and hooks, loaded with its chunk.
  // (The same AntdScope at the same place for every antd page: React keeps its providers from page to page.)
  const element = (page: PageDef) => {
    if (page.permission && !session.can(page.permission)) return <AntdScope><Forbidden /></AntdScope>;
    return page.light ? page.element : <AntdScope>{page.element}</AntdScope>;
  };

  return (
    <AppShell
      title={t('appTitle')}
      menuItems={allowed.filter((page) => !page.hidden).map((page) => ({ key: page.key, label: t(page.labelKey), icon: page.icon, href: routeHref(page.path) }))}
      // A page outside the menu lights up the menu item it belongs to (same label).
      selectedKey={current?.hidden ? PAGES.find((page) => !page.hidden && page.labelKey === current.labelKey)?.key : current?.key}
      onNavigate={(key) => navigate(routeHref(PAGES.find((page) => page.key === key)?.path ?? '/'))}
      userDisplayName={session.me.user.displayName}
      tenantName={session.me.county.name}
      onLogout={logout}
      // County department handlers are told of assignments and deadlines; the county views get no notifications.
      headerExtra={session.can('assigned.read') ? <NotificationBell /> : undefined}
    >
      <PageSuspense>
      <Routes>
        {PAGES.map((page) => (
          <Route key={page.key} path={page.path} element={element(page)} />
        ))}
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
      </PageSuspense>
    </AppShell>
  );
}
