import type { ruleEffectiveQuerySchema, ruleOverrideSchema } from '@pcs/domain';
import { checkRuleOverride, ruleApplicabilityIssues } from '@pcs/domain';
import { audit } from '../../audit';
import { InvalidInput } from '../../errors';
import { effectiveRules, loadRuleValues } from '../shared/rule-values';
import type { z } from 'zod';
import type { TenantCtx } from '../shared/tenant-context';

export async function townshipEffectiveRules(ctx: TenantCtx, input: z.infer<typeof ruleEffectiveQuerySchema>) {
  const records = await loadRuleValues(ctx.tx, ctx.caller.county.id, ctx.tenant.id);
  return effectiveRules(records, ctx.tenant, input.on ?? ctx.clock.today);
}

export async function setTownshipOverride(ctx: TenantCtx, input: z.infer<typeof ruleOverrideSchema>) {
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
}
