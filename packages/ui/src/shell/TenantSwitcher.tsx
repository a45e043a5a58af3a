import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ShellTenant } from './AppShell';

/** The header's township switcher, for users of more than one township (loaded only for them). */
export function TenantSwitcher({ tenants, activeTenantId, onChange, narrow }: { tenants: ShellTenant[]; activeTenantId?: string | null; onChange: (tenantId: string) => void; narrow: boolean }) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={t('shell.switchTenant')}
      data-testid="tenant-switcher"
      value={activeTenantId ?? undefined}
      options={tenants.map((tenant) => ({ value: tenant.id, label: tenant.name }))}
      onChange={(id: string) => onChange(id)}
      style={{ minWidth: narrow ? 100 : 160 }}
      popupMatchSelectWidth={false}
    />
  );
}
