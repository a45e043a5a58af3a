import type { townshipDashboardInputSchema, townshipRecordsInputSchema, townshipTrendInputSchema } from '@pcs/domain';
import { appliesToKind, findIndicator } from '@pcs/domain';
import { notFound } from '../../errors';
import { loadRuleRecords, recordPage } from '../../indicators/engine';
import { loadCountySettings } from '../county-settings/handlers';
import { buildOverview } from './overview';
import { monthlyTrend } from './trend';
import type { z } from 'zod';
import type { TenantProcedureCtx } from '../shared/tenant-context';

export async function townshipOverview(ctx: TenantProcedureCtx, input: z.infer<typeof townshipDashboardInputSchema>) {
  const countyId = ctx.caller.county.id;
  const [{ settings }, records] = await Promise.all([loadCountySettings(ctx.tx, countyId), loadRuleRecords(ctx.tx, countyId, [ctx.tenant.id])]);
  return buildOverview(ctx.tx, { timeZone: ctx.caller.county.timeZone, townships: [ctx.tenant], period: input.period, settings, records, rank: false });
}

export async function townshipRecords(ctx: TenantProcedureCtx, input: z.infer<typeof townshipRecordsInputSchema>) {
  const indicator = findIndicator(input.indicatorId)!;
  if (!appliesToKind(indicator, ctx.tenant.kind) || (input.side === 'denominator' && !indicator.denominator)) throw notFound();
  const records = await loadRuleRecords(ctx.tx, ctx.caller.county.id, [ctx.tenant.id]);
  return recordPage(ctx.tx, indicator, input.side, ctx.caller.county.timeZone, ctx.tenant.id, input.period, records, input.cursor, input.limit);
}

export async function townshipTrend(ctx: TenantProcedureCtx, input: z.infer<typeof townshipTrendInputSchema>) {
  const records = await loadRuleRecords(ctx.tx, ctx.caller.county.id, [ctx.tenant.id]);
  return monthlyTrend(ctx.tx, ctx.caller.county.timeZone, findIndicator(input.indicatorId)!, [ctx.tenant], input.period, records);
}
