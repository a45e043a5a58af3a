import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, matchPath, useLocation, useNavigate } from 'react-router-dom';
import { AntdScope, lazyPage, PageSuspense, routeHref, PhoneNotice, PhoneShell, useAuth, useLanguage, useNarrowScreen, WhileLoading } from '@pcs/ui';
import { NS } from './i18n/texts';
import { mayOpen, PAGES, type PageDef } from './pages';
import { useSession } from './session/SessionContext';
import { useTRPC } from './api/trpc';
import { useCongressWording } from './session/useCongressWording';
import { phoneIcon } from './shell/phoneIcons';
import { shellFor } from './shell/shellChoice';

// Rare (a page opened by URL without its permission): its own chunk.
const Forbidden = lazyPage(() => import('./pages/Forbidden'), 'Forbidden');
// The office's frame (antd) is a chunk of its own: a phone shell's first download has no antd (decision 78).
const DesktopShell = lazyPage(() => import('./shell/DesktopShell'), 'DesktopShell');

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
  const narrow = useNarrowScreen();
  // 我的测评 is in the menu only for someone listed in an evaluation (every township role may be).
  const ballots = useQuery({ ...trpc.myBallots.list.queryOptions(), enabled: session.can('ballot.vote') });
  const facts = { hasBallots: (ballots.data ?? []).some((b) => b.status === 'open' || b.voted === true) };
  const allowed = PAGES.filter((page) => mayOpen(page, session.can) && (page.inMenuWhen?.(facts) ?? true));
  const current = PAGES.find((page) => matchPath({ path: page.path, end: true }, location.pathname));
  const roles = session.me.memberships.filter((m) => m.tenant?.id === session.tenant.id || !m.tenant).map((m) => m.role);
  const phone = shellFor({ narrow, roles }) === 'phone';
  const banner = session.tenant.status === 'active' ? null : t(session.tenant.status === 'suspended' ? 'session.suspended' : 'session.archived');

  // Neither shell has antd (decisions 78, 81): a kit page (`phone`) renders as it is; an antd page gets antd's
  // providers, loaded with it (the same AntdScope at the same place for every antd page, so React keeps it between them).
  const element = (page: PageDef) => {
    if (!mayOpen(page, session.can)) return <AntdScope><Forbidden /></AntdScope>;
    if (phone && page.phoneElement) return page.phoneElement;
    return page.phone ? page.element : <AntdScope>{page.element}</AntdScope>;
  };
  const routes = (
    <PageSuspense>
      <Routes>
        {PAGES.map((page) => (
          <Route key={page.key} path={page.path} element={element(page)} />
        ))}
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </PageSuspense>
  );
  const shell = {
    title: t('appTitle'),
    // Icons: the phone shell's own few, or the desktop shell's antd ones (added there, shell/menuIcons.tsx).
    menuItems: allowed.map((page) => ({ key: page.key, label: page.labelFor ? pick(page.labelFor(wording)) : t(page.labelKey), icon: phone ? phoneIcon(page.key) : undefined, href: routeHref(page.path) })),
    selectedKey: current?.key,
    onNavigate: (key: string) => navigate(routeHref(PAGES.find((page) => page.key === key)?.path ?? '/')),
    userDisplayName: session.me.user.displayName,
    tenantName: session.tenant.name,
    tenants: session.tenants.map(({ id, name }) => ({ id, name })),
    activeTenantId: session.tenant.id,
    onTenantChange: session.switchTenant,
    onLogout: logout,
  };

  if (phone) {
    return (
      <PhoneShell {...shell}>
        {banner && <PhoneNotice kind="warning" testId="tenant-status-banner">{banner}</PhoneNotice>}
        {routes}
      </PhoneShell>
    );
  }
  return (
    <WhileLoading
      fullScreen
      wrapped={
        <DesktopShell {...shell} banner={banner}>
          {routes}
        </DesktopShell>
      }
    >
      {routes}
    </WhileLoading>
  );
}
