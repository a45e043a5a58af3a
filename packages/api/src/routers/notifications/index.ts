import { notificationListSchema, notificationMarkReadSchema } from '@pcs/domain';
import { authedProcedure, router } from '../../trpc';
import { listNotifications, markNotificationsRead, unreadNotifications } from './handlers';

/** In-app notifications of the signed-in user: list, unread count, mark read. */
export const notificationsRouter = router({
  list: authedProcedure.input(notificationListSchema).query(({ ctx, input }) => listNotifications(ctx, input)),

  unreadCount: authedProcedure.query(({ ctx }) => unreadNotifications(ctx)),

  /** Marks the given notifications (or all) read; each township's rows are written under its own scope. */
  markRead: authedProcedure.input(notificationMarkReadSchema).mutation(({ ctx, input }) => markNotificationsRead(ctx, input)),
});
