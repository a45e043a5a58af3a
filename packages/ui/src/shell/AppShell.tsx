import { Suspense, type CSSProperties, type ReactNode } from 'react';
import { Button, Flex, Grid, Layout, Menu, theme } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { lazyPage } from './lazyPage';

// Only users of several townships see the switcher: antd's Select is not in everyone's first download.
const TenantSwitcher = lazyPage(() => import('./TenantSwitcher'), 'TenantSwitcher');

export interface ShellMenuItem {
  key: string;
  label: string;
  icon?: ReactNode;
}

export interface ShellTenant {
  id: string;
  name: string;
}

export interface AppShellProps {
  title: string;
  menuItems: ShellMenuItem[];
  selectedKey?: string;
  /** Called with a menu item's key; the app maps it to a route (this package knows no router). */
  onNavigate: (key: string) => void;
  userDisplayName: string;
  /** The active township's name, or the county's name for county users. */
  tenantName: string;
  /** With more than one tenant, a switcher replaces the plain tenant name. */
  tenants?: ShellTenant[];
  activeTenantId?: string | null;
  onTenantChange?: (tenantId: string) => void;
  onLogout: () => void;
  /** Extra header items before the user's name (e.g. a notification bell). */
  headerExtra?: ReactNode;
  children: ReactNode;
}

const VISUALLY_HIDDEN: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

/** Page frame of both apps: side navigation, header with user, unit, language and sign-out, main area. */
export function AppShell(props: AppShellProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const canSwitch = (props.tenants?.length ?? 0) > 1 && props.onTenantChange;
  // On a phone the header keeps only what must fit one line: the title is left to screen readers
  // and sign-out shows its icon only.
  const narrow = !Grid.useBreakpoint().md;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={220}>
        {/* The menu stays in view and scrolls on its own when it is longer than the window. */}
        <nav aria-label={t('shell.mainMenu')} style={{ position: 'sticky', top: 0, maxHeight: '100vh', overflowY: 'auto' }}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={props.selectedKey ? [props.selectedKey] : []}
            items={props.menuItems.map((item) => ({ key: item.key, label: item.label, icon: item.icon }))}
            onClick={({ key }) => props.onNavigate(key)}
            data-testid="shell-menu"
            style={{ paddingTop: 16 }}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            paddingInline: narrow ? 12 : 24,
            display: 'flex',
            alignItems: 'center',
            gap: narrow ? 8 : 16,
          }}
        >
          <h1 style={narrow ? VISUALLY_HIDDEN : { fontSize: 18, fontWeight: token.fontWeightStrong, lineHeight: token.lineHeightHeading1, color: token.colorTextHeading, margin: 0, whiteSpace: 'nowrap' }} data-testid="shell-title">
            {props.title}
          </h1>
          <div style={{ flex: 1 }} />
          <Flex align="center" gap={narrow ? 8 : 16} wrap={false}>
            {props.headerExtra}
            {/* Screen readers hear what each header item is; sighted users see it from the layout. */}
            <span style={VISUALLY_HIDDEN}>{t('shell.tenant')}</span>
            <span data-testid="shell-tenant" style={{ whiteSpace: 'nowrap' }}>
              {canSwitch ? (
                <Suspense fallback={<strong>{props.tenantName}</strong>}>
                  <TenantSwitcher tenants={props.tenants ?? []} activeTenantId={props.activeTenantId} onChange={(id) => props.onTenantChange?.(id)} narrow={narrow} />
                </Suspense>
              ) : (
                <strong style={{ color: token.colorText }}>{props.tenantName}</strong>
              )}
            </span>
            <span style={{ whiteSpace: 'nowrap' }}>
              <UserOutlined aria-hidden style={{ marginInlineEnd: 6 }} />
              <span style={VISUALLY_HIDDEN}>{t('shell.user')}</span>
              <span data-testid="shell-user">{props.userDisplayName}</span>
            </span>
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} onClick={props.onLogout} aria-label={narrow ? t('shell.logout') : undefined} data-testid="shell-logout">
              {narrow ? null : t('shell.logout')}
            </Button>
          </Flex>
        </Layout.Header>
        {/* antd renders Content as <main>, Header as <header> and Sider as <aside>: the page's landmarks. */}
        <Layout.Content style={{ padding: 24 }}>{props.children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
