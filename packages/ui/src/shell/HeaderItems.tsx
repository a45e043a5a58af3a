import { useTranslation } from 'react-i18next';

export interface ShellTenant {
  id: string;
  name: string;
}

/** The header's township switch for users of several townships: a native select (keyboard and phone pickers for free). */
export function TenantSelect({ tenants, activeTenantId, onChange, className }: { tenants: readonly ShellTenant[]; activeTenantId?: string | null; onChange: (tenantId: string) => void; className?: string }) {
  const { t } = useTranslation();
  return (
    <select className={className} aria-label={t('shell.switchTenant')} data-testid="tenant-switcher" value={activeTenantId ?? ''} onChange={(e) => onChange(e.target.value)}>
      {tenants.map((tenant) => (
        <option key={tenant.id} value={tenant.id}>
          {tenant.name}
        </option>
      ))}
    </select>
  );
}

/** Sign-out's mark (a door with an arrow), beside or instead of its label. */
export function LogoutIcon({ size = 16 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4M16 17l5-5-5-5M21 12H9" />
    </svg>
  );
}
