import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { LogoutIcon, TenantSelect, type ShellTenant } from './HeaderItems';
import { isPlainClick } from './menuLinks';
import { ShellStyles } from './ShellStyles';
import { useNarrowScreen } from './useNarrowScreen';

export type { ShellTenant } from './HeaderItems';

export interface ShellMenuItem {
  key: string;
  label: string;
  icon?: ReactNode;
  /** The page's address, so a menu entry is a real link (opens in a new tab, shows where it goes). */
  href?: string;
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

/**
 * Page frame of both apps on a desk (decision 81): side menu, header with the unit, the user,
 * the language and sign-out, main area. Built without antd, so a first screen that needs no antd
 * (the homes) downloads none; antd's pages get antd's providers with their own chunk (`AntdScope`).
 */
export function AppShell(props: AppShellProps) {
  const { t } = useTranslation();
  const menuId = useId();
  // Below 992 px the menu is a drawer: closed until the header's button opens it, closed again after a choice.
  const [open, setOpen] = useState(false);
  const navRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  // Opening the drawer takes the keyboard into the menu (its current entry); Escape brings it back to the button.
  useEffect(() => {
    const nav = navRef.current;
    if (open && nav) (nav.querySelector<HTMLElement>('a[aria-current=page]') ?? nav.querySelector<HTMLElement>('a'))?.focus();
  }, [open]);
  const openMenu = () => setOpen(true);
  const closeMenu = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  // On a phone the header keeps to one line: sign-out is its icon (the title is for screen readers, in the style sheet).
  const narrow = useNarrowScreen();
  const canSwitch = (props.tenants?.length ?? 0) > 1 && props.onTenantChange;
  const choose = (event: MouseEvent, key: string) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    setOpen(false);
    props.onNavigate(key);
  };

  return (
    <div className="dk-root" onKeyDown={(event) => event.key === 'Escape' && open && closeMenu()}>
      <ShellStyles />
      <aside className="dk-sider" id={menuId} data-open={open}>
        <nav ref={navRef} aria-label={t('shell.mainMenu')} data-testid="shell-menu">
          <ul className="dk-menu">
            {props.menuItems.map((item) => (
              <li key={item.key}>
                <a className="dk-menu-item" href={item.href ?? '#'} aria-current={item.key === props.selectedKey ? 'page' : undefined} onClick={(event) => choose(event, item.key)} data-testid={`shell-menu-${item.key}`}>
                  {item.icon ? <span className="dk-menu-icon" aria-hidden>{item.icon}</span> : null}
                  <span>{item.label}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <div className="dk-backdrop" onClick={() => setOpen(false)} aria-hidden />
      <div className="dk-body">
        <header className="dk-header">
          <button ref={toggleRef} type="button" className="dk-btn dk-btn-icon dk-btn-text dk-menu-toggle" aria-expanded={open} aria-controls={menuId} aria-label={t('shell.mainMenu')} onClick={() => (open ? closeMenu() : openMenu())} data-testid="shell-menu-toggle">
            <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
              <path d="M3 6h18M3 12h18M3 18h18" />
            </svg>
          </button>
          <h1 className="dk-title" data-testid="shell-title">
            {props.title}
          </h1>
          <div className="dk-spacer" />
          <div className="dk-header-items">
            {props.headerExtra}
            {/* Screen readers hear what each header item is; sighted users see it from the layout. */}
            <span className="dk-visually-hidden">{t('shell.tenant')}</span>
            <span data-testid="shell-tenant">
              {canSwitch ? <TenantSelect className="dk-select" tenants={props.tenants ?? []} activeTenantId={props.activeTenantId} onChange={(id) => props.onTenantChange?.(id)} /> : <strong>{props.tenantName}</strong>}
            </span>
            <span>
              <UserIcon />
              <span className="dk-visually-hidden">{t('shell.user')}</span>
              <span data-testid="shell-user">{props.userDisplayName}</span>
            </span>
            <LanguageSwitch />
            <button type="button" className="dk-btn" onClick={props.onLogout} aria-label={t('shell.logout')} data-testid="shell-logout">
              <LogoutIcon />
              {narrow ? null : t('shell.logout')}
            </button>
          </div>
        </header>
        <main className="dk-main">{props.children}</main>
      </div>
    </div>
  );
}

/** The signed-in user's mark before their name (here, not in HeaderItems: that module is in the phone's first download). */
function UserIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" style={{ marginInlineEnd: 6, verticalAlign: -2 }}>
      <path d="M20 21v-2a4 4 0 0 0-4-4H8a4 4 0 0 0-4 4v2" />
      <circle cx="12" cy="7" r="4" />
    </svg>
  );
}
