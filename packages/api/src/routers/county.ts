import { countyProcedure, router } from '../trpc';
import { effectiveRules, loadRuleValues, today } from './rule-values';
import { listTownships, townshipListSchema } from './townships-query';

/** Cross-township reads for the county standing committee; never writes township data. */
export const countyRouter = router({
  townships: countyProcedure('county.read')
    .input(townshipListSchema)
    .query(({ ctx, input }) => listTownships(ctx.tx, ctx.county.id, input)),

  rules: countyProcedure('rules.read').query(async ({ ctx }) => {
    const records = await loadRuleValues(ctx.tx, ctx.county.id, null);
    return effectiveRules(records, null, today());
  }),
});
