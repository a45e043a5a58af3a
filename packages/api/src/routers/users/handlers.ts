import type { userListSchema } from '@pcs/domain';
import type { Prisma } from '@pcs/db';
import type { z } from 'zod';
import { presentUser, userSelectFor, visibleUsers, type UserAdminContext } from '../../provisioning/user-admin';
import { listResult, loadPage, pageAndTotal, pageWindow } from '../shared/paging';

/** One page of the users an admin sees (all of the county's, or their township's members). */
export async function listUsers(admin: UserAdminContext, input: z.infer<typeof userListSchema>) {
  const where: Prisma.UserWhereInput = {
    AND: [
      visibleUsers(admin),
      // A township admin filtering on another township finds no one, as for an unknown ID.
      input.tenantId ? { memberships: { some: { tenantId: admin.tenantId && input.tenantId !== admin.tenantId ? { in: [] } : input.tenantId } } } : {},
      input.syncStatus ? { syncStatus: input.syncStatus } : {},
      input.search ? { OR: [{ username: { contains: input.search } }, { displayName: { contains: input.search } }] } : {},
    ],
  };
  const [page, total] = await pageAndTotal(input, () => admin.tx.user.findMany({ where, select: { id: true }, orderBy: [{ [input.sortBy ?? 'username']: input.sortDirection }, { id: 'asc' }], ...pageWindow(input) }), () => admin.tx.user.count({ where }));
  const items = await loadPage(page, (ids) => admin.tx.user.findMany({ where: { id: { in: ids } }, select: userSelectFor(admin) }));
  return listResult(input, items.map(presentUser), total);
}
