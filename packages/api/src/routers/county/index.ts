import { countyProcedure, platformProcedure, router } from '../../trpc';
import { effectiveRules, loadRuleValues } from '../shared/rule-values';
import { listTownships, townshipListSchema } from '../shared/township-list';

/** Cross-township reads for the county standing committee; never writes township data. */
export const countyRouter = router({
  townships: countyProcedure('county.read')
    .input(townshipListSchema)
    .query(({ ctx, input }) => listTownships(ctx.tx, ctx.county.id, input)),

  rules: countyProcedure('rules.read').query(async ({ ctx }) => {
    const records = await loadRuleValues(ctx.tx, ctx.county.id, null);
    return effectiveRules(records, null, ctx.clock.today);
  }),

  /** The county's departments (县直部门), for assigning county department handlers. */
  departments: platformProcedure('user.manage').query(({ ctx }) =>
    ctx.tx.countyDepartment.findMany({ where: { countyId: ctx.county.id }, select: { id: true, name: true }, orderBy: { code: 'asc' } }),
  ),
});
