import { NotificationList } from '@pcs/work-ui';

/** A county department handler's notifications, each leading to the item on the department's work page. */
export function NotificationsPage() {
  return <NotificationList targetOf={(entity, entityId) => (entity === 'Suggestion' ? `/work?id=${entityId}` : `/work?tab=rectifications&rid=${entityId}`)} />;
}
