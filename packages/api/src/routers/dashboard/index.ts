import { countyProcedure, router, tenantProcedure } from '../../trpc';
import { countyOverview, countyRecords, countyTrend } from './county';
import { townshipOverview, townshipRecords, townshipTrend } from './township';
import { dashboardOverviewInputSchema, dashboardRecordsInputSchema, dashboardTrendInputSchema, townshipDashboardInputSchema, townshipRecordsInputSchema, townshipTrendInputSchema } from '@pcs/domain';

/** The county standing committee's dashboard: every township's indicators, read only. */
export const dashboardRouter = router({
  overview: countyProcedure('county.read')
    .input(dashboardOverviewInputSchema)
    .query(({ ctx, input }) => countyOverview(ctx, input)),

  /** Exactly the records one side of a figure counts, a keyset page at a time. */
  records: countyProcedure('county.read')
    .input(dashboardRecordsInputSchema)
    .query(({ ctx, input }) => countyRecords(ctx, input)),

  trend: countyProcedure('county.read')
    .input(dashboardTrendInputSchema)
    .query(({ ctx, input }) => countyTrend(ctx, input)),
});

/**
 * The township's own indicators, with the county's definitions and drill-down: only its own
 * (the call's township, under its RLS scope), and no ranks until the county publishes them.
 */
export const townshipDashboardRouter = router({
  get: tenantProcedure('indicators.read')
    .input(townshipDashboardInputSchema)
    .query(({ ctx, input }) => townshipOverview(ctx, input)),

  records: tenantProcedure('indicators.read')
    .input(townshipRecordsInputSchema)
    .query(({ ctx, input }) => townshipRecords(ctx, input)),

  trend: tenantProcedure('indicators.read')
    .input(townshipTrendInputSchema)
    .query(({ ctx, input }) => townshipTrend(ctx, input)),
});
