import { frequencyWindow, instantAt, localDay, patrolCoverage, type IsoDay, type PatrolCoverage } from '@pcs/domain';
import type { TenantCtx } from './tenant-context';
import { spansOf, townshipRuleRecords } from './rule-values';

export interface GridCoverage {
  week: PatrolCoverage;
  month: PatrolCoverage;
}

/**
 * Patrol coverage of some grids in the week and the month holding `on` (county days), against
 * grid.patrol_frequency as in force on each day. Patrols are read from the start of the year of
 * the earliest day measured, so a rule window that began before the period (a quarter, a
 * half-year) still sees the patrol that covered it. Used by the grid overview and the worker's view.
 */
export async function gridsCoverage(ctx: TenantCtx, gridIds: readonly string[], on: IsoDay): Promise<Map<string, GridCoverage>> {
  const week = frequencyWindow('weekly', on);
  const month = frequencyWindow('monthly', on);
  const from = week.from < month.from ? week.from : month.from;
  const to = week.to > month.to ? week.to : month.to;
  const loadFrom = frequencyWindow('yearly', from).from;
  const [records, patrols] = await Promise.all([
    townshipRuleRecords(ctx),
    ctx.tx.patrol.findMany({
      where: { tenantId: ctx.tenant.id, gridId: { in: [...gridIds] }, startedAt: { gte: instantAt(loadFrom, 0, ctx.clock.timeZone), lt: instantAt(to, 24, ctx.clock.timeZone) } },
      select: { gridId: true, startedAt: true },
    }),
  ]);
  const spans = spansOf(records, ctx.tenant.id, ['grid.patrol_frequency'], from, to)['grid.patrol_frequency'];
  const days = new Map<string, IsoDay[]>();
  for (const p of patrols) days.set(p.gridId, [...(days.get(p.gridId) ?? []), localDay(p.startedAt, ctx.clock.timeZone)]);
  const today = ctx.clock.today;
  return new Map(
    gridIds.map((id) => {
      const patrolDays = days.get(id) ?? [];
      const of = (period: { from: IsoDay; to: IsoDay }) => patrolCoverage({ ...period, today, spans: spans.filter((s) => s.to >= period.from && s.from <= period.to), patrolDays });
      return [id, { week: of(week), month: of(month) }];
    }),
  );
}

/** The week and month measured for `on`, for the screens' headings. */
export const coveragePeriods = (on: IsoDay) => ({ week: frequencyWindow('weekly', on), month: frequencyWindow('monthly', on) });
