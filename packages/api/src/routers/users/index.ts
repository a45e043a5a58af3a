import { z } from 'zod';
import { idSchema, userCreateSchema, userEnabledSchema, userImportSchema, userListSchema, userMembershipsSchema, userUpdateSchema } from '@pcs/domain';
import { createUser, findVisibleUser, reconcile, resetPassword, setEnabled, setMemberships, updateUser } from '../../provisioning/user-admin';
import { importUsers } from '../../provisioning/user-import';
import { router, userAdminProcedure } from '../../trpc';
import { listUsers } from './handlers';

/** Users and their roles, for platform admins (county) and township admins (own township). */
export const usersRouter = router({
  list: userAdminProcedure.input(userListSchema).query(({ ctx, input }) => listUsers(ctx.admin, input)),
  get: userAdminProcedure.input(idSchema).query(({ ctx, input }) => findVisibleUser(ctx.admin, input.id)),
  create: userAdminProcedure.input(userCreateSchema).mutation(({ ctx, input }) => createUser(ctx.admin, input)),
  update: userAdminProcedure.input(userUpdateSchema).mutation(({ ctx, input }) => updateUser(ctx.admin, input)),
  setMemberships: userAdminProcedure.input(userMembershipsSchema).mutation(({ ctx, input }) => setMemberships(ctx.admin, input)),
  setEnabled: userAdminProcedure.input(userEnabledSchema).mutation(({ ctx, input }) => setEnabled(ctx.admin, input)),
  resetPassword: userAdminProcedure.input(idSchema).mutation(({ ctx, input }) => resetPassword(ctx.admin, input.id)),
  reconcile: userAdminProcedure.input(z.object({ all: z.boolean().default(false) })).mutation(({ ctx, input }) => reconcile(ctx.admin, input.all)),
  /** Checks a sheet of users (commit: false) or creates them all, only if every row is valid. */
  import: userAdminProcedure
    .input(userImportSchema.extend({ commit: z.boolean() }))
    .mutation(({ ctx, input }) => importUsers(ctx.admin, input.rows, input.commit)),
});
