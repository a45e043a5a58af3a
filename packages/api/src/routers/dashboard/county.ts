import type { z } from 'zod';
import { INDICATOR_DEFINITIONS, appliesToKind, findIndicator, type dashboardCorrectionsInputSchema, type dashboardOverviewInputSchema, type dashboardPublishInputSchema, type dashboardRecordsInputSchema, type dashboardTrendsInputSchema } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { notFound } from '../../errors';
import { overviewAlerts } from '../../indicators/alerts';
import { loadRuleRecords, recordPage } from '../../indicators/engine';
import { buildOverview, type DashboardTownship } from '../../indicators/overview';
import { correctionsOf, publishRanking, withFrozenRanks } from '../../indicators/rankings';
import { loadCountySettings } from '../county-settings/handlers';
import type { CountyCtx } from '../shared/procedure-context';
import { monthlyTrends } from './trend';

/** The county's townships for a dashboard: all but archived ones (unless asked), or the ones filtered for; an id of another county is not found. */
async function countyTownships(tx: Tx, countyId: string, filter: { tenantIds?: string[]; includeArchived?: boolean }): Promise<DashboardTownship[]> {
  const townships = await tx.tenant.findMany({
    where: { countyId, ...(filter.tenantIds ? { id: { in: filter.tenantIds } } : {}), ...(filter.includeArchived ? {} : { status: { not: 'archived' } }) },
    select: { id: true, code: true, name: true, kind: true, status: true },
    orderBy: { code: 'asc' },
  });
  if (filter.tenantIds && townships.length !== new Set(filter.tenantIds).size) throw notFound();
  return townships;
}

/** Every township's indicators, ranks from the frozen rankings of closed periods, and the alerts. */
export async function countyOverview(ctx: CountyCtx, input: z.infer<typeof dashboardOverviewInputSchema>) {
  const townships = await countyTownships(ctx.tx, ctx.county.id, input);
  const [{ settings }, records] = await Promise.all([loadCountySettings(ctx.tx, ctx.county.id), loadRuleRecords(ctx.tx, ctx.county.id, townships.map((t) => t.id))]);
  const overview = await buildOverview(ctx.tx, { timeZone: ctx.county.timeZone, townships, period: input.period, settings, records, rank: true });
  const frozen = await withFrozenRanks(ctx.tx, ctx.county.id, townships, overview);
  return { ...frozen, alerts: await overviewAlerts(ctx.tx, townships, overview, records, ctx.clock.today) };
}

/** Exactly the records one side of a figure counts, a keyset page at a time. */
export async function countyRecords(ctx: CountyCtx, input: z.infer<typeof dashboardRecordsInputSchema>) {
  const indicator = findIndicator(input.indicatorId)!;
  const [township] = await countyTownships(ctx.tx, ctx.county.id, { tenantIds: [input.tenantId], includeArchived: true });
  if (!appliesToKind(indicator, township!.kind) || (input.side === 'denominator' && !indicator.denominator)) throw notFound();
  const records = await loadRuleRecords(ctx.tx, ctx.county.id, [township!.id]);
  return recordPage(ctx.tx, indicator, input.side, ctx.county.timeZone, township!.id, input.period, records, input.cursor, input.limit);
}

/** Every (or the listed) indicator month by month: one call for a page of trend charts. */
export async function countyTrends(ctx: CountyCtx, input: z.infer<typeof dashboardTrendsInputSchema>) {
  const townships = await countyTownships(ctx.tx, ctx.county.id, input);
  const records = await loadRuleRecords(ctx.tx, ctx.county.id, townships.map((t) => t.id));
  const indicators = input.indicatorIds ? input.indicatorIds.map((id) => findIndicator(id)!) : INDICATOR_DEFINITIONS;
  return monthlyTrends(ctx.tx, ctx.county.timeZone, indicators, townships, input.period, records, input.seriesOf);
}

/** The figures of a period that changed after it was over (late entries, corrections). */
export async function countyCorrections(ctx: CountyCtx, input: z.infer<typeof dashboardCorrectionsInputSchema>) {
  return correctionsOf(ctx.tx, await countyTownships(ctx.tx, ctx.county.id, { includeArchived: true }), input.period);
}

/** Publishes a period's frozen ranking to the townships. */
export function countyPublishRanking(ctx: CountyCtx, input: z.infer<typeof dashboardPublishInputSchema>) {
  return publishRanking(ctx, input.period);
}
