import { checkRuleOverride, ruleApplicabilityIssues, ruleEffectiveQuerySchema, ruleOverrideSchema } from '@pcs/domain';
import { audit } from '../../audit';
import { InvalidInput } from '../../errors';
import { router, tenantProcedure } from '../../trpc';
import { effectiveRules, loadRuleValues } from '../shared/rule-values';

export const rulesRouter = router({
  /** The township's rules in force on a day (default today), with where each value comes from. */
  effective: tenantProcedure('rules.read')
    .input(ruleEffectiveQuerySchema)
    .query(async ({ ctx, input }) => {
      const records = await loadRuleValues(ctx.tx, ctx.caller.county.id, ctx.tenant.id);
      return effectiveRules(records, ctx.tenant, input.on ?? ctx.clock.today);
    }),

  setOverride: tenantProcedure('rules.manage_township')
    .input(ruleOverrideSchema)
    .mutation(async ({ ctx, input }) => {
      // A rule that does not apply to this kind of township (sessions in a sub-district) has nothing to govern.
      const issues = [...ruleApplicabilityIssues(input.key, ctx.tenant.kind), ...checkRuleOverride(input, ctx.clock.today)];
      if (issues.length > 0) throw new InvalidInput(issues);
      const data = { tenantId: ctx.tenant.id, key: input.key, effectiveFrom: new Date(input.effectiveFrom) };
      const row = await ctx.tx.tenantRuleValue.upsert({
        where: { tenantId_key_effectiveFrom: data },
        create: { ...data, value: input.value as never, createdBy: ctx.caller.user.username },
        update: { value: input.value as never, createdBy: ctx.caller.user.username },
      });
      await audit(ctx, { tenantId: ctx.tenant.id, action: 'set_rule', entity: 'TenantRuleValue', entityId: row.id, after: input });
      return { key: row.key, effectiveFrom: input.effectiveFrom };
    }),
});
