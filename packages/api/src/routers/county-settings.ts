import { countySettingsSchema, defaultCountySettings, INDICATORS, ruleOverrideSchema, checkRuleOverride } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { audit } from '../audit';
import { InvalidInput } from '../errors';
import { countyProcedure, platformProcedure, router } from '../trpc';

const SETTINGS_KEY = 'dashboard';

/** The county's indicator weights and targets; the defaults until it saves its own. */
export async function loadCountySettings(tx: Tx, countyId: string) {
  const stored = await tx.countySetting.findUnique({ where: { countyId_key: { countyId, key: SETTINGS_KEY } } });
  const parsed = countySettingsSchema.safeParse(stored?.value);
  return { settings: parsed.success ? parsed.data : defaultCountySettings(), updatedAt: stored?.updatedAt.toISOString() ?? null };
}

/** County-wide settings: indicator weights and targets, and the rule defaults townships follow. */
export const countySettingsRouter = router({
  get: countyProcedure('rules.read').query(async ({ ctx }) => {
    const { settings, updatedAt } = await loadCountySettings(ctx.tx, ctx.county.id);
    return { indicators: INDICATORS, settings, updatedAt };
  }),

  set: platformProcedure('settings.manage_county')
    .input(countySettingsSchema)
    .mutation(async ({ ctx, input }) => {
      const key = { countyId_key: { countyId: ctx.county.id, key: SETTINGS_KEY } };
      const before = await ctx.tx.countySetting.findUnique({ where: key });
      await ctx.tx.countySetting.upsert({
        where: key,
        create: { countyId: ctx.county.id, key: SETTINGS_KEY, value: input, updatedBy: ctx.caller.user.username },
        update: { value: input, updatedBy: ctx.caller.user.username },
      });
      await audit(ctx, { tenantId: null, action: 'update', entity: 'CountySetting', entityId: SETTINGS_KEY, before: before?.value, after: input });
      return { ok: true };
    }),

  /** A new county default for a rule, from a day on; every township without its own override follows it. */
  setRuleDefault: platformProcedure('rules.manage_county')
    .input(ruleOverrideSchema)
    .mutation(async ({ ctx, input }) => {
      const issues = checkRuleOverride(input, ctx.clock.today);
      if (issues.length > 0) throw new InvalidInput(issues);
      const data = { countyId: ctx.county.id, key: input.key, effectiveFrom: new Date(input.effectiveFrom) };
      await ctx.tx.countyRuleValue.upsert({
        where: { countyId_key_effectiveFrom: data },
        create: { ...data, value: input.value as never, createdBy: ctx.caller.user.username },
        update: { value: input.value as never, createdBy: ctx.caller.user.username },
      });
      await audit(ctx, { tenantId: null, action: 'set_rule', entity: 'CountyRuleValue', entityId: input.key, after: input });
      return { key: input.key, effectiveFrom: input.effectiveFrom };
    }),
});
