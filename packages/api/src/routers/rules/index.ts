import { ruleEffectiveQuerySchema, ruleOverrideSchema } from '@pcs/domain';
import { router, tenantProcedure } from '../../trpc';
import { setTownshipOverride, townshipEffectiveRules } from './handlers';

export const rulesRouter = router({
  /** The township's rules in force on a day (default today), with where each value comes from. */
  effective: tenantProcedure('rules.read')
    .input(ruleEffectiveQuerySchema)
    .query(({ ctx, input }) => townshipEffectiveRules(ctx, input)),

  setOverride: tenantProcedure('rules.manage_township')
    .input(ruleOverrideSchema)
    .mutation(({ ctx, input }) => setTownshipOverride(ctx, input)),
});
