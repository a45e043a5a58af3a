import type { ReactNode } from 'react';
import { Alert } from 'antd';
import { AntdProvider, AppShell, type AppShellProps } from '@pcs/ui';
import { NotificationBell } from '@pcs/work-ui';
import { MENU_ICONS } from './menuIcons';

/**
 * The office's frame (antd: side menu, header with the bell and the township switcher), a chunk
 * of its own: the township app's first download carries no antd, so a grid worker's or a deputy's
 * phone does not load it (decision 78).
 */
export function DesktopShell({ banner, children, menuItems, ...shell }: Omit<AppShellProps, 'headerExtra'> & { banner: string | null; children: ReactNode }) {
  return (
    <AntdProvider>
      <AppShell {...shell} menuItems={menuItems.map((item) => ({ ...item, icon: MENU_ICONS[item.key] }))} headerExtra={<NotificationBell />}>
        {banner && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={banner} data-testid="tenant-status-banner" />}
        {children}
      </AppShell>
    </AntdProvider>
  );
}
