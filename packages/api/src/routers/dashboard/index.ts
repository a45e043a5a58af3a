import {
  dashboardCorrectionsInputSchema,
  dashboardOverviewInputSchema,
  dashboardPublishInputSchema,
  dashboardRecordsInputSchema,
  dashboardTrendsInputSchema,
  townshipDashboardInputSchema,
  townshipRecordsInputSchema,
  townshipTrendsInputSchema,
} from '@pcs/domain';
import { countyProcedure, router, tenantProcedure } from '../../trpc';
import { countyCorrections, countyOverview, countyPublishRanking, countyRecords, countyTrends } from './county';
import { townshipOverview, townshipRecords, townshipTrends } from './township';

/** The county standing committee's dashboard: every township's indicators, read only. */
export const dashboardRouter = router({
  overview: countyProcedure('county.read')
    .input(dashboardOverviewInputSchema)
    .query(({ ctx, input }) => countyOverview(ctx, input)),

  /** Exactly the records one side of a figure counts, a keyset page at a time. */
  records: countyProcedure('county.read')
    .input(dashboardRecordsInputSchema)
    .query(({ ctx, input }) => countyRecords(ctx, input)),

  /** Every (or the listed) indicator month by month, in one call. */
  trends: countyProcedure('county.read')
    .input(dashboardTrendsInputSchema)
    .query(({ ctx, input }) => countyTrends(ctx, input)),

  /** The figures of a period changed after it was over. */
  corrections: countyProcedure('county.read')
    .input(dashboardCorrectionsInputSchema)
    .query(({ ctx, input }) => countyCorrections(ctx, input)),

  /** Publishes a period's frozen ranking: each township then sees its own ranks. */
  publishRanking: countyProcedure('county.publish_rankings')
    .input(dashboardPublishInputSchema)
    .mutation(({ ctx, input }) => countyPublishRanking(ctx, input)),
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

  trends: tenantProcedure('indicators.read')
    .input(townshipTrendsInputSchema)
    .query(({ ctx, input }) => townshipTrends(ctx, input)),
});
