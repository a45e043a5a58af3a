import { NotificationList } from '@pcs/work-ui';
import { useSession } from '../../session/SessionContext';
import { notificationTarget } from './target';

/** The user's notifications, each leading to the office's lists or, for a handler, to their assigned items. */
export function NotificationsPage() {
  const { can } = useSession();
  const office = can('suggestion.manage') || can('supervision.manage');
  const deputy = can('deputy.self') && !office;
  return <NotificationList targetOf={(entity, entityId) => notificationTarget(entity, entityId, office, deputy)} />;
}
