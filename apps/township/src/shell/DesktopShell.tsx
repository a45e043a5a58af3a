import type { ReactNode } from 'react';
import { AppShell, PhoneNotice, type AppShellProps } from '@pcs/ui';
import { NotificationBell } from '@pcs/work-ui';
import { MENU_ICONS } from './menuIcons';
// The office pages' loaders (and their chunks' file lists) come with the desktop frame, so opening one is one round trip (decision 85).
import '../officePages';

/**
 * The office's frame (side menu with icons, header with the bell and the township switcher), a
 * chunk of its own: a grid worker's or a deputy's phone does not load it (decision 78). It needs
 * no antd (decision 81): antd's pages load antd's providers with them (App.tsx).
 */
export function DesktopShell({ banner, children, menuItems, ...shell }: Omit<AppShellProps, 'headerExtra'> & { banner: string | null; children: ReactNode }) {
  return (
    <AppShell {...shell} menuItems={menuItems.map((item) => ({ ...item, icon: MENU_ICONS[item.key] }))} headerExtra={<NotificationBell />}>
      {banner && (
        <div style={{ marginBottom: 16 }}>
          <PhoneNotice kind="warning" testId="tenant-status-banner">
            {banner}
          </PhoneNotice>
        </div>
      )}
      {children}
    </AppShell>
  );
}
