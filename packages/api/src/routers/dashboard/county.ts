import type { dashboardOverviewInputSchema, dashboardRecordsInputSchema, dashboardTrendInputSchema} from '@pcs/domain';
import { findIndicator, appliesToKind } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { notFound } from '../../errors';
import { loadRuleRecords, recordPage } from '../../indicators/engine';
import { loadCountySettings } from '../county-settings/handlers';
import { buildOverview, type DashboardTownship } from './overview';
import { monthlyTrend } from './trend';
import type { z } from 'zod';
import type { CountyCtx } from '../shared/procedure-context';

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

export async function countyOverview(ctx: CountyCtx, input: z.infer<typeof dashboardOverviewInputSchema>) {
  const townships = await countyTownships(ctx.tx, ctx.county.id, input);
  const [{ settings }, records] = await Promise.all([loadCountySettings(ctx.tx, ctx.county.id), loadRuleRecords(ctx.tx, ctx.county.id, townships.map((t) => t.id))]);
  return buildOverview(ctx.tx, { timeZone: ctx.county.timeZone, townships, period: input.period, settings, records, rank: true });
}

/** Exactly the records one side of a figure counts, a keyset page at a time. */
export async function countyRecords(ctx: CountyCtx, input: z.infer<typeof dashboardRecordsInputSchema>) {
  const indicator = findIndicator(input.indicatorId)!;
  const [township] = await countyTownships(ctx.tx, ctx.county.id, { tenantIds: [input.tenantId], includeArchived: true });
  if (!appliesToKind(indicator, township!.kind) || (input.side === 'denominator' && !indicator.denominator)) throw notFound();
  const records = await loadRuleRecords(ctx.tx, ctx.county.id, [township!.id]);
  return recordPage(ctx.tx, indicator, input.side, ctx.county.timeZone, township!.id, input.period, records, input.cursor, input.limit);
}

export async function countyTrend(ctx: CountyCtx, input: z.infer<typeof dashboardTrendInputSchema>) {
  const townships = await countyTownships(ctx.tx, ctx.county.id, input);
  const records = await loadRuleRecords(ctx.tx, ctx.county.id, townships.map((t) => t.id));
  return monthlyTrend(ctx.tx, ctx.county.timeZone, findIndicator(input.indicatorId)!, townships, input.period, records);
}
