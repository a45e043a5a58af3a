import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
// The bell is in the shell and reads only `menu.bell`, registered with the menu labels (../i18n/index.ts).
// eslint-disable-next-line no-restricted-imports
import { WORK_NS } from '../i18n/work/menu';
import { useTRPC } from '../trpc';

const MAX_SHOWN = 99;

/**
 * The unread count in the header; refreshed every minute and whenever a notification is read.
 * Without antd (the desktop frame's classes, decision 81): the frame's first download has none.
 */
export function NotificationBell() {
  const { t } = useTranslation(WORK_NS);
  const trpc = useTRPC();
  const navigate = useNavigate();
  const unread = useQuery(trpc.notifications.unreadCount.queryOptions(undefined, { refetchInterval: 60_000, staleTime: 15_000 }));
  const count = unread.data?.count ?? 0;
  return (
    <span className="dk-badge" data-testid="notification-badge" data-count={count}>
      <button type="button" className="dk-btn dk-btn-icon dk-btn-text" aria-label={t('menu.bell', { count })} onClick={() => navigate('/notifications')} data-testid="notification-bell">
        <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
      </button>
      {count > 0 && (
        <sup className="dk-badge-count" aria-hidden>
          {count > MAX_SHOWN ? `${MAX_SHOWN}+` : count}
        </sup>
      )}
    </span>
  );
}
