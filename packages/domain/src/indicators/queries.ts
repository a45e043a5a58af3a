import { z } from 'zod';
import { INDICATOR_IDS } from './definitions';
import { indicatorPeriodSchema, monthsOf } from './periods';

/** The dashboards' inputs, shared by the API and the screens. */
const indicatorId = z.enum(INDICATOR_IDS as [string, ...string[]]);
const uuid = z.uuid();
export const recordCursorSchema = z.object({ day: z.iso.date().nullable(), key: z.string().min(1).max(200) }).strict();
export const RECORD_PAGE_MAX = 200;

export const dashboardOverviewInputSchema = z
  .object({
    period: indicatorPeriodSchema,
    /** Only these townships (the township filter); all of the county when absent. */
    tenantIds: z.array(uuid).min(1).max(100).optional(),
    /** Archived townships are left out unless asked for. */
    includeArchived: z.boolean().default(false),
  })
  .strict();

const recordsBase = {
  indicatorId,
  period: indicatorPeriodSchema,
  side: z.enum(['numerator', 'denominator']),
  cursor: recordCursorSchema.nullable().default(null),
  limit: z.number().int().min(1).max(RECORD_PAGE_MAX).default(50),
};
export const dashboardRecordsInputSchema = z.object({ ...recordsBase, tenantId: uuid }).strict();
export const townshipRecordsInputSchema = z.object(recordsBase).strict();

export const TREND_MONTHS_MAX = 36;
/** A monthly series over a period of at most three years. */
const trendPeriod = indicatorPeriodSchema.refine((p) => monthsOf(p).length <= TREND_MONTHS_MAX, { message: `A trend covers at most ${TREND_MONTHS_MAX} months` });
/** Which indicators' series: all when absent. */
const indicatorIds = z.array(indicatorId).min(1).max(INDICATOR_IDS.length).optional();
export const dashboardTrendsInputSchema = z
  .object({
    period: trendPeriod,
    indicatorIds,
    /** The townships counted (the township filter); all of the county when absent. */
    tenantIds: z.array(uuid).min(1).max(100).optional(),
    /** The townships whose own values come back beside the county's line; all counted ones when absent. */
    seriesOf: z.array(uuid).max(100).optional(),
  })
  .strict();
export const townshipTrendsInputSchema = z.object({ period: trendPeriod, indicatorIds }).strict();
export const dashboardCorrectionsInputSchema = z.object({ period: indicatorPeriodSchema }).strict();
export const dashboardPublishInputSchema = z.object({ period: indicatorPeriodSchema }).strict();
export const townshipDashboardInputSchema = z.object({ period: indicatorPeriodSchema }).strict();
