import type { notificationListSchema, notificationMarkReadSchema } from '@pcs/domain';
import type { z } from 'zod';
import { countyReadScope, tenantScope, withScope, applyScope, type DbScope } from '@pcs/db';
import { listResult, pageAndTotal, pageWindow } from '../shared/paging';
import type { UserCtx } from '../shared/procedure-context';

/**
 * Where a user's notifications live: the township they work in, or for county users every
 * township of the county (a department's items come from many). Only their own rows are read.
 */
async function scopeOf(ctx: UserCtx): Promise<{ scope: DbScope; tenantIds: string[] }> {
  if (ctx.township) return { scope: tenantScope(ctx.township.id), tenantIds: [ctx.township.id] };
  const tenants = await ctx.deps.db.tenant.findMany({ where: { countyId: ctx.caller.county.id }, select: { id: true } });
  const tenantIds = tenants.map((t) => t.id);
  return { scope: countyReadScope(tenantIds), tenantIds };
}

/** Every query names its townships (not only the RLS scope): on a distributed database it then reaches their shards only. */
const inTownships = (tenantIds: string[]) => ({ tenantId: tenantIds.length === 1 ? tenantIds[0]! : { in: tenantIds } });

export async function listNotifications(ctx: UserCtx, input: z.infer<typeof notificationListSchema>) {
  const { scope, tenantIds } = await scopeOf(ctx);
  return withScope(ctx.deps.db, scope, async (tx) => {
    const where = { ...inTownships(tenantIds), recipientUserId: ctx.caller.user.id, ...(input.unreadOnly ? { readAt: null } : {}) };
    const [rows, total] = await pageAndTotal(input, () => tx.notification.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], ...pageWindow(input) }), () => tx.notification.count({ where }));
    return listResult(
      input,
      rows.map(({ recipientUserId: _r, dedupeKey: _d, body, bodyEn, ...n }) => ({
        ...n,
        // Kept in both languages; rows from before bodies were kept in English show their zh-CN body in both.
        body: body === null ? null : { zh: body, en: bodyEn ?? body },
        createdAt: n.createdAt.toISOString(),
        readAt: n.readAt?.toISOString() ?? null,
      })),
      total,
    );
  });
}

export async function unreadNotifications(ctx: UserCtx) {
  const { scope, tenantIds } = await scopeOf(ctx);
  return withScope(ctx.deps.db, scope, async (tx) => ({ count: await tx.notification.count({ where: { ...inTownships(tenantIds), recipientUserId: ctx.caller.user.id, readAt: null } }) }));
}

/** Marks the given notifications (or all) read; each township's rows are written under its own scope. */
export async function markNotificationsRead(ctx: UserCtx, input: z.infer<typeof notificationMarkReadSchema>) {
  const { scope, tenantIds } = await scopeOf(ctx);
  return withScope(ctx.deps.db, scope, async (tx) => {
    const where = { recipientUserId: ctx.caller.user.id, readAt: null, ...(input.all ? {} : { id: { in: input.ids ?? [] } }) };
    const targets = await tx.notification.findMany({ where: { ...where, ...inTownships(tenantIds) }, select: { tenantId: true }, distinct: ['tenantId'] });
    let count = 0;
    const now = ctx.clock.now;
    for (const { tenantId } of targets) {
      await applyScope(tx, tenantScope(tenantId));
      count += (await tx.notification.updateMany({ where: { ...where, tenantId }, data: { readAt: now } })).count;
    }
    return { count };
  });
}
