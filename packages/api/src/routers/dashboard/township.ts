import type { z } from 'zod';
import { INDICATOR_DEFINITIONS, appliesToKind, findIndicator, type townshipDashboardInputSchema, type townshipRecordsInputSchema, type townshipTrendsInputSchema } from '@pcs/domain';
import { notFound } from '../../errors';
import { loadRuleRecords, recordPage } from '../../indicators/engine';
import { buildOverview } from '../../indicators/overview';
import { publishedRankOf } from '../../indicators/rankings';
import { loadCountySettings } from '../county-settings/handlers';
import type { TenantProcedureCtx } from '../shared/tenant-context';
import { monthlyTrends } from './trend';

export async function townshipOverview(ctx: TenantProcedureCtx, input: z.infer<typeof townshipDashboardInputSchema>) {
  const countyId = ctx.caller.county.id;
  const [{ settings }, records] = await Promise.all([loadCountySettings(ctx.tx, countyId), loadRuleRecords(ctx.tx, countyId, [ctx.tenant.id])]);
  const [overview, publishedRank] = await Promise.all([
    buildOverview(ctx.tx, { timeZone: ctx.caller.county.timeZone, townships: [ctx.tenant], period: input.period, settings, records, rank: false }),
    publishedRankOf(ctx.tx, countyId, ctx.tenant.id, input.period),
  ]);
  return { ...overview, publishedRank };
}

export async function townshipRecords(ctx: TenantProcedureCtx, input: z.infer<typeof townshipRecordsInputSchema>) {
  const indicator = findIndicator(input.indicatorId)!;
  if (!appliesToKind(indicator, ctx.tenant.kind) || (input.side === 'denominator' && !indicator.denominator)) throw notFound();
  const records = await loadRuleRecords(ctx.tx, ctx.caller.county.id, [ctx.tenant.id]);
  return recordPage(ctx.tx, indicator, input.side, ctx.caller.county.timeZone, ctx.tenant.id, input.period, records, input.cursor, input.limit);
}

export async function townshipTrends(ctx: TenantProcedureCtx, input: z.infer<typeof townshipTrendsInputSchema>) {
  const records = await loadRuleRecords(ctx.tx, ctx.caller.county.id, [ctx.tenant.id]);
  const indicators = input.indicatorIds ? input.indicatorIds.map((id) => findIndicator(id)!) : INDICATOR_DEFINITIONS;
  return monthlyTrends(ctx.tx, ctx.caller.county.timeZone, indicators, [ctx.tenant], input.period, records);
}
