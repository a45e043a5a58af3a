import { useQuery } from '@tanstack/react-query';
import { Badge, Button } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
// The bell is in the shell and reads only `menu.bell`, registered with the menu labels (../i18n/index.ts).
// eslint-disable-next-line no-restricted-imports
import { WORK_NS } from '../i18n/work/menu';
import { useTRPC } from '../trpc';

/** The unread count in the header; refreshed every minute and whenever a notification is read. */
export function NotificationBell() {
  const { t } = useTranslation(WORK_NS);
  const trpc = useTRPC();
  const navigate = useNavigate();
  const unread = useQuery(trpc.notifications.unreadCount.queryOptions(undefined, { refetchInterval: 60_000, staleTime: 15_000 }));
  const count = unread.data?.count ?? 0;
  return (
    <Badge count={count} size="small" overflowCount={99} data-testid="notification-badge" data-count={count}>
      <Button type="text" icon={<BellOutlined />} aria-label={t('menu.bell', { count })} onClick={() => navigate('/notifications')} data-testid="notification-bell" />
    </Badge>
  );
}
