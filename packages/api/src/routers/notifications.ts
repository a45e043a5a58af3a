import { notificationListSchema, notificationMarkReadSchema } from '@pcs/domain';
import { countyReadScope, tenantScope, withScope, applyScope, type DbScope } from '@pcs/db';
import type { Caller, TenantSummary } from '../caller';
import type { Context } from '../context';
import { authedProcedure, router } from '../trpc';

/**
 * Where a user's notifications live: the township they work in, or for county users every
 * township of the county (a department's items come from many). Only their own rows are read.
 */
async function scopeOf(ctx: Context & { caller: Caller; township: TenantSummary | null }): Promise<DbScope> {
  if (ctx.township) return tenantScope(ctx.township.id);
  const tenants = await ctx.deps.db.tenant.findMany({ where: { countyId: ctx.caller.county.id }, select: { id: true } });
  return countyReadScope(tenants.map((t) => t.id));
}

/** In-app notifications of the signed-in user: list, unread count, mark read. */
export const notificationsRouter = router({
  list: authedProcedure.input(notificationListSchema).query(async ({ ctx, input }) =>
    withScope(ctx.deps.db, await scopeOf(ctx), async (tx) => {
      const where = { recipientUserId: ctx.caller.user.id, ...(input.unreadOnly ? { readAt: null } : {}) };
      const [rows, total] = await Promise.all([
        tx.notification.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], skip: (input.page - 1) * input.pageSize, take: input.pageSize }),
        tx.notification.count({ where }),
      ]);
      return {
        items: rows.map(({ recipientUserId: _r, dedupeKey: _d, body, bodyEn, ...n }) => ({
          ...n,
          // Rows from before bodies were kept in English show their zh-CN body in both.
          body: body === null ? null : { zh: body, en: bodyEn ?? body },
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        })),
        total,
        page: input.page,
        pageSize: input.pageSize,
      };
    }),
  ),

  unreadCount: authedProcedure.query(async ({ ctx }) =>
    withScope(ctx.deps.db, await scopeOf(ctx), async (tx) => ({ count: await tx.notification.count({ where: { recipientUserId: ctx.caller.user.id, readAt: null } }) })),
  ),

  /** Marks the given notifications (or all) read; each township's rows are written under its own scope. */
  markRead: authedProcedure.input(notificationMarkReadSchema).mutation(async ({ ctx, input }) => {
    const scope = await scopeOf(ctx);
    return withScope(ctx.deps.db, scope, async (tx) => {
      const where = { recipientUserId: ctx.caller.user.id, readAt: null, ...(input.all ? {} : { id: { in: input.ids ?? [] } }) };
      const targets = await tx.notification.findMany({ where, select: { tenantId: true }, distinct: ['tenantId'] });
      let count = 0;
      const now = ctx.clock.now;
      for (const { tenantId } of targets) {
        await applyScope(tx, tenantScope(tenantId));
        count += (await tx.notification.updateMany({ where: { ...where, tenantId }, data: { readAt: now } })).count;
      }
      return { count };
    });
  }),
});
