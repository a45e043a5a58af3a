import { countyTotal, appliesToKind, indicatorValue, monthsOf, periodLabel, periodRange, roundValue, type IndicatorDefinition, type IndicatorPeriod, type RuleValueRecord } from '@pcs/domain';
import type { Tx } from '@pcs/db';
import { periodCounts } from '../../indicators/engine';
import type { DashboardTownship } from './overview';

/** An indicator month by month over a period (at most three years): each township's value and counts, and the county's. */
export async function monthlyTrend(tx: Tx, timeZone: string, indicator: IndicatorDefinition, townships: readonly DashboardTownship[], period: IndicatorPeriod, records: readonly RuleValueRecord[]) {
  const months = monthsOf(period);
  const points = [];
  for (const month of months) {
    const counts = (await periodCounts(tx, timeZone, townships, month, records, [indicator])).get(indicator.id)!;
    const rows = townships.map((t) => {
      const c = counts.get(t.id);
      return { tenantId: t.id, code: t.code, applicable: appliesToKind(indicator, t.kind) && c !== undefined, numerator: c?.numerator ?? 0, denominator: c?.denominator ?? null };
    });
    const total = countyTotal(indicator.unit, rows);
    points.push({
      month: periodRange(month).start.slice(0, 7),
      label: periodLabel(month),
      countyTotal: { ...total, value: roundValue(total.value) },
      townships: rows.map((r) => ({ tenantId: r.tenantId, applicable: r.applicable, numerator: r.applicable ? r.numerator : null, denominator: r.applicable ? r.denominator : null, value: r.applicable ? roundValue(indicatorValue(indicator.unit, r.numerator, r.denominator)) : null })),
    });
  }
  return { indicatorId: indicator.id, unit: indicator.unit, points };
}
