import { countyProcedure, platformProcedure, router } from '../../trpc';
import { listTownships, townshipListSchema } from '../shared/township-list';
import { countyDepartments, countyRules } from './handlers';

/** Cross-township reads for the county standing committee; never writes township data. */
export const countyRouter = router({
  townships: countyProcedure('county.read')
    .input(townshipListSchema)
    .query(({ ctx, input }) => listTownships(ctx.tx, ctx.county.id, input)),

  rules: countyProcedure('rules.read').query(({ ctx }) => countyRules(ctx)),

  /** The county's departments (县直部门), for assigning county department handlers. */
  departments: platformProcedure('user.manage').query(({ ctx }) => countyDepartments(ctx)),
});
