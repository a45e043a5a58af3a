import { countySettingsSchema, ruleOverrideSchema } from '@pcs/domain';
import { countyProcedure, platformProcedure, router } from '../../trpc';
import { getCountySettings, setCountyRuleDefault, setCountySettings } from './handlers';

/** County-wide settings: indicator weights and targets, and the rule defaults townships follow. */
export const countySettingsRouter = router({
  get: countyProcedure('rules.read').query(({ ctx }) => getCountySettings(ctx)),

  set: platformProcedure('settings.manage_county')
    .input(countySettingsSchema)
    .mutation(({ ctx, input }) => setCountySettings(ctx, input)),

  /** A new county default for a rule, from a day on; every township without its own override follows it. */
  setRuleDefault: platformProcedure('rules.manage_county')
    .input(ruleOverrideSchema)
    .mutation(({ ctx, input }) => setCountyRuleDefault(ctx, input)),
});
