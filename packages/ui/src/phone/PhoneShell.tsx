import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/languages';
import { useLanguage } from '../i18n/useLanguage';
import type { ShellMenuItem } from '../shell/AppShell';
import { LogoutIcon, TenantSelect, type ShellTenant } from '../shell/HeaderItems';
import { PhoneSheet } from './PhoneSheet';
import { PhoneStyles } from './PhoneStyles';

export interface PhoneShellProps {
  title: string;
  /** The caller's pages; up to five are tabs, beyond that four tabs and "more". */
  menuItems: ShellMenuItem[];
  selectedKey?: string;
  onNavigate: (key: string) => void;
  userDisplayName: string;
  tenantName: string;
  tenants?: ShellTenant[];
  activeTenantId?: string | null;
  onTenantChange?: (tenantId: string) => void;
  onLogout: () => void;
  children: ReactNode;
}

const MAX_TABS = 5;

/**
 * The frame of a grid worker's or a deputy's phone (decision 78), without antd: a header with the
 * township (a native switch for users of several), the user, the language and sign-out, and a
 * tab bar at the bottom with the caller's pages. Same test ids as the desktop shell.
 */
export function PhoneShell(props: PhoneShellProps) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const [more, setMore] = useState(false);
  const tabs = props.menuItems.length > MAX_TABS ? props.menuItems.slice(0, MAX_TABS - 1) : props.menuItems;
  const rest = props.menuItems.slice(tabs.length);
  const other = LANGUAGES.find((l) => l !== language) ?? language;
  const canSwitch = (props.tenants?.length ?? 0) > 1 && props.onTenantChange;
  const go = (key: string) => {
    setMore(false);
    props.onNavigate(key);
  };

  return (
    <div className="pk-root pk-shell">
      <PhoneStyles />
      <header className="pk-header">
        <h1 className="pk-visually-hidden" data-testid="shell-title">
          {props.title}
        </h1>
        <div className="pk-header-tenant" data-testid="shell-tenant">
          <span className="pk-visually-hidden">{t('shell.tenant')}</span>
          {canSwitch ? (
            <TenantSelect tenants={props.tenants ?? []} activeTenantId={props.activeTenantId} onChange={(id) => props.onTenantChange?.(id)} />
          ) : (
            props.tenantName
          )}
        </div>
        <span className="pk-header-user">
          <span className="pk-visually-hidden">{t('shell.user')}</span>
          <span data-testid="shell-user">{props.userDisplayName}</span>
        </span>
        {/* One button naming the other language (the desktop's LanguageSwitch shows both; its style sheet is not in the phone's first download). */}
        <button type="button" className="pk-btn pk-btn-small pk-btn-text" lang={other} aria-label={`${t('language.label')}: ${t(`language.${other}`)}`} onClick={() => void setLanguage(other)} data-testid="language-switch">
          {other === 'en' ? 'EN' : '中'}
        </button>
        <button type="button" className="pk-btn pk-btn-small" aria-label={t('shell.logout')} onClick={props.onLogout} data-testid="shell-logout">
          <LogoutIcon size={18} />
        </button>
      </header>
      <main className="pk-main">{props.children}</main>
      <nav className="pk-tabbar" aria-label={t('shell.mainMenu')} data-testid="shell-menu">
        {tabs.map((item) => (
          <button key={item.key} type="button" className="pk-tab" aria-current={item.key === props.selectedKey ? 'page' : undefined} onClick={() => go(item.key)} data-testid={`shell-tab-${item.key}`}>
            <span className="pk-tab-icon" aria-hidden>
              {item.icon}
            </span>
            <span>{item.label}</span>
          </button>
        ))}
        {rest.length > 0 && (
          <button type="button" className="pk-tab" aria-haspopup="dialog" aria-current={rest.some((item) => item.key === props.selectedKey) ? 'page' : undefined} onClick={() => setMore(true)} data-testid="shell-tab-more">
            <span className="pk-tab-icon" aria-hidden>
              ⋯
            </span>
            <span>{t('phone.more')}</span>
          </button>
        )}
      </nav>
      <PhoneSheet open={more} title={t('phone.more')} onClose={() => setMore(false)} testId="shell-more">
        {rest.map((item) => (
          <button key={item.key} type="button" className="pk-btn pk-btn-block" style={{ justifyContent: 'flex-start' }} aria-current={item.key === props.selectedKey ? 'page' : undefined} onClick={() => go(item.key)} data-testid={`shell-tab-${item.key}`}>
            <span aria-hidden>{item.icon}</span>
            {item.label}
          </button>
        ))}
      </PhoneSheet>
    </div>
  );
}
