import { INDICATOR_DEFINITIONS, appliesToKind, findIndicator, townshipDashboardInputSchema, townshipRecordsInputSchema, townshipTrendsInputSchema } from '@pcs/domain';
import { notFound } from '../../errors';
import { loadRuleRecords, recordPage } from '../../indicators/engine';
import { router, tenantProcedure } from '../../trpc';
import { loadCountySettings } from '../county-settings/handlers';
import { buildOverview } from '../../indicators/overview';
import { monthlyTrends } from './trend';

/**
 * The township's own indicators, with the county's definitions and drill-down: only its own
 * (the call's township, under its RLS scope), and no ranks until the county publishes them.
 */
export const townshipDashboardRouter = router({
  get: tenantProcedure('indicators.read')
    .input(townshipDashboardInputSchema)
    .query(async ({ ctx, input }) => {
      const countyId = ctx.caller.county.id;
      const [{ settings }, records] = await Promise.all([loadCountySettings(ctx.tx, countyId), loadRuleRecords(ctx.tx, countyId, [ctx.tenant.id])]);
      return buildOverview(ctx.tx, { timeZone: ctx.caller.county.timeZone, townships: [ctx.tenant], period: input.period, settings, records, rank: false });
    }),

  records: tenantProcedure('indicators.read')
    .input(townshipRecordsInputSchema)
    .query(async ({ ctx, input }) => {
      const indicator = findIndicator(input.indicatorId)!;
      if (!appliesToKind(indicator, ctx.tenant.kind) || (input.side === 'denominator' && !indicator.denominator)) throw notFound();
      const records = await loadRuleRecords(ctx.tx, ctx.caller.county.id, [ctx.tenant.id]);
      return recordPage(ctx.tx, indicator, input.side, ctx.caller.county.timeZone, ctx.tenant.id, input.period, records, input.cursor, input.limit);
    }),

  trends: tenantProcedure('indicators.read')
    .input(townshipTrendsInputSchema)
    .query(async ({ ctx, input }) => {
      const records = await loadRuleRecords(ctx.tx, ctx.caller.county.id, [ctx.tenant.id]);
      const indicators = input.indicatorIds ? input.indicatorIds.map((id) => findIndicator(id)!) : INDICATOR_DEFINITIONS;
      return monthlyTrends(ctx.tx, ctx.caller.county.timeZone, indicators, [ctx.tenant], input.period, records);
    }),
});
