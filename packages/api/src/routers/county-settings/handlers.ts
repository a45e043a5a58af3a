import { checkRuleOverride, countySettingsSchema, defaultCountySettings, INDICATORS, type ruleOverrideSchema } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { audit } from '../../audit';
import { InvalidInput } from '../../errors';
import type { z } from 'zod';
import type { CountyCtx, PlatformCtx } from '../shared/procedure-context';

const SETTINGS_KEY = 'dashboard';

/** The county's indicator weights and targets; the defaults until it saves its own. */
export async function loadCountySettings(tx: Tx, countyId: string) {
  const stored = await tx.countySetting.findUnique({ where: { countyId_key: { countyId, key: SETTINGS_KEY } } });
  const parsed = countySettingsSchema.safeParse(stored?.value);
  return { settings: parsed.success ? parsed.data : defaultCountySettings(), updatedAt: stored?.updatedAt.toISOString() ?? null };
}

/** The county's dashboard settings (indicator weights and targets), or the defaults until they are set. */
export async function getCountySettings(ctx: CountyCtx) {
  return { indicators: INDICATORS, ...(await loadCountySettings(ctx.tx, ctx.county.id)) };
}

export async function setCountySettings(ctx: PlatformCtx, input: z.infer<typeof countySettingsSchema>) {
  const key = { countyId_key: { countyId: ctx.county.id, key: SETTINGS_KEY } };
  const before = await ctx.tx.countySetting.findUnique({ where: key });
  await ctx.tx.countySetting.upsert({
    where: key,
    create: { countyId: ctx.county.id, key: SETTINGS_KEY, value: input, updatedBy: ctx.caller.user.username },
    update: { value: input, updatedBy: ctx.caller.user.username },
  });
  await audit(ctx, { tenantId: null, action: 'update', entity: 'CountySetting', entityId: SETTINGS_KEY, before: before?.value, after: input });
  return { ok: true };
}

export async function setCountyRuleDefault(ctx: PlatformCtx, input: z.infer<typeof ruleOverrideSchema>) {
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
}
